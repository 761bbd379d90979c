/* global document, navigator, setTimeout -- a browser script, served as it is from public/ */
// "Copy citation": loaded by the policy page only when a reader first presses
// a Copy citation button. Without JavaScript the buttons stay hidden and the
// visible citation line can be selected and copied by hand.
export async function copyCitation(button) {
  const status = document.getElementById('copy-status');
  const text = button.dataset.citation ?? '';
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = `Copied: ${text}`;
    const label = button.textContent;
    button.textContent = 'Copied';
    setTimeout(() => {
      button.textContent = label;
    }, 2000);
  } catch {
    if (status)
      status.textContent = 'Your browser did not allow copying. Select the citation text and copy it instead.';
  }
}
