import { deletePhrase } from '../fix/edits';
import { bothLists, findPhrases } from '../text/phrases';
import type { Rule } from './rule';

export const HEDGE_PHRASES: readonly string[] = [
  // Softeners of degree.
  'kind of', 'sort of', 'kinda', 'sorta', 'sort of like', 'kind of like', 'somewhat', 'a little bit', 'a little', 'a bit',
  'a bit of', 'something of', 'a tad', 'slightly', 'more or less', 'pretty much', 'to some extent', 'to a degree', 'to an extent', 'to a certain extent',
  'in some ways', 'in a way', 'in a sense', 'in some sense', 'for the most part', 'by and large', 'give or take',
  'reasonably', 'fairly', 'relatively', 'rather', 'quite possibly', 'not entirely', 'not quite', 'almost certainly',
  // Doubt about one's own facts.
  'maybe', 'perhaps', 'probably', 'possibly', 'presumably', 'apparently', 'supposedly', 'seemingly', 'arguably',
  'hopefully', 'conceivably', 'most likely', 'in theory', 'in principle', 'or so', 'or something',
  'or something like that', 'and stuff', 'and so on', 'if anything', 'if that', 'as it were', 'so to speak',
  // The speaker's opinion where a fact would do.
  'I think', 'I guess', 'I feel like', 'I feel', 'I suppose', 'I believe', 'I reckon', 'I imagine', "I'd imagine",
  'I assume', 'I presume', 'I suspect', 'I gather', 'I hope', "I'd hope", 'I would hope', "I'd think", 'I would think',
  "I'd say", 'I would say', "I'd argue", 'I would argue', "I'd guess", 'I would guess', "I'd like to think",
  'I would like to think', 'I like to think', 'I want to say', "I'm not sure", 'not sure', "I'm fairly sure",
  'fairly sure', 'pretty sure', "I'm not certain", 'as far as I can tell', 'as far as I know', 'as far as I remember',
  'as far as I recall', 'if I remember', 'if I recall', 'if I remember rightly', 'if I remember correctly',
  'from what I can tell', 'from what I remember', 'to my knowledge', 'in my opinion', 'in my view', 'I would imagine',
  'it seems', 'it seemed', 'seemed to', 'seems to', 'appeared to', 'appears to', 'it looks like', 'it looked like',
  'might have', 'may have', 'sort of thing',
  // Fillers.
  'basically', 'essentially', 'literally', 'honestly', 'to be honest', 'frankly', 'to be fair',
  'truth be told', 'I mean', 'you know', 'you see', 'if that makes sense', 'if you will', 'if you like', 'like I said',
  'at the end of the day', 'just kind of', 'just sort of',
];
// "what kind of tooling", "the sort of problem": the noun, not the hedge.
const NOUN_USE_BEFORE = /\b(?:a|an|the|this|that|these|those|what|which|any|some|every|one|same|different|right|other|each|no)\s+$/i;
const NOT_A_HEDGE_AFTER: Readonly<Record<string, RegExp>> = {
  'i think': /^\s+(?:about|of|through)\b/i,
  'i mean': /^\s+(?:it|to|that)\b/i,
  'i suppose': /^\s+(?:to)\b/i,
  'in a way': /^\s+(?:that|to|which|of)\b/i,
  'a little': /^(?:-|\s+(?:over|under|more|less|before|after|time|while|money|help|extra|of)\b)/i,
  'a bit': /^(?:-|\s+(?:over|under|more|less|before|after|of|in|on|at|for|from|that|which)\b)/i,
  // "a bit of time" is an amount; "a bit of a go-between" softens (deleting "a bit of" leaves "a go-between").
  'a bit of': /^(?!\s+an?\b)/i,
  'something of': /^(?!\s+an?\b)/i,
  'i feel': /^\s+(?:that\s+)?(?:strongly|proud|responsible|confident)\b/i,
  'i hope': /^\s+to\b/i,
  rather: /^\s+than\b/i,
  'may have': /^\s+(?:been|had)\s+(?:asked|told)\b/i,
  'not quite': /^\s+(?:\d|enough|there|ready|right)\b/i,
  // "paid fairly and on time": a manner, not a softener.
  fairly: /^\s*(?:[,.;:!?]|$|and\b|or\b|to\b|by\b|with\b|(?:priced|paid|treated|judged|shared|split|distributed|allocated|assessed|rewarded|compensated|divided|scored|rated|represented|heard|chosen|selected|compared|balanced|applied|dealt)\b)/i,
  reasonably: /^\s*(?:[,.;:!?]|$|and\b|or\b)/i,
  relatively: /^\s*(?:[,.;:!?]|$|and\b|or\b)/i,
};
// Words that make the next word no hedge: "the fairly new", "or rather".
const NOT_A_HEDGE_BEFORE: Readonly<Record<string, RegExp>> = {
  rather: /\b(?:or|but|would|had|I'd)\s+$/i,
  'if that': /\b(?:even|as)\s+$/i,
  // "I was not sure which route was faster, so I timed both": doubt the story resolves, not the teller's.
  'not sure': /\b(?:was|were|had been)\s+$/i,
};

export const hedging: Rule = {
  id: 'hedging',
  title: 'Hedging',
  guideline: 'Deliver with confidence',
  defaultSeverity: 'warning',
  summary: 'Hedges and fillers that undercut the story: softeners ("kind of", "a tad", "for the most part"), doubt about your own facts ("apparently", "in theory", "presumably"), opinion where a fact would do ("I reckon", "as far as I can tell", "I\'d like to think") and fillers ("basically", "if that makes sense").',
  fixable: true,
  docs: {
    why: 'Hedges make a true story sound unsure. Interviewers read "I think we kind of improved it" as doubt about your own facts. Cut the hedge and the sentence says the same thing with more authority.',
    weak: 'I think the rollout was basically a success, and it kind of changed how we plan.',
    strong: 'The rollout reached all 14 regions on schedule, and it changed how we plan.',
    quietWhen: '"What kind of tool", "the sort of problem", "I think about", "rather than", "a little-used", "a bit in the script", "paid fairly and on time", "fairly priced" and "I was not sure which…, so I timed both" are not hedges and are left alone, nor are someone else\'s quoted words. The quick fix deletes the hedge and mends spacing and capitals. Add your own fillers with the `storyCoach.words.hedges` setting.',
  },
  options: [{ kind: 'words', key: 'hedges', description: 'Extra hedges and fillers for `hedging`, added to the built-in list.' }],
  scope: 'sentence',
  check(sentence, context) {
    // Checked once per sentence: scanning for quotes per hedge was quadratic on a line full of hedges.
    const quotes = sentence.text.length <= 2000 && /[“"]/.test(sentence.text);
    for (const match of findPhrases(sentence.text, bothLists(HEDGE_PHRASES, context.options.words.hedges))) {
      const lower = match.text.toLowerCase().replace(/\s+/g, ' ');
      if (/^(?:kind|sort) of$/.test(lower) && NOUN_USE_BEFORE.test(wordBefore(sentence.text, match.start))) continue;
      // Someone else's words, quoted ("Maybe in two years," the buyer said), are not the writer's hedge.
      if (quotes && insideQuotes(sentence.text, match.start)) continue;
      const notAfter = NOT_A_HEDGE_AFTER[lower];
      if (notAfter && notAfter.test(sentence.text.slice(match.end))) continue;
      const notBefore = NOT_A_HEDGE_BEFORE[lower];
      if (notBefore && notBefore.test(sentence.text.slice(Math.max(0, match.start - 12), match.start))) continue;
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
