import { findPhrases } from '../text/phrases';
import type { Rule } from './rule';

export const EXCUSE_PHRASES: readonly string[] = [
  "it wasn't my fault", 'it was not my fault', "wasn't my fault", 'not my fault', 'beyond my control',
  'out of my control', 'outside my control', 'outside of my control', 'I had no choice', 'I had no other choice',
  "I didn't have a choice", 'I did not have a choice', 'nobody told me', 'no one told me', 'nobody informed me',
  'no one informed me', "I wasn't told", 'I was never told', "wasn't my responsibility", 'not my responsibility',
  'not my job', 'there was nothing I could do', 'there was nothing I could have done', 'I did everything I could',
  'I was just following orders', 'I was only following orders', 'my hands were tied', "I didn't know any better",
  'how was I supposed to know', 'anyone would have done the same', 'through no fault of my own',
];

export const excuse: Rule = {
  id: 'excuse',
  title: 'Excuse',
  guideline: "Don't make excuses",
  defaultSeverity: 'warning',
  summary: 'An excuse that moves responsibility away ("it wasn\'t my fault", "beyond my control", "nobody told me").',
  fixable: false,
  docs: {
    why: 'The question behind "tell me about a failure" is whether you own outcomes. An excuse answers it the wrong way, however true it is. Give the context plainly, then move to what you did and what you would do differently.',
    weak: 'The launch slipped, but honestly it was beyond my control because nobody told me about the freeze.',
    strong: 'The launch slipped two weeks: I had not checked the release calendar, and I missed the freeze. I now confirm freeze dates with release management before I commit to a date.',
    quietWhen: 'Only fixed phrases are matched, anywhere that is spoken. Add your own with the `storyCoach.words.excuses` setting.',
  },
  check(context) {
    const phrases = [...EXCUSE_PHRASES, ...context.options.words.excuses];
    for (const sentence of context.prose.sentences) {
      for (const match of findPhrases(sentence.text, phrases)) {
        context.report({
          span: { start: sentence.start + match.start, end: sentence.start + match.end },
          message: `"${match.text}" sounds like an excuse: state the context plainly, then say what you did about it.`,
        });
      }
    }
  },
};
