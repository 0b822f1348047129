import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes fixed text in place, atomically: a temporary file beside the original, the original's
 * permissions, then a rename. Refuses when the file changed on disk since it was read.
 */
export function writeStoryAtomically(file: string, text: string, original: { bytes: Buffer; stat: fs.Stats }): void {
  // Through a symbolic link, write the file it points to: renaming over the link itself would
  // replace the link with a copy and leave the real story unfixed.
  const target = fs.realpathSync(file);
  const current = fs.readFileSync(target);
  if (!current.equals(original.bytes)) throw new Error('file changed on disk while it was being fixed; not written');
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.story-coach.tmp`);
  try {
    fs.writeFileSync(temp, text, { encoding: 'utf8', mode: original.stat.mode & 0o7777, flag: 'wx' });
    fs.chmodSync(temp, original.stat.mode & 0o7777);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
