import { storyAnchor } from '../fix/edits';
import { AMBIGUOUS, isPerson, modifiesNoun, namedInApposition, othersActIn } from './others-act';
import type { GrammarMatch } from '../text/grammar';
import type { Sentence } from '../text/prose';
import { sentencesIn, type RuleContext, type Rule } from './rule';

// "we", "us", "together": the writer acting with others. "our" alone credits no one ("our onboarding").
const WITH_OTHERS = /\b(?:(?:with|beside|alongside) me|we|we['’](?:ve|re|d|ll)|us|together|jointly|alongside|collaborat\w*|partnered|paired|teamed|co-?(?:led|wrote|authored|designed|founded|ran|owned|presented|hosted|organised|organized|developed))\b/i;
// Someone else's contribution: "with help from our contractor", "their suggestion became the plan".
const THEIR_PART =
  /\b(?:help|support|advice|input|ideas?|suggestions?|feedback|guidance|expertise|experience|know-how|knowledge|skills?|insights?) (?:from|of) (?!me\b|my own\b|the (?:first|last|past|previous)\b)|\b(?:their|his|her) (?:\w+ )?(?:suggestions?|ideas?|proposals?|input|help|advice|support|designs?|analysis|feedback|contributions?|expertise|work)\b/i;
// Shorter stories are quick notes: who helped is usually left for the telling.
const MIN_WORDS = 25;

/**
 * Someone else takes part in the sentence: the writer's partner in the work ("with two analysts",
 * "alongside", "we"), their contribution ("with help from our contractor"), or a person or group
 * acting (othersActIn).
 */
function creditsOthers(sentence: Sentence, context: RuleContext): boolean {
  if (WITH_OTHERS.test(sentence.text) || THEIR_PART.test(sentence.text) || namedInApposition(sentence.text)) return true;
  const analysis = context.analyze(sentence, 'partner');
  if (!analysis) return false;
  const { terms } = analysis;
  const partners = analysis.matches.get('no-team:partner') ?? [];
  // "with the head of facilities" is a person; "with the board" is not a partner in the work.
  // "the IT help desk" names a service, not a helper.
  const partner = (match: GrammarMatch): boolean => (!AMBIGUOUS.has(terms[match.last - 1].word) || isPerson(terms, match.last - 1)) && !(terms[match.first].word === 'help' && modifiesNoun(terms, match.first));
  if (partners.some(partner)) return true;
  return othersActIn(terms, sentence.text);
}

export const noTeam: Rule = {
  id: 'no-team',
  title: 'No one else in the story',
  guideline: 'Highlight teamwork',
  defaultSeverity: 'info',
  summary: 'An achievement in which no one but the writer acts or appears as a colleague: no person or group as the subject of an action verb, no partner ("with", "alongside", "together", "we"), no team or named colleague.',
  fixable: false,
  docs: {
    why: 'Almost nothing at work is done alone, and interviewers know it. A story with nobody else in it reads as either a solo task too small to matter or credit taken from others. Name who you worked with and what they did, then make your own part clear.',
    weak: '## Situation\nOur month-end reporting took six hours every night.\n## Action\nI rebuilt the reporting pipeline, rewrote the dashboards and presented the new numbers to the board.\n## Result\nThe nightly run fell from six hours to forty minutes.',
    strong: '## Situation\nOur month-end reporting took six hours every night.\n## Action\nWith two analysts from finance, I rebuilt the reporting pipeline; I rewrote the dashboards while they validated every figure.\n## Result\nThe nightly run fell from six hours to forty minutes.',
    quietWhen: `Failure stories are not checked, nor stories under ${MIN_WORDS} words (quick notes). Others count anywhere in the story when they are the subject of an action verb ("finance checked every figure", "the site managers at each school reprogrammed…", "our account manager, Dev, rebuilt…"), when they work with you ("with two analysts", "the night-shift pickers and I", "alongside", "together", "we"), when you get them to act, rely on them, hand them work or lead them ("asked Priya to…", "relied on our buyer", "split the aisles between three supervisors", "trained six new loaders"), when their contribution is named ("Amira's analysis", "checked by two supervisors") or when the team or a named colleague appears at all ("I coached my team"). A role of your own ("as director I…"), a count that sizes the organisation ("an agency of 4,000 staff"), a person's thing ("the CFO's forecast showed…"), "our" alone ("our onboarding") and people you served ("phoned the largest donors", "customers complained") credit no one.`,
  },
  queries: {
    partner: { pattern: '(with|helped|help|thanks to|supported by|including) (#Determiner|#Possessive|#Value|#Adjective){0,3} #Noun? (#Party|#Person|#Actor)', needs: [['Party']], onDemand: true },
  },
  scope: 'story',
  check(story, context) {
    if (story.kind === 'failure' || context.stories[story.index].words < MIN_WORDS) return;
    const sentences = sentencesIn(context, story);
    if (sentences.length === 0 || context.grammar(sentences[0]) === null) return;
    // Anyone else anywhere in the story will do: "my manager asked for…" in the Situation is a colleague too.
    if (sentences.some((sentence) => creditsOthers(sentence, context))) return;
    context.report({
      span: storyAnchor(context.doc, story),
      message: 'No one else acts in this story: say who you worked with and what they did, then what your own part was.',
    });
  },
};
