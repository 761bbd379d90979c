import type { CodeInfo } from './types.ts';

export const fileCodes = [
  {
    code: 'file/empty',
    severity: 'error',
    title: 'Empty file',
    help: 'The file has no content, or only blank lines. For a policy, add the front matter and the policy text; for a settings or mandate file, fill it in; or delete the file.',
  },
  {
    code: 'file/not-utf8',
    severity: 'error',
    title: 'Not UTF-8 text',
    help: 'The file holds bytes that are not UTF-8 text, often because it was saved from a word processor in another encoding. Save it again as UTF-8.',
  },
  {
    code: 'file/too-large',
    severity: 'error',
    title: 'File too large',
    help: 'A policy, settings or mandate file may be at most 1 MB. Check that nothing was pasted in by mistake, and split very long material into separate policies or link to it.',
  },
  {
    code: 'file/byte-order-mark',
    severity: 'warning',
    title: 'Byte order mark',
    help: 'The file starts with an invisible byte order mark (BOM). It is ignored, but some tools show it as a stray character: save the file as "UTF-8" without BOM.',
  },
  {
    code: 'file/unreadable',
    severity: 'error',
    title: 'File cannot be read',
    help: 'The file could not be read from disk. Check that it exists and that you have permission to read it.',
  },
  {
    code: 'file/no-policies',
    severity: 'warning',
    title: 'No policies found',
    help: 'The `policy/` folder holds no `.md` or `.mdx` files. Add a policy, or point the tool at the right folder with `--root`.',
  },
  {
    code: 'file/control-character',
    severity: 'error',
    title: 'Control character in the text',
    help: 'Control characters (invisible codes such as U+0001 or the escape character) break the feed, the calendar and the terminal, and are never published. They usually come from copying text out of another program: delete the character and type the text again. In past versions, which cannot be changed, they are removed with a warning.',
  },
  {
    code: 'file/symlink',
    severity: 'error',
    title: 'Link instead of a file',
    help: 'A file in `policy/` that is a symbolic link is never read: it could point outside the repository. Put the file itself in `policy/`.',
  },
  {
    code: 'file/not-a-file',
    severity: 'error',
    title: 'Folder or device with a policy name',
    help: 'An entry of `policy/` named like a policy (`x.mdx`) or `site.yaml` is a folder or a device, not a file. Rename it, or move the file out of it.',
  },
  {
    code: 'file/upper-case-extension',
    severity: 'error',
    title: 'File name ends in upper case',
    help: 'Only `.md`, `.mdx` (and `.yaml` for mandates) in lower case are read; `x.MDX` would be silently left out. Rename the file.',
  },
] as const satisfies readonly CodeInfo[];
