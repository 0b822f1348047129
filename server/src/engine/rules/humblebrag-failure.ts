import type { GrammarTerm } from '../text/grammar';
import { actorOf, clauseOpensWithMy, subjectBefore } from './clauses';
import { reportMatches, type Rule } from './rule';

// Nobody matches the writer's care: "I can't delegate because nobody does it as carefully as I do".
const ONLY_I_DO_IT_RIGHT =
  /\b(?:nobody|no one|no-one|none of (?:them|my \w+|the \w+)|nobody else|no one else)\b[^.;]{0,40}?\bas (?:\w+ )?(?:carefully|well|thoroughly|fast|quickly|accurately|precisely|meticulously|much|hard|good|right) as (?:I do|I did|I can|I could|I would|me)\b|\b(?:hard|difficult|impossible) to (?:delegate|let go|hand (?:\w+ )?over)\b[^.;]{0,30}\bbecause\b[^.;]{0,40}\b(?:as (?:well|carefully|thoroughly) as|the way I|my standards?|properly|right)\b/i;

const message = (text: string): string => `"${text}" reads as a strength in disguise: choose a genuine failure with a real cost.`;

export const humblebragFailure: Rule = {
  id: 'humblebrag-failure',
  title: 'Disguised strength',
  guideline: 'Be honest',
  defaultSeverity: 'warning',
  summary: 'A "failure" whose substance is a virtue of the writer ("I hold myself to impossibly high standards", "I trust my team too much").',
  fixable: false,
  docs: {
    why: 'Interviewers have heard "I\'m a perfectionist" thousands of times and read it as evasion. A genuine failure with a real cost, owned and learned from, is far more persuasive than a boast dressed as a flaw.',
    weak: 'Kind: failure\nMy real failing is that I am too thorough: I hold myself to impossibly high standards.',
    strong: 'Kind: failure\nI approved a launch plan without a rollback step, and a bad config took checkout down for 40 minutes.',
    quietWhen: 'Only failure stories (`Kind: failure`) are checked, and only virtues of the writer: "my manager took on too much" is about someone else. A real flaw said with "too" ("I hired too quickly") is not a virtue, nor is a role ("I am responsible for sign-off"). Caught: a virtue overdone ("too thorough", "I trust my team too much", "I believe in people so much that…"), a virtue as the writer\'s trait ("I am relentless"), the failure named as a virtue ("my failure was loyalty") and devotion past reason ("I never give up on people", "I refuse to accept anything less than excellence", "I took all the blame", "I find it impossible to turn anyone away"), a virtue as manner ("I prepared so thoroughly that…"), devotion as character ("a stickler for detail"), standards above everyone\'s ("I hold my work to a standard the people around me can\'t match", "I always aim higher than anyone") and others unable to keep up ("they weren\'t ready for how fast I delivered"). Also "my own harshest critic", "nobody checks as carefully as I do", "I want everything to be perfect". A trait set beside someone else ("our designer, a self-confessed perfectionist") is theirs; "higher than anyone expected" measures a miss.',
  },
  queries: {
    overdone: { pattern: '#Excess (#Adverb){0,1} #Virtue', needs: [['Excess', 'Virtue']] },
    tooLong: { pattern: '#Virtue (#Preposition|#Possessive|#Noun|#Determiner){0,3} for too long', needs: [['Virtue']] },
    higherStandards: { pattern: '(standards|bar|expectations) (#Copula|#Adverb){0,3} (higher|too high|so high|#Comparative)', needs: [['Standard']] },
    tooMuch: { pattern: '#VirtueVerb (#Determiner|#Possessive|#Noun|#Pronoun|#Adjective|#Preposition){0,3} (too|so) (readily|easily|freely|completely|fully|much|hard|often|many|well|deeply)', needs: [['VirtueVerb', 'Excess']] },
    frame: { pattern: '#Humblebrag+', needs: [['Humblebrag']] },
    // "I'm relentless", "I am so responsive": a virtue as the writer's trait, in a failure story.
    trait: { pattern: 'i am (#Adverb|so|too|very|just|really|extremely|incredibly){0,2} #Virtue', needs: [['Virtue']] },
    // "My failure was loyalty", "my weakness is that I care…": the failure named as a virtue.
    namedVirtue: { pattern: 'my (#Adjective|only|one|real|biggest|greatest|main){0,2} (failure|failing|flaw|weakness|fault|downfall|problem|mistake|shortcoming) (#Auxiliary|#Adverb){0,2} (is|was|been) (that|#Determiner)? (#Pronoun|#Copula|#Adverb|#Noun){0,4} #Virtue', needs: [['Virtue']] },
    // The failure named as a virtuous act: "my only real flaw is that I care deeply about…".
    namedVirtueVerb: { pattern: 'my (#Adjective|only|one|real|biggest|greatest|main){0,2} (failure|failing|flaw|weakness|fault|downfall|problem|mistake|shortcoming) (#Auxiliary|#Adverb){0,2} (is|was|been) that? i (#Adverb|just|simply|really|genuinely){0,2} #VirtueVerb', needs: [['VirtueVerb']] },
    // Standards the writer holds above everyone's: "I held the team's work to a higher standard than anyone else".
    heldTo: { pattern: '(hold|holds|held|holding) (#Determiner|#Possessive|#Noun|#Adjective|#Pronoun){1,4} to (a|an|the)? (#Adjective|#Comparative|#Superlative|impossibly|very|really|extremely)? (#Adjective|#Comparative|#Superlative)? (standard|standards|bar)', needs: [['Standard']] },
    // Beyond everyone else: "I always aim higher than anyone else thinks is possible", "I care more than anybody".
    aboveOthers: { pattern: '(higher|harder|more|further|longer|stricter|tougher|deeper|earlier) (#Adverb|#Noun|#Adjective){0,2} than (anyone|anybody|everyone|everybody|others|most|the rest|my peers|my colleagues|my team)', needs: [['Surpass']] },
    // "I believe in people so much that…", "I cared more about my patients than…".
    muchThat: { pattern: '#VirtueVerb (#Preposition|#Determiner|#Possessive|#Noun|#Pronoun){0,3} (so much|more) (that|than)', needs: [['VirtueVerb']] },
    // Others who cannot keep up with the writer: "a standard the people around me can't match", "weren't ready for how fast I delivered".
    outpaced: { pattern: '#Outpace+', needs: [['Outpace']] },
    // Devotion to quality as a character: "a stickler for detail", "my eye for accuracy wouldn't let me…".
    devotedTo: { pattern: '(stickler|sticklers|fanatic|fanatical|obsessive|obsessed|obsession|purist|zealot|sucker|eye|nose|passion|love|perfectionist) (for|about|with) (#Adjective|#Determiner|#Possessive)? #Quality', needs: [['Quality']] },
  },
  scope: 'sentence',
  kinds: ['failure'],
  check(sentence, context) {
    const alone = ONLY_I_DO_IT_RIGHT.exec(sentence.text);
    if (alone) {
      context.report({ span: { start: sentence.start + alone.index, end: sentence.start + alone.index + alone[0].length }, message: message(alone[0]) });
      return;
    }
    const grammar = context.grammar(sentence);
    if (!grammar || grammar.matches.size === 0) return;
    reportMatches(
      sentence,
      context,
      ['frame', 'overdone', 'tooMuch', 'tooLong', 'higherStandards', 'trait', 'namedVirtue', 'muchThat', 'outpaced', 'devotedTo', 'heldTo', 'aboveOthers', 'namedVirtueVerb'],
      message,
      // The virtue must be the writer's: "my manager took on too much" is no humblebrag.
      (match, query) => {
        // "I am responsible for sign-off" is a role, not a trait.
        if (grammar.terms[match.last]?.word === 'for' && query === 'trait') return false;
        // "My standards for that report were so exacting…": a clause opened by "my" is about the writer.
        const subject = clauseOpensWithMy(grammar.terms, sentence.text, match.first) ? 'self' : subjectBefore(grammar.terms, sentence.text, match.first);
        // Others failing to keep up is the writer's virtue by construction; so is devotion the writer claims.
        // "Our designer, a self-confessed perfectionist, …": the trait belongs to the person it stands beside.
        if (describesOther(grammar.terms, sentence.text, match.first)) return false;
        const writer = /\b(?:I|I['’]m|[Mm]y|me|myself)\b/.test(sentence.text);
        if (query === 'outpaced') return writer;
        if (query === 'devotedTo') return writer && subject !== 'other';
        // "…higher than anyone expected" measures a miss, not a virtue.
        if (query === 'aboveOthers') return subject === 'self' && !/^\s*(?:else\s+)?(?:expected|planned|budgeted|predicted|anticipated|forecast|allowed|estimated)/.test(sentence.text.slice(match.end));
        // Driving others too hard is a failure with a cost to them: "I pushed the team too hard".
        if (query === 'tooMuch' && /^(?:push|pushed|pushing|pushes|drive|drove|driving|drives)$/.test(grammar.terms[match.first].word) && !/^(?:myself|me)$/.test(grammar.terms[match.first + 1]?.word ?? '')) return false;
        if (query === 'heldTo') return subject === 'self' || subject === null && writer;
        // "a plan that was too ambitious" is the plan's flaw; a set phrase ("perfectionist") needs only the writer nearby.
        // "My standards were so exacting…": the writer's own trait, named with "my".
        const ownTrait = query === 'overdone' && subject === null && /^\s*My\b/.test(sentence.text);
        return subject === 'self' || ownTrait || query === 'namedVirtue' || query === 'namedVirtueVerb' || query === 'trait' || ((query === 'frame' || query === 'higherStandards') && subject === null && /\b(?:I|I['’]m|[Mm]y|me|myself)\b/.test(sentence.text));
      },
    );
  },
};

/** Whether the phrase at term `index` is set beside someone else, after a comma: "Our designer, a self-confessed perfectionist". */
function describesOther(terms: readonly GrammarTerm[], text: string, index: number): boolean {
  let start = index;
  while (start > 0 && !/[,;:—–()]/.test(text.slice(terms[start - 1].end, terms[start].start))) start--;
  return start > 0 && /^\s*,/.test(text.slice(terms[start - 1].end, terms[start].start)) && actorOf(terms[start - 1]) === 'other';
}
