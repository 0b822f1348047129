import { findPhrases } from '../text/phrases';
import type { Rule } from './rule';

export const BOASTFUL_PHRASES: readonly string[] = [
  'single-handedly', 'singlehandedly', 'single handedly', 'all by myself', 'flawless', 'flawlessly',
  'perfectly executed', 'perfect execution', 'best ever', 'best in the world', 'world-class', 'world class',
  'rockstar', 'rock star', 'ninja', 'genius', 'unmatched', 'unparalleled', 'nobody else could', 'no one else could',
  'only I could', 'the only one who could', 'I never fail', 'I always deliver', 'I always succeed',
  'second to none', 'like no other', 'legendary', 'the greatest', 'greatest ever', 'without any help',
];
// A superlative the writer claims as a record: "the fastest launch ever", "the largest deal in company history".
const RECORD_CLAIM = /\b(?:ever|of all time|in (?:the )?(?:company|company's|our|team's|firm's) history|anyone had (?:ever )?seen)\b/i;

export const boastful: Rule = {
  id: 'boastful',
  title: 'Unsupported superlative',
  guideline: 'Balance',
  defaultSeverity: 'warning',
  summary: 'Unsupported superlatives and absolutes about your own work ("single-handedly", "the best ever", "flawless").',
  fixable: false,
  docs: {
    why: 'Superlatives invite disbelief and hide the team that helped. An interviewer who hears "single-handedly" starts looking for who you left out. Let the figures make the claim.',
    weak: 'I single-handedly delivered the fastest migration ever, flawlessly.',
    strong: 'I led the five-person migration team; we moved 2,300 services in eight weeks with one rollback.',
    quietWhen: 'Ordinary superlatives ("our four strongest engineers", "the largest customer") are fine; compromise finds superlatives, and only those claimed as records ("…ever", "…in company history") are flagged. Add your own phrases with the `storyCoach.words.boastful` setting.',
  },
  check(context) {
    const phrases = [...BOASTFUL_PHRASES, ...context.options.words.boastful];
    for (const sentence of context.prose.sentences) {
      const spans = findPhrases(sentence.text, phrases).map((match) => ({ start: match.start, end: match.end }));
      if (RECORD_CLAIM.test(sentence.text) && /\b(?:most|\w+est)\b/i.test(sentence.text)) {
        // compromise does not tag "best" as a superlative.
        const best = /\bbest\b/i.exec(sentence.text);
        const superlatives = [...(context.grammar(sentence)?.superlatives ?? [])];
        if (best) superlatives.push({ start: best.index, end: best.index + 4 });
        for (const superlative of superlatives) {
          if (!spans.some((span) => superlative.start < span.end && span.start < superlative.end)) spans.push(superlative);
        }
      }
      for (const span of spans) {
        const text = sentence.text.slice(span.start, span.end);
        context.report({
          span: { start: sentence.start + span.start, end: sentence.start + span.end },
          message: `"${text}" oversells: let a figure make the claim, and credit who helped.`,
        });
      }
    }
  },
};
