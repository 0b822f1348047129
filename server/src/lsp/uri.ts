import { fileURLToPath } from 'node:url';

/** The file name part of a document URI (any scheme), for titling a story that has no `# Title`. */
export function fileNameOfUri(uri: string): string {
  try {
    if (uri.startsWith('file:')) return fileURLToPath(uri);
  } catch {
    // fall through to the plain path below
  }
  return decodeURIComponent(uri.replace(/[?#].*$/, '').split('/').pop() ?? uri);
}
