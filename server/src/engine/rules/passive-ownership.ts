import { subjectBefore } from './clauses';
import { reportMatches, type Rule } from './rule';

const BE = '(#Copula|be|been|being|get|gets|got|gotten|getting)';
// "was delayed by the vendor" names the actor; "was missed by two weeks" only measures the miss.
const AGENT =
  /^\s+(?:[\p{L}'’-]+\s+){0,5}by\s+(?![$€£\d]|(?:accident|mistake|error|chance|default|about|around|nearly|almost|over|under|more|less|roughly|only|just|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|\p{L}+ty|half|several|many|far|miles|weeks|days|months|hours)\b)/iu;

// Participles that describe a state, not a deed left undone.
const STATES = new Set([
  'affected', 'needed', 'required', 'surprised', 'impressed', 'involved', 'allowed', 'convinced', 'interested', 'used',
  'expected', 'harmed', 'hurt', 'injured', 'impacted', 'based', 'related', 'meant', 'supposed', 'able', 'aware', 'prepared',
  'sure', 'certain', 'happy', 'pleased', 'satisfied', 'done', 'finished', 'ready', 'enough', 'alone', 'good', 'bad',
  'entitled', 'qualified', 'eligible', 'limited', 'restricted', 'concerned', 'worried', 'bothered', 'fazed', 'tempted',
  'designed', 'intended', 'built', 'structured', 'organised', 'organized', 'set', 'equipped', 'staffed', 'funded', 'paid',
  'invited', 'selected', 'chosen', 'promoted', 'hired', 'accepted', 'considered', 'known', 'seen', 'heard', 'told',
]);

// Adjectives that describe a state: "the caption was wrong" hides no one.
const PLAIN_STATES = new Set(['wrong', 'late', 'early', 'incomplete', 'inaccurate', 'idle', 'overdue', 'missing', 'short', 'bad', 'poor', 'off', 'down', 'out', 'behind', 'outdated', 'superseded']);

const PERCEIVED = new Set(['found', 'seen', 'noticed', 'spotted', 'discovered', 'detected', 'known', 'identified', 'heard', 'reported']);

export const passiveOwnership: Rule = {
  id: 'passive-ownership',
  title: 'Passive voice hides who acted',
  guideline: 'Take ownership',
  defaultSeverity: 'warning',
  summary: 'A passive without an agent hides who acted on a fault or an omitted duty ("mistakes were made", "the risk was never escalated").',
  fixable: false,
  docs: {
    why: '"Mistakes were made" is the classic non-apology: the interviewer hears someone stepping out of the picture. When something went wrong, name who did what — most of all when it was you.',
    weak: 'The warning signs were missed, and the customer was never informed.',
    strong: 'I missed the warning signs in the load tests, and I did not call the customer until the next morning.',
    quietWhen: 'Only passives about a fault ("was missed", "got mislabelled", "was waved through", "was overspent") or an omitted duty ("was not tested", "had never been written up", "should have been checked") are flagged, also when compromise reads the participle as an adjective, and passives that say how it went wrong ("was paid twice", "was signed without anyone reading it", "were left sitting in a queue"); a neutral verb counts with a fault as its subject ("mistakes were made", "the bug was introduced"). Decisions and results ("the decision was made", "the project was cancelled", "the launch was delayed"), passives with an agent ("was delayed by the vendor", "was entered by me") or with you as the one it concerns ("wasn\'t assigned to me", "I was asked to lead") are fine.',
  },
  queries: {
    // Decisions and results ("was cancelled", "was delayed") are not faults: only the Fault class counts.
    fault: { pattern: `${BE} (#Adverb|#Negative){0,2} #Fault+`, needs: [['Fault']] },
    mishap: { pattern: `${BE} (#Adverb){0,2} (#PastTense|#Participle|#Adjective|left|kept)`, needs: [['Mishap']] },
    notDone: { pattern: `${BE} #Adverb? (#Negative|never) #Adverb? (#Verb|#Adjective)`, needs: [['Negation']] },
    // "had never been written up", "haven't been calibrated since January".
    neverBeen: { pattern: '(#Auxiliary|#Modal|had|has|have) (#Negative|never) #Adverb? (been|be) #Adverb? (#Verb|#Adjective)', needs: [['Negation']] },
    // "should have been put to the contractor": a duty the sentence says was left undone.
    shouldHave: { pattern: '(should|ought|must) to? have been #Adverb? (#Verb|#Adjective)', needs: [['Learn']] },
    omitted: { pattern: `${BE} (#Adverb){0,2} (#Negative|never) (#Adverb){0,2} #DutyDone`, needs: [['DutyDone']] },
    culprit: { pattern: `#FaultNoun (#Adverb|#Preposition|#Determiner|#Noun|#Adjective){0,4} ${BE} (#Adverb){0,2} (made|introduced|caused|shipped|deployed|released|pushed|merged|approved|created|committed|dropped|raised|ignored|left)`, needs: [['FaultNoun']] },
  },
  scope: 'sentence',
  check(sentence, context) {
    const grammar = context.grammar(sentence);
    if (!grammar || grammar.matches.size === 0) return;
    // A mishap word after the passive, in its clause ("was paid twice", "got submitted three weeks late").
    const mishapAfter = (match: { last: number }): boolean => {
      const rest = grammar.terms.slice(match.last);
      const end = rest.findIndex((term) => /^(?:and|but|so|because|which|when|while|after)$/.test(term.word));
      return (end < 0 ? rest : rest.slice(0, end)).some((term) => term.tags.has('Mishap')) || grammar.terms[match.last - 1]?.tags.has('Mishap') === true;
    };
    // A subject that names the mistake ("the wrong price file got uploaded") also counts.
    const wrongSubject = (match: { first: number }): boolean => grammar.terms.slice(0, match.first).some((term) => term.word === 'wrong');
    reportMatches(
      sentence,
      context,
      ['fault', 'omitted', 'culprit', 'mishap', 'notDone', 'neverBeen', 'shouldHave'],
      (text) => `"${text}" hides who acted: say who did it — "I missed…", "we decided…".`,
      (match, query) => {
        // "was rushing him", "is missing": a progressive or an adjective, not a passive.
        const participle = grammar.terms[match.last - 1].word;
        if (participle.endsWith('ing')) return false;
        // A passive admits a fault when the clause says how it went wrong ("was paid twice", "was left unanswered").
        // Finding out late is no deed done wrong ("gaps were found too late").
        // "the caption was wrong", "the data set was incomplete": a state described, not a deed hidden.
        if (query === 'mishap' && PLAIN_STATES.has(participle)) return false;
        // "…before any data was exposed": what did not happen hides no one.
        if (/\b(?:before|without|so that|in case)\b[^,;]*$/i.test(sentence.text.slice(0, match.start))) return false;
        if (query === 'mishap' && (PERCEIVED.has(participle) || (!mishapAfter(match) && !wrongSubject(match)))) return false;
        // "was never run", "were not revoked": an omission, unless the participle is a state ("was not affected").
        if ((query === 'notDone' || query === 'neverBeen' || query === 'shouldHave') && (STATES.has(participle) || !/(?:ed|en|wn|un|ne|lt|pt|nt|ld|id|ught|ght|ut|et|un|ad|st|ck)$/.test(participle))) return false;
        // An agent, the writer as the agent anywhere after, or the writer as the one it was given to ("wasn't assigned to me").
        const after = sentence.text.slice(match.end);
        if (AGENT.test(after) || /\bby (?:me|us|myself|ourselves)\b/i.test(after) || /^\s+(?:to|for|with) (?:me|us)\b/i.test(after)) return false;
        // The be-verb of the passive; for "culprit" the fault noun starts the match.
        const beAt = query === 'culprit' ? grammar.terms.findIndex((term, index) => index > match.first && /^(?:is|was|were|are|be|been|being|get|gets|got|gotten|getting)$/.test(term.word)) : match.first;
        const subject = subjectBefore(grammar.terms, sentence.text, beAt < 0 ? match.first : beAt);
        return subject !== 'self' && subject !== 'we';
      },
    );
  },
};
