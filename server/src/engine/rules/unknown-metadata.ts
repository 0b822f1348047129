import { competencyName, nearestCompetency, resolveCompetency, splitCompetencies } from '../bank/competencies';
import { parseDuration } from '../parse/duration';
import type { MetadataEntry } from '../parse/types';
import { METADATA_KEYS, METADATA_TITLES, STORY_KINDS } from '../parse/vocabulary';
import { didYouMean } from '../text/similarity';
import type { Fix } from '../types';
import type { Rule, RuleReport } from './rule';

const KEY_NAMES = [...new Set([...METADATA_KEYS.keys()].filter((key) => key.length > 1).map((key) => key[0].toUpperCase() + key.slice(1)))];
const WHEN = /^(?:\d{4}|\d{4}-Q[1-4]|\d{4}-\d{2}(?:-\d{2})?)$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const unknownMetadata: Rule = {
  id: 'unknown-metadata',
  title: 'Unknown metadata key or value',
  guideline: 'Format hygiene',
  defaultSeverity: 'warning',
  summary: 'A misspelt metadata key ("Knd: failure") or a value the key does not accept ("Kind: win", "Target: soon").',
  fixable: true,
  docs: {
    why: 'Metadata decides how a story is checked: `Kind: failure` asks for Lessons, `Target` sets the time budget. A typo silently turns metadata into body text, and the story is checked as something it is not.',
    weak: 'Knd: failure\nTarget: two minutes',
    strong: 'Kind: failure\nTarget: 2m',
    quietWhen: `Keys: ${KEY_NAMES.join(', ')}, Q. A "Key: value" line whose key is nowhere near a known key is ordinary body text and is left alone.`,
  },
  scope: 'story',
  check(story, context) {
    const stray = story.strayMetadata;
    if (stray) {
      const suggestion = didYouMean(stray.rawKey.trim(), KEY_NAMES);
      if (suggestion) {
        context.report({
          span: stray.keySpan,
          message: `"${stray.rawKey}" is not a metadata key, so this line and the rest are read as story text. Did you mean "${suggestion}"?`,
          fixes: [{ title: `Change to "${suggestion}"`, edits: [{ ...stray.keySpan, newText: suggestion }], safe: true, preferred: true }],
        });
      }
    }
    for (const entry of story.metadata) {
      const problem = valueProblem(entry);
      if (problem) context.report(problem);
      if (entry.key === 'competencies') for (const hint of competencyHints(entry)) context.report(hint);
    }
  },
};

/** A `Competencies:` value near a taxonomy id: kept as a custom tag, with a did-you-mean hint. */
function competencyHints(entry: MetadataEntry): RuleReport[] {
  const hints: RuleReport[] = [];
  const raw = entry.value;
  let from = 0;
  for (const value of splitCompetencies(raw)) {
    const at = raw.indexOf(value, from);
    from = at + value.length;
    if (!resolveCompetency(value).custom) continue;
    const suggestion = nearestCompetency(value);
    if (!suggestion) continue;
    const span = { start: entry.valueSpan.start + at, end: entry.valueSpan.start + at + value.length };
    hints.push({
      span,
      asHint: true,
      message: `"${value}" is not one of the bank's competencies, so it is kept as a custom tag. Did you mean "${suggestion}" (${competencyName(suggestion)})?`,
      fixes: [{ title: `Change to "${suggestion}"`, edits: [{ ...span, newText: suggestion }], safe: false, preferred: true }],
    });
  }
  return hints;
}

function valueProblem(entry: MetadataEntry): RuleReport | null {
  const value = entry.value.trim();
  const span = value === '' ? entry.keySpan : entry.valueSpan;
  const key = METADATA_TITLES[entry.key];
  switch (entry.key) {
    case 'kind': {
      if ((STORY_KINDS as readonly string[]).includes(value.toLowerCase())) return null;
      const suggestion = value === '' ? null : didYouMean(value, STORY_KINDS);
      const fixes: Fix[] = suggestion
        ? [{ title: `Change to "${suggestion}"`, edits: [{ ...entry.valueSpan, newText: suggestion }], safe: true, preferred: true }]
        : [];
      return {
        span,
        message: `${key} must be one of ${STORY_KINDS.join(', ')}${suggestion ? `. Did you mean "${suggestion}"?` : `; "${value}" is read as achievement.`}`,
        fixes,
      };
    }
    case 'target':
      return parseDuration(value) !== null
        ? null
        : { span, message: `${key} "${value}" is not a duration: write 90s, 2m, 2m30s or 2:30.` };
    case 'when':
      return value === '' || WHEN.test(value) ? null : { span, message: `${key} "${value}" should be a year (2023), a quarter (2023-Q2) or a date (2023-05-14).` };
    case 'rehearsed': {
      const bad = value.split(/\s*,\s*/).filter((date) => date !== '' && !ISO_DATE.test(date));
      return bad.length === 0 ? null : { span, message: `${key} takes ISO dates separated by commas (2024-03-01, 2024-03-08); "${bad[0]}" is not one.` };
    }
    default:
      return null;
  }
}
