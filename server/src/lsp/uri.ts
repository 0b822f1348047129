import { fileURLToPath } from 'node:url';

/** The file name part of a document URI (any scheme), for titling a story that has no `# Title`. */
export function fileNameOfUri(uri: string): string {
  try {
    if (uri.startsWith('file:')) return fileURLToPath(uri);
  } catch {
    // fall through to the plain path below
  }
  const name = uri.replace(/[?#].*$/, '').split('/').pop() ?? uri;
  try {
    return decodeURIComponent(name);
  } catch {
    // A malformed %-escape ("untitled:Bad%E0%A4%A") threw here, and the document got no diagnostics at all.
    return name;
  }
}
