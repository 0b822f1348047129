// `.role` files (story-bank spec §4): a target role's title, metadata and requirements, parsed from a
// job description as pasted. Never throws; positions are UTF-16 offsets into the original text.
import { lineIndexAt as lineOf, splitLines } from '../parse/lines';
import type { Span } from '../parse/types';
import { resolveCompetency, splitCompetencies } from './competencies';

export type RoleMetadataKey = 'company' | 'level' | 'interview' | 'competencies';

/** Metadata keys of a role file, lower-case. */
export const ROLE_METADATA_KEYS: ReadonlyMap<string, RoleMetadataKey> = new Map<string, RoleMetadataKey>([
  ['company', 'company'],
  ['level', 'level'],
  ['interview', 'interview'],
  ['competencies', 'competencies'],
  ['tags', 'competencies'],
]);

export interface RoleMetadataEntry {
  readonly key: RoleMetadataKey;
  readonly value: string;
  readonly line: number;
  readonly span: Span;
  readonly valueSpan: Span;
}

export interface RoleRequirementText {
  /** 1-based line of the requirement's first character, and of its last. */
  readonly line: number;
  readonly endLine: number;
  /** 1-based UTF-16 columns, end exclusive (as `check` reports positions). */
  readonly column: number;
  readonly endColumn: number;
  /** Offsets into the role text. */
  readonly start: number;
  readonly end: number;
  /** The requirement, markup and bullets removed, on one line. */
  readonly text: string;
  /** The heading it sits under, or null. */
  readonly heading: string | null;
}

export interface ParsedRole {
  readonly title: string;
  /** The `# Title` line, when there is one. */
  readonly titleSpan: Span | null;
  readonly company: string | null;
  readonly level: string | null;
  /** ISO date, when `Interview:` holds one. */
  readonly interview: string | null;
  /** Taxonomy ids of `Competencies:`, in order; unknown values are dropped here (kept in `customCompetencies`). */
  readonly competencies: readonly string[];
  readonly customCompetencies: readonly string[];
  readonly metadata: readonly RoleMetadataEntry[];
  readonly requirements: readonly RoleRequirementText[];
  /** Lines that were read as boilerplate (benefits, about us…), 1-based: for tests and for hovers. */
  readonly boilerplateLines: readonly number[];
}

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const BOLD_HEADING = /^\s*(?:\*\*|__)([^*_]{1,80})(?:\*\*|__)\s*:?\s*$/;
const BULLET = /^(\s*)(?:[-*+•·▪●◦‣–]|\d{1,3}[.)])\s+/;
const METADATA_LINE = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/;

/** Headings whose whole group asks nothing of the candidate. */
const BOILERPLATE_HEADING =
  /\b(?:about (?:us|the company|the team|[A-Z][\w&.-]*)|who we are|our (?:story|mission|company|culture|values)|benefits?|perks?|what we offer|we offer|why (?:join|work)|compensation|salary|pay|rewards?|equal (?:employment|opportunit)|diversity|inclusion|how to apply|to apply|application process|hiring process|interview process|next steps|location|working here|life at)\b/i;

/** Sentences that ask nothing of the candidate, wherever they sit. */
const BOILERPLATE_SENTENCE = [
  /\bequal[- ](?:employment )?opportunit/i,
  /\bwithout regard to\b|\bregardless of (?:race|gender|age|religion|sex|background)/i,
  /\b(?:we|and) (?:celebrate|value|welcome|embrace) (?:diversity|applicants|applications|people)/i,
  /\breasonable (?:accommodations?|adjustments)\b/i,
  /\b(?:competitive|attractive|generous) (?:salary|compensation|pay|package|benefits)/i,
  /\b(?:health|dental|vision|medical|life) (?:insurance|cover|plan)|\bpension\b|\b401\(?k\)?|\bstock options\b|\bparental leave\b|\bpaid (?:time off|leave|holidays)\b|\bdays? of (?:holiday|vacation|annual leave)\b|\bgym\b|\bwellness\b/i,
  /\b(?:learning|training|home[- ]office) (?:budget|allowance|stipend)\b/i,
  /\b(?:remote[- ]first|hybrid (?:working|role|policy)|flexible (?:hours|working)|work from (?:home|anywhere))\b/i,
  /\bto apply\b|\bapply (?:now|today|via|through|online|here|with)\b|\bsend (?:us )?your (?:cv|resume|résumé|cover letter)|\bsubmit (?:your|a) (?:cv|resume|application)|\bapplications? (?:close|will be|are) |\bclosing date\b/i,
  /^(?:we are|we're|founded in|since \d{4}|our mission|our vision|our team is|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)? (?:is|are) (?:a|an|the) (?:leading|global|fast[- ]growing|award[- ]winning|world|european|venture|series|profitable|b[- ]corp|\w+[- ]backed))/i,
  /\b(?:backed by|funded by|headquartered in|offices in)\b/i,
  /\bwe offer\b|\byou(?:'|’)ll (?:get|enjoy|receive)\b|\bwhat you(?:'|’)ll get\b/i,
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a role file. `fileName` (without folders) names the role when there is no `# Title`. */
export function parseRole(text: string, fileName = 'role.role'): ParsedRole {
  const lines = splitLines(text);
  const bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineText = (index: number): string => text.slice(Math.max(lines[index].start, bodyStart), lines[index].end);

  let index = 0;
  let title = fileName.replace(/\.role$/i, '');
  let titleSpan: Span | null = null;
  const first = lines.length > 0 ? HEADING.exec(lineText(0)) : null;
  if (first && /^\s{0,3}#(?!#)/.test(lineText(0)) && first[1].trim() !== '') {
    title = stripMarkup(first[1]);
    const at = lines[0].start + Math.max(0, lineText(0).indexOf(first[1])) + (lines[0].start < bodyStart ? 1 : 0);
    titleSpan = { start: at, end: at + first[1].length };
    index = 1;
  }

  const metadata: RoleMetadataEntry[] = [];
  for (; index < lines.length; index++) {
    const content = lineText(index);
    if (content.trim() === '') continue;
    const match = METADATA_LINE.exec(content);
    const key = match ? ROLE_METADATA_KEYS.get(match[1].toLowerCase()) : undefined;
    if (!match || !key) break;
    const lineStart = Math.max(lines[index].start, bodyStart);
    const valueAt = lineStart + content.lastIndexOf(match[2]);
    metadata.push({ key, value: match[2], line: index + 1, span: { start: lineStart, end: lines[index].end }, valueSpan: { start: valueAt, end: valueAt + match[2].length } });
  }

  const value = (key: RoleMetadataKey): string | null => metadata.find((entry) => entry.key === key)?.value.trim() || null;
  const competencies: string[] = [];
  const customCompetencies: string[] = [];
  for (const entry of metadata.filter((candidate) => candidate.key === 'competencies')) {
    for (const raw of splitCompetencies(entry.value)) {
      const resolved = resolveCompetency(raw);
      const list = resolved.custom ? customCompetencies : competencies;
      if (!list.includes(resolved.id)) list.push(resolved.id);
    }
  }
  const interview = value('interview');

  const requirements: RoleRequirementText[] = [];
  const boilerplateLines: number[] = [];
  let heading: string | null = null;
  let boilerplateGroup = false;
  let paragraph: { from: number; to: number } | null = null;

  const emit = (start: number, end: number): void => {
    const raw = text.slice(start, end);
    const clean = stripMarkup(raw.replace(/\s+/g, ' '));
    const firstLine = lineOf(lines, start);
    if (!/[\p{L}]{2,}/u.test(clean)) return;
    if (boilerplateGroup || BOILERPLATE_SENTENCE.some((pattern) => pattern.test(clean)) || aboutTheCompany(clean)) {
      for (let line = firstLine; line <= lineOf(lines, end - 1); line++) if (!boilerplateLines.includes(line + 1)) boilerplateLines.push(line + 1);
      return;
    }
    const lastLine = lineOf(lines, Math.max(start, end - 1));
    requirements.push({
      line: firstLine + 1,
      endLine: lastLine + 1,
      column: start - lines[firstLine].start + 1 - (firstLine === 0 && bodyStart ? 1 : 0),
      endColumn: end - lines[lastLine].start + 1 - (lastLine === 0 && bodyStart ? 1 : 0),
      start,
      end,
      text: clean,
      heading,
    });
  };
  const flushParagraph = (): void => {
    if (!paragraph) return;
    for (const sentence of sentenceSpans(text, paragraph.from, paragraph.to)) emit(sentence.start, sentence.end);
    paragraph = null;
  };

  // A sentence about the company ("Brightline makes…", "We are…", "Our clients…") asks nothing of
  // the candidate, unless it speaks to them ("We need you to…").
  const company = value('company');
  const aboutTheCompany = (sentence: string): boolean =>
    !/\byou(?:r|'ll|’ll)?\b/i.test(sentence) &&
    (/^(?:we|we're|we’re|our|us)\b/i.test(sentence) || (company !== null && sentence.toLowerCase().startsWith(company.toLowerCase())));

  for (; index < lines.length; index++) {
    const content = lineText(index);
    const lineStart = Math.max(lines[index].start, bodyStart);
    if (content.trim() === '' || /^\s*(?:<!--.*-->|[-*_=]{3,})\s*$/.test(content)) {
      flushParagraph();
      continue;
    }
    const headingText = headingOf(content);
    if (headingText !== null) {
      flushParagraph();
      heading = headingText;
      boilerplateGroup = BOILERPLATE_HEADING.test(headingText);
      continue;
    }
    const bullet = BULLET.exec(content);
    if (bullet) {
      flushParagraph();
      // A bullet item runs on over indented continuation lines.
      let endIndex = index;
      while (endIndex + 1 < lines.length && /^\s{2,}\S/.test(lineText(endIndex + 1)) && !BULLET.test(lineText(endIndex + 1))) endIndex++;
      const start = lineStart + bullet[0].length;
      const end = trimEnd(text, start, lines[endIndex].end);
      for (const sentence of bulletParts(text, start, end)) emit(sentence.start, sentence.end);
      index = endIndex;
      continue;
    }
    const start = lineStart + (content.length - content.trimStart().length);
    paragraph = paragraph ? { from: paragraph.from, to: lines[index].end } : { from: start, to: lines[index].end };
  }
  flushParagraph();

  return {
    title,
    titleSpan,
    company: value('company'),
    level: value('level'),
    interview: interview && ISO_DATE.test(interview) ? interview : null,
    competencies,
    customCompetencies,
    metadata,
    requirements,
    boilerplateLines: boilerplateLines.sort((a, b) => a - b),
  };
}

/** A heading line's text: `## Heading`, `**Heading**`, or a short line ending in a colon. Null otherwise. */
function headingOf(content: string): string | null {
  const markdown = HEADING.exec(content);
  if (markdown) return stripMarkup(markdown[1]);
  const bold = BOLD_HEADING.exec(content);
  if (bold) return stripMarkup(bold[1]);
  const trimmed = content.trim();
  if (/:$/.test(trimmed) && trimmed.length <= 60 && !BULLET.test(content) && trimmed.split(/\s+/).length <= 8) return stripMarkup(trimmed.slice(0, -1));
  return null;
}

/** A bullet is one requirement, unless it holds several full sentences. */
function bulletParts(text: string, start: number, end: number): Span[] {
  const sentences = sentenceSpans(text, start, end);
  return sentences.length > 1 && sentences.every((sentence) => /[.!?]["')\]]?$/.test(text.slice(sentence.start, sentence.end).trim()) || sentence.end === end)
    ? sentences
    : [{ start, end }];
}

const ABBREVIATION = /\b(?:e\.g|i\.e|etc|incl|approx|vs|inc|ltd|co|no|dr|mr|mrs|ms|st)\.$/i;

/** Sentences of a paragraph (offsets into the text), split after `.`, `!` or `?` before a capital or digit. */
function sentenceSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  const pattern = /[.!?]+["')\]]?(?=\s+["'(]?[\p{Lu}\d])/gu;
  const slice = text.slice(from, to);
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    const end = from + match.index + match[0].length;
    if (ABBREVIATION.test(text.slice(Math.max(from, end - 8), end))) continue;
    spans.push({ start, end });
    start = end;
    while (start < to && /\s/.test(text[start])) start++;
  }
  if (start < to) spans.push({ start, end: trimEnd(text, start, to) });
  return spans.filter((span) => span.end > span.start);
}

function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1])) at--;
  return at;
}

function stripMarkup(raw: string): string {
  return raw
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|\s)[*_](\S)/g, '$1$2')
    .replace(/(\S)[*_](?=\s|$|[.,;:!?])/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
