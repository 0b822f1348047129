import type { GrammarTerm } from '../text/grammar';
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

// A check or a duty dropped ("the dry run was skipped") or put off too late ("got pushed to the final week").
const DROPPED = new Set([
  'skipped', 'dropped', 'deprioritised', 'deprioritized', 'parked', 'shelved', 'descoped', 'scoped', 'squeezed', 'rushed',
  'cut', 'sidelined', 'forgotten', 'overlooked', 'waived', 'skimped', 'relegated', 'truncated', 'bypassed', 'sacrificed', 'binned',
]);
const PUT_OFF = new Set(['pushed', 'put', 'postponed', 'deferred', 'delayed', 'moved', 'kicked', 'left', 'bumped', 'held', 'pencilled', 'penciled', 'scheduled', 'booked', 'slotted', 'saved']);
const TOO_LATE = /^[^.;]*?\b(?:last|final|eleventh|end of|until after|after (?:go-live|going live|launch|the launch|release|the release|sign-off|cutover|cut-over|the fact)|too late|never)\b/i;

/** Whether a passive ("was muted", "got moved") comes before term `index` in the sentence. */
function passiveBefore(terms: readonly GrammarTerm[], index: number): boolean {
  for (let at = 0; at + 1 < index; at++) {
    if (!/^(?:is|was|were|are|been|being|get|gets|got|gotten)$/.test(terms[at].word)) continue;
    let next = at + 1;
    while (next < index && terms[next].tags.has('Adverb')) next++;
    if (next < index && (terms[next].tags.has('Participle') || terms[next].tags.has('PastTense')) && !terms[next].tags.has('Copula')) return true;
  }
  return false;
}

// A substitution ("in place of", "instead of"), and the words that make it a mix-up of versions.
const SWAP_WORDS = new Set(['in', 'place', 'of', 'instead', 'lieu']);
const VERSIONS = new Set(['draft', 'drafts', 'version', 'versions', 'copy', 'copies', 'old', 'older', 'previous', 'earlier', 'early', 'outdated', 'superseded', 'stale', 'template', 'obsolete', 'expired', 'unsigned', 'unapproved', 'interim', 'provisional', 'preliminary', 'test', 'dummy', 'placeholder', 'sample', 'estimated']);

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
    // A compound participle counts by its last part: "hadn't been restore-tested", "was not double-checked".
    notDone: { pattern: `${BE} #Adverb? (#Negative|never) #Adverb? #Hyphenated? (#Verb|#Adjective)`, needs: [['Negation']] },
    // "had never been written up", "haven't been calibrated since January".
    neverBeen: { pattern: '(#Auxiliary|#Modal|had|has|have) (#Negative|never) #Adverb? (been|be) #Adverb? #Hyphenated? (#Verb|#Adjective)', needs: [['Negation']] },
    // "The alarm was muted at 3 a.m. and not reset": the second passive of a pair, its be-verb left out.
    elided: { pattern: '(and|or|but) #Adverb? (#Negative|never) #Adverb? #Hyphenated? (#Verb|#Adjective)', needs: [['Negation']] },
    // "The impact assessment got pushed to the final week": a check or a duty put off or dropped.
    deferred: { pattern: `#Safeguard (#Adverb|#Preposition|#Determiner|#Noun|#Adjective|#Possessive){0,4} ${BE} (#Adverb){0,2} (${[...DROPPED, ...PUT_OFF].join('|')})`, needs: [['Safeguard']] },
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
      const clause = end < 0 ? rest : rest.slice(0, end);
      // "was circulated in place of the final one" admits a mix-up only about a version of something ("an early draft").
      const swapped = (term: GrammarTerm): boolean => SWAP_WORDS.has(term.word) && !grammar.terms.slice(0, match.last).some((before) => VERSIONS.has(before.word));
      return clause.some((term) => term.tags.has('Mishap') && !swapped(term)) || grammar.terms[match.last - 1]?.tags.has('Mishap') === true;
    };
    // A subject that names the mistake ("the wrong price file got uploaded") also counts.
    const wrongSubject = (match: { first: number }): boolean => grammar.terms.slice(0, match.first).some((term) => term.word === 'wrong');
    reportMatches(
      sentence,
      context,
      ['fault', 'omitted', 'culprit', 'mishap', 'notDone', 'neverBeen', 'shouldHave', 'elided', 'deferred'],
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
        if ((query === 'notDone' || query === 'neverBeen' || query === 'shouldHave' || query === 'elided') && (STATES.has(participle) || !/(?:ed|en|wn|un|ne|lt|pt|nt|ld|id|ught|ght|ut|et|un|ad|st|ck)$/.test(participle))) return false;
        // The be-verb left out: only after a passive of its own in the sentence ("was muted … and not reset"), not "I checked and never heard back".
        if (query === 'elided' && !passiveBefore(grammar.terms, match.first)) return false;
        if (query === 'deferred' && !(DROPPED.has(participle) || (PUT_OFF.has(participle) && TOO_LATE.test(sentence.text.slice(match.end))))) return false;
        // An agent, the writer as the agent anywhere after, or the writer as the one it was given to ("wasn't assigned to me").
        const after = sentence.text.slice(match.end);
        if (AGENT.test(after) || /\bby (?:me|us|myself|ourselves)\b/i.test(after) || /^\s+(?:to|for|with) (?:me|us)\b/i.test(after)) return false;
        // The be-verb of the passive; for "culprit" the fault noun starts the match.
        const beAt = query === 'culprit' || query === 'deferred' ? grammar.terms.findIndex((term, index) => index > match.first && /^(?:is|was|were|are|be|been|being|get|gets|got|gotten|getting)$/.test(term.word)) : match.first;
        const subject = subjectBefore(grammar.terms, sentence.text, beAt < 0 ? match.first : beAt);
        return subject !== 'self' && subject !== 'we';
      },
    );
  },
};
