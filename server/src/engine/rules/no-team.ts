import { storyAnchor } from '../fix/edits';
import { isSubject } from './clauses';
import type { Sentence } from '../text/prose';
import { sentencesIn, type RuleContext, type Rule } from './rule';

// "we", "us", "together": the writer acting with others. "our" alone credits no one ("our onboarding").
const WITH_OTHERS = /\b(?:we|we['’](?:ve|re|d|ll)|us|together|jointly|each other|one another|collaborat\w*|partnered|paired|co-?(?:led|wrote|authored|designed|founded))\b/i;
// Shorter stories are quick notes: who helped is usually left for the telling.
const MIN_WORDS = 25;

/**
 * Someone else acts in the sentence: a party (role, department, colleague, named person) as the
 * subject of a verb, or the writer's partner in the work ("with two analysts", "my team of six").
 */
function creditsOthers(sentence: Sentence, context: RuleContext): boolean {
  if (WITH_OTHERS.test(sentence.text)) return true;
  if (!context.has(sentence, 'Party')) return false;
  for (const query of ['partner', 'pair', 'actor']) {
    const analysis = context.analyze(sentence, query);
    const matches = analysis?.matches.get(`no-team:${query}`) ?? [];
    if (query !== 'actor' && matches.length > 0) return true;
    const acts = matches.some((match) => {
      // "As director I owned…" is the writer in a role.
      const terms = analysis!.terms;
      const before = match.first > 0 ? terms[match.first - 1].word : '';
      const verb = terms[match.last - 1];
      // Owning or being something ("the department had 1,100 cases") is no act; "agency spend" is a compound noun.
      if (POSSESSION.has(verb.word) || verb.tags.has('Copula') || /^(?:they|them|it)$/.test(terms[match.first].word)) return false;
      if (match.last - match.first === 2 && verb.tags.has('Noun')) return false;
      return before !== 'as' && isSubject(terms, sentence.text, match.first);
    });
    if (acts) return true;
  }
  return false;
}

const POSSESSION = new Set(['have', 'has', 'had', 'having', 'own', 'owned', 'hold', 'held', 'lack', 'lacked', 'need', 'needed', 'want', 'wanted']);
// Others in the Situation or Task are the setting; teamwork is others acting in what was done.
const ACTING_SECTIONS = ['action', 'result', 'intro', 'unknown'] as const;

export const noTeam: Rule = {
  id: 'no-team',
  title: 'No one else in the story',
  guideline: 'Highlight teamwork',
  defaultSeverity: 'info',
  summary: 'An achievement in which no one but the writer acts: no colleague, team, customer or "we" as the subject of a verb or a partner in the work.',
  fixable: false,
  docs: {
    why: 'Almost nothing at work is done alone, and interviewers know it. A story with nobody else in it reads as either a solo task too small to matter or credit taken from others. Name who you worked with and what they did, then make your own part clear.',
    weak: '## Situation\nOur month-end reporting took six hours every night.\n## Action\nI rebuilt the reporting pipeline, rewrote the dashboards and presented the new numbers to the board.\n## Result\nThe nightly run fell from six hours to forty minutes.',
    strong: '## Situation\nOur month-end reporting took six hours every night.\n## Action\nWith two analysts from finance, I rebuilt the reporting pipeline; I rewrote the dashboards while they validated every figure.\n## Result\nThe nightly run fell from six hours to forty minutes.',
    quietWhen: `Failure stories are not checked, nor stories under ${MIN_WORDS} words (quick notes). Others count when they act ("finance checked every figure", "Priya ran the pilot"), when they work with you ("with two analysts", "my team of six") or when you say "we"; a role of your own ("as director I…"), an audience ("presented it to the board") or "our" alone ("our onboarding") credits no one.`,
  },
  queries: {
    actor: { pattern: '(#Party|#Person) #Person? (#Preposition #Determiner? #Noun)? (#Adverb|#Auxiliary|#Modal|#Negative){0,3} #Verb', needs: [['Party']], onDemand: true },
    partner: { pattern: '(with|alongside|helped|thanks to|supported by|together with|including) (#Determiner|#Possessive|#Value|#Adjective){0,3} #Noun? (#Party|#Person)', needs: [['Party']], onDemand: true },
    pair: { pattern: '((#Party|#Person) and (i|me)|(i|me) and (#Determiner|#Possessive)? (#Party|#Person))', needs: [['Party']], onDemand: true },
  },
  scope: 'story',
  check(story, context) {
    if (story.kind === 'failure' || context.stories[story.index].words < MIN_WORDS) return;
    const sentences = sentencesIn(context, story);
    if (sentences.length === 0 || context.grammar(sentences[0]) === null) return;
    const freeform = !story.sections.some((section) => section.role === 'star');
    const acting = freeform ? sentences : sentences.filter((sentence) => (ACTING_SECTIONS as readonly string[]).includes(sentence.section));
    if (acting.some((sentence) => creditsOthers(sentence, context))) return;
    context.report({
      span: storyAnchor(context.doc, story),
      message: 'No one else acts in this story: say who you worked with and what they did, then what your own part was.',
    });
  },
};
