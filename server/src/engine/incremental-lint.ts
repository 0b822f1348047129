import { DEFAULT_OPTIONS, type EngineOptions } from './config/options';
import { lineEnding } from './fix/edits';
import { check, finish, lint, type LintResult, type RuleFailure } from './lint';
import { blankComments } from './parse/comments';
import { parseDirectives } from './parse/directives';
import { splitLines } from './parse/lines';
import { composeProse, composeStories, type ParsedPiece } from './compose';
import type { Line, Span, Story, StoryDocument } from './parse/types';
import { RULES } from './rules/registry';
import type { Rule } from './rules/rule';
import { GrammarBudget } from './text/grammar';
import type { Prose } from './text/prose';
import type { Finding, StorySummary } from './types';

/** One story's share of a bank file, linted on its own; offsets and story indexes are the piece's. */
interface PieceResult {
  /** The piece's own parse and prose, to compose the whole document's without parsing it again. */
  readonly parsed: readonly Story[];
  readonly preamble: Span | null;
  readonly prose: Prose;
  readonly stories: readonly StorySummary[];
  readonly sectionWords: readonly (readonly number[])[];
  readonly findings: readonly Finding[];
  readonly ruleFailures: readonly RuleFailure[];
  /** Where the piece's one `# Title` story starts; null when it parsed as anything else. */
  readonly heading: number | null;
}

/**
 * Lints successive versions of one document, for the language server. A bank file holds dozens of
 * stories and an edit touches one, yet a full lint re-parses and re-checks them all (well over
 * 100 ms for 20,000 words here). Instead the text is cut at its `# Title` lines, each story is
 * linted on its own and kept by its text, and only stories whose text changed are linted again;
 * directives then apply over the whole file. The findings equal lint()'s because every rule judges
 * one story at a time (a rule that compared stories would need the whole-file path; a rule that
 * throws loses only that story's findings). Texts the pieces cannot reproduce — a comment across a
 * heading, mixed line endings, a heading the parser reads differently — take the whole-file path.
 */
export class IncrementalLinter {
  private pieces = new Map<string, PieceResult>();
  private overrides: Partial<EngineOptions> | null = null;
  private rules: readonly Rule[] | null = null;

  lint(text: string, overrides: Partial<EngineOptions> = {}, rules: readonly Rule[] = RULES): LintResult {
    const run = this.run(text, overrides, rules);
    for (let step = run.next(); ; step = run.next()) if (step.done) return step.value;
  }

  /**
   * The same lint, pausing after each story it had to lint afresh, so a caller can yield to newer
   * edits between stories and drop a run whose text is stale; stories done so far stay cached.
   */
  *run(text: string, overrides: Partial<EngineOptions> = {}, rules: readonly Rule[] = RULES): Generator<void, LintResult, void> {
    if (rules !== this.rules || !this.overrides || !shallowEqual(overrides, this.overrides)) {
      this.pieces.clear();
      this.overrides = overrides;
      this.rules = rules;
    }
    const options: EngineOptions = { ...DEFAULT_OPTIONS, ...overrides };
    const lines = splitLines(text);
    const { uncommented, comments } = blankComments(text);
    const starts = storyStarts(text, lines, comments);
    if (starts.length < 2) return this.whole(text, overrides, rules);

    const budget = new GrammarBudget(options.nlpBudgetMs, options.nlpMaxSentences);
    const used = new Set<string>();
    const results: PieceResult[] = [];
    const eol = lineEnding(text);
    for (let index = 0; index < starts.length; index++) {
      const piece = text.slice(starts[index], index + 1 < starts.length ? starts[index + 1] : text.length);
      let result = this.pieces.get(piece);
      const fresh = !result;
      if (!result) {
        const deferredBefore = budget.deferred;
        const { document, prose, stories, sectionWords, findings, ruleFailures } = check(piece, options, rules, budget);
        const heading = document.stories.length === 1 ? (document.stories[0].heading?.start ?? null) : null;
        result = { parsed: document.stories, preamble: document.preamble, prose, stories, sectionWords, findings, ruleFailures, heading };
        // Stories with grammar checks skipped for time are linted again next time, not kept.
        if (budget.deferred === deferredBefore) this.pieces.set(piece, result);
      }
      // The piece must parse as exactly the story the whole file has there, and fixes that insert
      // lines must see the file's line ending.
      const faithful = result.heading !== null && (index === 0 || result.heading === 0) && lineEnding(piece) === eol;
      if (!faithful) return this.whole(text, overrides, rules);
      if (fresh) yield;
      used.add(piece);
      results.push(result);
    }
    for (const piece of this.pieces.keys()) if (!used.has(piece)) this.pieces.delete(piece);

    const findings: Finding[] = [];
    const stories: StorySummary[] = [];
    const sectionWords: (readonly number[])[] = [];
    const ruleFailures: RuleFailure[] = [];
    results.forEach((result, index) => {
      const offset = starts[index];
      for (const finding of result.findings) findings.push(shiftFinding(finding, offset, index));
      for (const story of result.stories) stories.push({ ...story, index: story.index + index, span: shiftSpan(story.span, offset) });
      sectionWords.push(...result.sectionWords);
      for (const failure of result.ruleFailures) if (!ruleFailures.some((known) => known.rule === failure.rule)) ruleFailures.push(failure);
    });

    // The whole document's stories and prose, composed from the pieces' (only if someone reads them:
    // hovers and outlines do, diagnostics do not): no request re-parses the file.
    const pieces: ParsedPiece[] = results.map((result, index) => ({ offset: starts[index], firstStory: index, stories: result.parsed, prose: result.prose }));
    let composedStories: Story[] | undefined;
    let prose: Prose | undefined;
    const document: StoryDocument = {
      text,
      lines,
      uncommented,
      comments,
      directives: parseDirectives(text, comments),
      // The first piece starts the file, so its preamble is the file's.
      preamble: results[0].preamble,
      get stories() {
        return (composedStories ??= composeStories(pieces));
      },
    };
    return {
      document,
      get prose() {
        return (prose ??= composeProse(pieces));
      },
      stories,
      sectionWords,
      findings: finish(document, findings, budget),
      ruleFailures,
      sentencesSkipped: budget.skipped,
      sentencesDeferred: budget.deferred,
    };
  }

  private whole(text: string, overrides: Partial<EngineOptions>, rules: readonly Rule[]): LintResult {
    this.pieces.clear();
    return lint(text, overrides, rules);
  }
}

/** Offsets of the lines that start a story, when there are two or more: `# Title` lines outside comments. */
function storyStarts(text: string, lines: readonly Line[], comments: readonly Span[]): number[] {
  const starts: number[] = [];
  let comment = 0;
  for (const line of lines) {
    // A byte-order mark is not part of the first line's text.
    const base = line.start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : line.start;
    let at = base;
    while (at < base + 3 && text.charCodeAt(at) === 32) at++;
    if (text.charCodeAt(at) !== 35 /* # */) continue;
    const next = text.charCodeAt(at + 1);
    if (at + 1 < line.end && next !== 32 && next !== 9) continue;
    while (comment < comments.length && comments[comment].end <= line.start) comment++;
    if (comment < comments.length && comments[comment].start < line.start) continue;
    starts.push(line.start);
  }
  // The first story's piece also holds the preamble.
  if (starts.length > 0) starts[0] = 0;
  return starts;
}

function shiftSpan(span: Span, offset: number): Span {
  return { start: span.start + offset, end: span.end + offset };
}

function shiftFinding(finding: Finding, offset: number, storyOffset: number): Finding {
  if (offset === 0 && storyOffset === 0) return finding;
  return {
    ...finding,
    span: shiftSpan(finding.span, offset),
    story: finding.story === null ? null : finding.story + storyOffset,
    fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, start: edit.start + offset, end: edit.end + offset })) })),
  };
}

/** The same options, but for the time budget: a story linted in full keeps its findings whatever budget comes next. */
function shallowEqual(a: object, b: object): boolean {
  const aKeys = Object.keys(a).filter((key) => key !== 'nlpBudgetMs');
  return aKeys.length === Object.keys(b).filter((key) => key !== 'nlpBudgetMs').length && aKeys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}
