import { findPhrases } from '../text/phrases';
import type { Rule } from './rule';

export const HUMBLEBRAG_PHRASES: readonly string[] = [
  'I work too hard', 'I worked too hard', 'working too hard', 'I care too much', 'I cared too much', 'perfectionist',
  'too much of a perfectionist', 'too detail-oriented', 'too detail oriented', 'too dedicated', 'too committed',
  'too passionate', 'my only weakness', 'I take on too much', 'I expect too much', 'I set the bar too high',
  'too hard on myself', 'worked too many hours', 'too loyal', 'too honest', 'cared too deeply',
];

export const humblebragFailure: Rule = {
  id: 'humblebrag-failure',
  title: 'Disguised strength',
  guideline: 'Be honest',
  defaultSeverity: 'warning',
  summary: 'A "failure" that is a strength in disguise ("I work too hard", "perfectionist").',
  fixable: false,
  docs: {
    why: 'Interviewers have heard "I\'m a perfectionist" thousands of times and read it as evasion. A genuine failure with a real cost, owned and learned from, is far more persuasive than a boast dressed as a flaw.',
    weak: 'Kind: failure\nMy biggest failure is that I care too much and I am a perfectionist.',
    strong: 'Kind: failure\nI approved a launch plan without a rollback step, and a bad config took checkout down for 40 minutes.',
    quietWhen: 'Only failure stories (`Kind: failure`) are checked.',
  },
  check(context) {
    for (const sentence of context.prose.sentences) {
      if (context.doc.stories[sentence.story].kind !== 'failure') continue;
      for (const match of findPhrases(sentence.text, HUMBLEBRAG_PHRASES)) {
        context.report({
          span: { start: sentence.start + match.start, end: sentence.start + match.end },
          message: `"${match.text}" reads as a strength in disguise: choose a genuine failure with a real cost.`,
        });
      }
    }
  },
};
