import { deletePhrase } from '../fix/edits';
import { findPhrases } from '../text/phrases';
import type { Rule } from './rule';

export const HEDGE_PHRASES: readonly string[] = [
  'kind of', 'sort of', 'kinda', 'sorta', 'I think', 'I guess', 'I feel like', 'I suppose', 'basically',
  'maybe', 'perhaps', 'probably', 'somewhat', 'a little bit', 'more or less', 'to be honest', 'honestly',
  'literally', 'I would say', "I'd say", 'pretty much', 'I mean', 'you know', 'I believe', 'I feel', 'arguably',
  'hopefully', 'to some extent', 'in a way', "I'd like to think", 'it seems', 'seemingly', 'reasonably', 'sort of like',
  'seemed to', 'seems to', 'fairly sure', 'pretty sure', 'a little', "I'd imagine", 'I imagine', "I'm not sure", 'not sure',
  'I suspect', 'to a degree', 'to an extent', 'in some ways', 'kind of like',
];
// "what kind of tooling", "the sort of problem": the noun, not the hedge.
const NOUN_USE_BEFORE = /\b(?:a|an|the|this|that|these|those|what|which|any|some|every|one|same|different|right|other|each|no)\s+$/i;
const NOT_A_HEDGE_AFTER: Readonly<Record<string, RegExp>> = {
  'i think': /^\s+(?:about|of|through)\b/i,
  'i mean': /^\s+(?:it|to|that)\b/i,
  'i suppose': /^\s+(?:to)\b/i,
  'in a way': /^\s+(?:that|to|which|of|we|they|I)\b/i,
  'a little': /^\s+(?:over|under|more|less|before|after)\b/i,
};

export const hedging: Rule = {
  id: 'hedging',
  title: 'Hedging',
  guideline: 'Deliver with confidence',
  defaultSeverity: 'warning',
  summary: 'Hedges and fillers that undercut the story ("kind of", "I think", "basically", "sort of").',
  fixable: true,
  docs: {
    why: 'Hedges make a true story sound unsure. Interviewers read "I think we kind of improved it" as doubt about your own facts. Cut the hedge and the sentence says the same thing with more authority.',
    weak: 'I think the rollout was basically a success, and it kind of changed how we plan.',
    strong: 'The rollout reached all 14 regions on schedule, and it changed how we plan.',
    quietWhen: '"What kind of tool", "the sort of problem" and "I think about" are not hedges and are left alone. The quick fix deletes the hedge and mends spacing and capitals. Add your own fillers with the `storyCoach.words.hedges` setting.',
  },
  options: [{ kind: 'words', key: 'hedges', description: 'Extra hedges and fillers for `hedging`, added to the built-in list.' }],
  scope: 'sentence',
  check(sentence, context) {
    // Checked once per sentence: scanning for quotes per hedge was quadratic on a line full of hedges.
    const quotes = sentence.text.length <= 2000 && /[“"]/.test(sentence.text);
    for (const match of findPhrases(sentence.text, [...HEDGE_PHRASES, ...context.options.words.hedges])) {
      const lower = match.text.toLowerCase().replace(/\s+/g, ' ');
      if (/^(?:kind|sort) of$/.test(lower) && NOUN_USE_BEFORE.test(wordBefore(sentence.text, match.start))) continue;
      // Someone else's words, quoted ("Maybe in two years," the buyer said), are not the writer's hedge.
      if (quotes && insideQuotes(sentence.text, match.start)) continue;
      const notAfter = NOT_A_HEDGE_AFTER[lower];
      if (notAfter && notAfter.test(sentence.text.slice(match.end))) continue;
      const span = { start: sentence.start + match.start, end: sentence.start + match.end };
      context.report({
        span,
        message: `"${match.text}" hedges: cut it and say it plainly.`,
        fixes: [{ title: `Delete "${match.text}"`, edits: [deletePhrase(context.doc.text, span)], safe: true, preferred: true }],
      });
    }
  },
};

/**
 * The text before `end` back to just before the word ahead of its blanks: all NOUN_USE_BEFORE can
 * match (its longest word has 9 letters, plus one character for `\b`). Testing the whole sentence
 * prefix instead was quadratic on a long line full of "kind of".
 */
function wordBefore(text: string, end: number): string {
  let blanks = end;
  while (blanks > 0 && /\s/.test(text[blanks - 1])) blanks--;
  return text.slice(Math.max(0, blanks - 10), end);
}

/** Whether an offset lies inside a quotation: an opening quote before it and its closing quote after. */
function insideQuotes(text: string, offset: number): boolean {
  const opening = /(?:^|[\s(—–-])[“"](?=[\p{L}\p{N}])/gu;
  let open = -1;
  for (let match = opening.exec(text); match && match.index < offset; match = opening.exec(text)) open = match.index;
  if (open < 0) return false;
  const closing = /[\p{L}\p{N}.,!?…][”"](?=$|[\s.,;:!?)—–-])/gu;
  closing.lastIndex = open + 1;
  const close = closing.exec(text);
  if (close && close.index < offset) return insideQuotes(text.slice(close.index + 2), offset - close.index - 2);
  return close !== null;
}
