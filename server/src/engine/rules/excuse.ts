import type { GrammarMatch } from '../text/grammar';
import { actorOf, predicateSubject } from './clauses';
import { reportMatches, reportPhrases, type Rule } from './rule';

// The writer acting after the context ("…before I arrived, so I reviewed the scope"): context, not an excuse.
const ACTS_AFTER =
  /\b(?:so|and|but|then|yet|which is why)\b[^.;]*?\bI\s+(?:\w+ly\s+)?(?!(?:was|were|wasn['’]t|weren['’]t|had|hadn['’]t|could|couldn['’]t|did|didn['’]t|never|am|is|would|should|think|thought|felt|knew|assumed|just|only|simply|got|ended|supposed|meant|expected|left|let|went|accepted)\b)[a-z]{3,}|\bin my first (?:\w+ )?(?:week|weeks|month|months|days|day)\b[^.;]*\bI\b/i;
// The writer acting on a denial they state ("I wasn't consulted, so I asked for the minutes"): context, not an excuse.
// Going along with it ("so I let the print run go ahead") is still the excuse.
const PROACTIVE_AFTER =
  /\b(?:so|and|but|then|yet|which is why)\b[^.;]*?\bI\s+(?:\w+ly\s+)?(?:asked|raised|flagged|escalated|checked|reviewed|pushed|challenged|argued|made sure|requested|insisted|wrote|sent|called|phoned|set up|walked|met|built|proposed|offered|booked|learned|read|studied|mapped|spoke|went to|put|drafted|tested|prepared|ran)\b|\bin my first (?:\w+ )?(?:week|weeks|month|months|days|day)\b[^.;]*\bI\b/i;
// An ownership clause after the excuse takes it back: "…out of my hands, but I should have flagged it".
const OWNED_AFTER = /\b(?:but|though|although|yet|still|even so|that said|in hindsight|looking back)\b[^.!?]*\b(?:I|my)\b[^.!?]*\b(?:should|could have|own|responsib|mistake|fault|on me)|\bI should(?:n['’]t)? have\b|\bmy job\b|\bmine to\b|\bI (?:waited|left it)\b(?!\s+(?:for|to|with) (?:the|their|his|her|them|him|someone|somebody|another|other|others)\b)|\b(?:and|but|though|yet) I (?:had not|hadn['’]t|did not|didn['’]t|never|failed to)\b/i;

// Context frames ("before I arrived", "I inherited…"), unlike denials of agency, are no excuse when the writer acts on them.
const CONTEXT_FRAME = /\b(?:before|inherit\w*|handed|given|circumstances|baked|by the time|already|when i)\b/i;
// A rhetorical question that denies agency: "what else could I do?", "how was I supposed to know?", "…, could I?".
// "How was I supposed to grade it?": any verb once the question says what was expected of the writer.
const RHETORICAL = /\b(?:what|how)(?: on earth| else| exactly)? (?:could|can|was|were|should|would) (?:I|we)(?: \w+)?(?: (?:supposed|meant|expected) to)? (?:do|have done|know|have known|change|have changed|tell)\b[^.!?]*\?|\b(?:how|why)(?: on earth| exactly)? (?:was|were|am|are) (?:I|we)(?: \w+)? (?:supposed|meant|expected|able) to \w+[^.!?]*\?|,\s*(?:could|can|did|would|should|was) (?:I|we)\?/i;

// The writer naming a belief of their own as the mistake: "I had treated renewals as someone else's job".
const OWN_BELIEF = /\bI (?:had )?(?:treated|seen|saw|thought of|considered|regarded|assumed|believed|decided)\b[^.;]*$/i;

const message = (text: string): string => `"${text}" sounds like an excuse: state the context plainly, then say what you did about it.`;

const KNOWING = new Set(['know', 'knew', 'known', 'aware', 'unaware', 'idea', 'visibility', 'clue']);
const BE = new Set(['was', 'were', 'been', 'be', 'being', 'got', 'get', 'gotten', 'is', 'am', 'are']);

export const excuse: Rule = {
  id: 'excuse',
  title: 'Excuse',
  guideline: "Don't make excuses",
  defaultSeverity: 'warning',
  summary: 'The writer denies agency ("out of my hands", "I had no choice") or information ("nobody told me", "I was never informed").',
  fixable: false,
  options: [{ kind: 'words', key: 'excuses', lexiconClass: 'Excuse', description: 'Extra excuses for `excuse`, added to what the rule finds.' }],
  docs: {
    why: 'The question behind "tell me about a failure" is whether you own outcomes. An excuse answers it the wrong way, however true it is. Give the context plainly, then move to what you did and what you would do differently.',
    weak: 'The launch slipped, but honestly the timing was out of my hands: no one had warned me about the freeze.',
    strong: 'The launch slipped two weeks: I had not checked the release calendar, and I missed the freeze. I now confirm freeze dates with release management before I commit to a date.',
    quietWhen: 'The rule hears denials of agency ("out of my hands", "it wasn\'t up to me", "the call came from above"), of information ("nobody thought to copy me in", "I was the last to hear"), of authority ("I wasn\'t senior enough", "I had no real say"), of time and resources ("we ran out of time", "I had zero budget", "it was never realistic") and rhetorical questions ("what else could I do?", "how was I supposed to know?"). Context you act on or own is not an excuse: an ownership clause after it ("…out of my hands, but I should have raised it sooner", "…, and I had not put it in writing") or a step you then took ("I wasn\'t consulted, so I asked for the scorecard") keeps the rule quiet; going along with it ("so I let it go ahead") does not. Other people\'s lack of time or information ("our designer ran out of time", "the client was not told") is left alone. Add your own phrases with the `storyCoach.words.excuses` setting.',
  },
  queries: {
    frame: { pattern: '#Excuse+', needs: [['Excuse']] },
    untold: { pattern: '(nobody|noone|no one|none of #Pronoun|nobody else|not one person|not a soul|not a single person) (#Adverb|#Auxiliary|#Modal|#Negative|thought|bothered|remembered|cared|to){0,3} #Uninformed', needs: [['Uninformed']] },
    unaware: { pattern: '(i|we) (#Adverb|#Auxiliary|#Copula|#Modal){0,3} (#Negative|never) (#Adverb|#Auxiliary|#Copula|#Verb){0,3} #Uninformed', needs: [['Uninformed']] },
    noIdea: { pattern: '(i|we) (#Adverb|#Auxiliary){0,2} (had|have) no (#Adjective|real)? #Uninformed', needs: [['Uninformed']] },
    unawareAdjective: { pattern: '(i|we) (#Adverb|#Copula){1,3} unaware', needs: [['Uninformed']] },
    nobodyGave: { pattern: '(nobody|no one) (#Adverb|#Auxiliary){0,2} #Verb (#Pronoun|with|to){0,2} (me|us)', needs: [['Party']] },
    powerless: { pattern: '(i|we) (#Adverb|#Auxiliary|#Modal|#Copula){0,2} (#Negative|never) #Adverb? (have|get|had|got|given) (#Determiner|#Adjective|real|full){0,2} #Agency', needs: [['Agency']] },
    // "I had no real say", "we had little time", "I got zero support".
    lacked: { pattern: '(i|we) (#Adverb){0,2} (had|have|got|get) (no|little|zero) (#Adjective|real|full){0,2} #Agency', needs: [['Agency']] },
    // "it was never my place", "not really our call": the decision denied as the writer's.
    notMine: { pattern: '(#Negative|never|hardly) (#Adverb)? (my|our) (place|call|decision|job|remit|responsibility|area|problem|department|role|business|lane|fight|domain|brief|concern|jurisdiction|gift|say|patch|bag|thing|choice)', needs: [['Negation']] },
    // "out of my reach", "beyond our say", "outside my gift".
    outOfReach: { pattern: '(out of|beyond|outside|outside of|above|over) (my|our) (control|hands|reach|power|remit|gift|influence|authority|jurisdiction|sphere|purview|lane|grasp|say|pay grade|paygrade)', needs: [['Agency']] },
    // "I was under instructions to say nothing", "we were ordered to", "my role carried no authority".
    ordered: { pattern: '(i|we) #Adverb? (was|were|had been|felt) #Adverb? (told|instructed|ordered|forced|made|obliged|directed|pressured|pressed|pushed|compelled|under) (strict|clear|explicit|firm)? (to|instructions|orders)', needs: [['Compelled']] },
    roleLacked: { pattern: '(my|our) (role|position|job|title|grade|post|contract|level|remit|seat|team) (#Adverb){0,2} (had|has|carried|carries|gave|gives|came|comes|held|holds|offered|brought) (with|me|us)? (no|little|zero|nil) (#Adjective|real|formal|actual){0,2} #Agency', needs: [['Agency']] },
    // "The go-live date came down from the group CFO": a decision that reached the writer from above.
    imposed: { pattern: '(came|come|comes|coming) down from (#Determiner|#Possessive|#Adjective|#Noun){0,3} (#Party|#Person|#Organization)', needs: [['Party']] },
    couldNot: { pattern: '(i|we|nobody|anyone|anybody) (#Adverb){0,1} (could|can|would) (#Negative|never) have (#Adverb){0,1} #Verb', needs: [['Negation']] },
  },
  scope: 'sentence',
  check(sentence, context) {
    reportPhrases(sentence, context, context.options.words.excuses, message);
    const rhetorical = RHETORICAL.exec(sentence.text);
    if (rhetorical && !OWNED_AFTER.test(sentence.text.slice(rhetorical.index + rhetorical[0].length))) {
      context.report({ span: { start: sentence.start + rhetorical.index, end: sentence.start + rhetorical.index + rhetorical[0].length }, message: message(rhetorical[0]) });
      return;
    }
    const grammar = context.grammar(sentence);
    // "I wasn't told" denies information; "I didn't tell the board" owns an omission. Only knowing
    // ("I didn't know") denies it in the active voice.
    const toldActively = (match: GrammarMatch): boolean => {
      const terms = grammar?.terms.slice(match.first, match.last) ?? [];
      const verb = terms[terms.length - 1]?.word ?? '';
      return !KNOWING.has(verb) && !terms.some((term) => BE.has(term.word));
    };
    // "Our designer didn't have time": a frame led by a verb denies the agency of its subject, not always the writer's.
    const byOther = (match: GrammarMatch): boolean => {
      const terms = grammar?.terms ?? [];
      const first = terms[match.first];
      if (!first || !first.tags.has('Verb') || first.tags.has('Copula')) return false;
      const subject = predicateSubject(terms, sentence.text, match.first);
      if (subject >= 0) return actorOf(terms[subject]) === 'other';
      return !/\b(?:I|we)\b/i.test(sentence.text.slice(0, match.start));
    };
    reportMatches(
      sentence,
      context,
      ['frame', 'untold', 'unaware', 'noIdea', 'unawareAdjective', 'nobodyGave', 'powerless', 'lacked', 'couldNot', 'notMine', 'outOfReach', 'ordered', 'roleLacked', 'imposed'],
      message,
      // "I couldn't have done it without the team" is thanks, not an excuse.
      (match, query) => !(query === 'frame' && byOther(match)) && !OWN_BELIEF.test(sentence.text.slice(0, match.start)) && (query !== 'unaware' || !toldActively(match)) && !OWNED_AFTER.test(sentence.text.slice(match.end)) && !(CONTEXT_FRAME.test(sentence.text.slice(match.start, match.end)) ? ACTS_AFTER : PROACTIVE_AFTER).test(sentence.text.slice(match.end)) && !(query === 'couldNot' && /^\s*(?:\w+\s+){0,3}without\b/i.test(sentence.text.slice(match.end))),
    );
  },
};
