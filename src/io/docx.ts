// Reads a Word file (.docx) as HTML with mammoth, a library made for exactly
// this: it maps Word's paragraph styles (Heading 1, Heading 2, Title, List…)
// to HTML elements and keeps bold, italics, links, lists and tables. The HTML
// then goes through the same pure conversion as any web page (src/core/import/).
// Images are left out: a policy's text is its text, and mammoth would
// otherwise embed them as `data:` addresses, which the safe profile refuses.
import mammoth from 'mammoth';

export interface DocxHtml {
  html: string;
  /** mammoth's warnings (a style it does not know, say), in its own words. */
  notes: string[];
}

const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

export async function docxToHtml(bytes: Uint8Array): Promise<DocxHtml> {
  let images = 0;
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      styleMap,
      // A Word file may point at files on the computer that opens it; never follow those.
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(() => {
        images += 1;
        return Promise.resolve({ src: '' });
      }),
    },
  );
  const plainStyles: string[] = [];
  const notes: string[] = [];
  for (const message of result.messages) {
    if (message.type !== 'warning') continue;
    const style = /^Unrecognised paragraph style: '([^']+)'/.exec(message.message);
    // Body and table styles are ordinary paragraphs anyway; only other styles might be lost headings.
    if (style && !/^(Body Text|Table Contents|Table Heading|Normal|List Paragraph)/.test(style[1]!))
      plainStyles.push(style[1]!);
    else if (style) continue;
    else notes.push(`The Word reader says: ${message.message}`);
  }
  if (plainStyles.length > 0)
    notes.push(
      `Read these Word styles as ordinary paragraphs: ${[...new Set(plainStyles)].join(', ')}. If one of them is a heading, give it a Heading style in Word and import again.`,
    );
  if (images > 0)
    notes.push(`Left out ${images} image${images === 1 ? '' : 's'}: describe what they show in the text.`);
  return { html: result.value, notes: [...new Set(notes)] };
}
