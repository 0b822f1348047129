// Loaded with `node --require` into the built CLI by the robustness tests (never shipped): makes
// the file system misbehave at the worst moment, which a test cannot otherwise arrange reliably.
//   STORY_COACH_FAULT_VANISH=<name>      the file is deleted just before the CLI reads it
//   STORY_COACH_FAULT_UNREADABLE=<name>  reading the file fails with EACCES (tests run as root, so chmod cannot)
//   STORY_COACH_FAULT_CHANGE=<name>      right after the CLI first reads the file, another program appends to it
import fs from 'node:fs';
import * as path from 'node:path';

const vanish = process.env.STORY_COACH_FAULT_VANISH;
const unreadable = process.env.STORY_COACH_FAULT_UNREADABLE;
const change = process.env.STORY_COACH_FAULT_CHANGE;
const original = fs.readFileSync;
let changed = false;

function patchedReadFileSync(this: unknown, ...args: Parameters<typeof fs.readFileSync>): ReturnType<typeof fs.readFileSync> {
  const target = args[0];
  const name = typeof target === 'string' ? path.basename(target) : '';
  if (name !== '' && name === vanish && fs.existsSync(target as string)) fs.unlinkSync(target as string);
  if (name !== '' && name === unreadable) {
    throw Object.assign(new Error(`EACCES: permission denied, open '${String(target)}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: target });
  }
  const result = original.apply(this, args);
  if (name !== '' && name === change && !changed) {
    changed = true;
    fs.appendFileSync(target as string, '\nEdited by someone else meanwhile.\n');
  }
  return result;
}

fs.readFileSync = patchedReadFileSync as typeof fs.readFileSync;
