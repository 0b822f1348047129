import * as fs from 'node:fs';
import * as path from 'node:path';
import { storySlug, type BankRequirement, type BankRole } from '../../engine';
import type { BankPlace } from './role-features';

const SLUG_WORDS = 6;

/**
 * Where a story for a requirement goes: beside most of the bank's stories (else beside the role
 * file), named after the requirement, with -2, -3… until the name is free on disk and in the editor.
 */
export function newStoryFile(place: BankPlace, requirement: BankRequirement, isTaken: (file: string) => boolean): string {
  const folders = new Map<string, number>();
  for (const story of place.report.stories) {
    if (!story.path.endsWith('.story')) continue;
    const folder = path.posix.dirname(story.path);
    folders.set(folder, (folders.get(folder) ?? 0) + 1);
  }
  const busiest = [...folders].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const folder = busiest ?? path.posix.dirname(place.report.role?.path ?? place.path);
  const base = storySlug(requirement.text).split('-').slice(0, SLUG_WORDS).join('-') || 'new-story';
  for (let n = 1; ; n++) {
    const relative = path.posix.join(folder, `${base}${n === 1 ? '' : `-${n}`}.story`);
    const file = place.bank.absolute(relative);
    if (!isTaken(file) && !fs.existsSync(file)) return file;
  }
}

/** A story skeleton for a requirement: the title to rewrite, `Competencies:` filled, the STAR sections to write. */
export function storySkeleton(requirement: BankRequirement, role: BankRole | null): string {
  const competencies = requirement.competencies.length > 0 ? requirement.competencies : (role?.competencies ?? []).slice(0, 2);
  const asked = requirement.text.replace(/\s+/g, ' ').replace(/-->/g, '->').trim();
  const title = asked.replace(/[.;:]+$/, '');
  return [
    `# ${title}`,
    'Kind: achievement',
    `Competencies: ${competencies.join(', ')}`,
    '',
    `<!-- ${role ? `${role.title} asks` : 'The role asks'}: "${asked}". Give this story a title you will remember, then tell one real time you did it. -->`,
    '',
    '## Situation',
    '',
    '',
    '## Task',
    '',
    '',
    '## Action',
    '',
    '',
    '## Result',
    '',
    '',
  ].join('\n');
}
