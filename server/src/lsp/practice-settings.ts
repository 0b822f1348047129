// Where a document's rehearsal log lives and which interview date caps its schedule: the bank root
// is the folder of the `.storycoach.json` in use, else the workspace folder holding the document,
// else the document's own folder (story-bank spec §1); the interview date is the target role's
// `Interview:`, else `interviewDate` of `.storycoach.json` (spec §7).
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PracticeSettings } from './features/rehearsal';
import type { SettingsReader } from './settings';

export function practiceSettings(
  settings: SettingsReader,
  workspaceFolders: () => readonly string[],
  /** The `Interview:` date of the target role of the bank holding a document, if any. */
  roleInterviewOf: (uri: string) => Promise<string | null> = async () => null,
): PracticeSettings {
  return {
    async rootOf(uri) {
      if (!uri.startsWith('file:')) return null;
      const project = (await settings.get(uri)).project;
      if (project) return project.bank.root;
      const file = fileURLToPath(uri);
      const folders = workspaceFolders()
        .filter((folder) => folder.startsWith('file:'))
        .map((folder) => fileURLToPath(folder))
        .filter((folder) => file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep))
        .sort((a, b) => b.length - a.length);
      return folders[0] ?? path.dirname(file);
    },
    async interviewDateOf(uri) {
      return (await roleInterviewOf(uri)) ?? (await settings.get(uri)).project?.bank.interviewDate ?? null;
    },
    async wordsPerMinuteOf(uri) {
      return (await settings.get(uri)).options.wordsPerMinute;
    },
  };
}
