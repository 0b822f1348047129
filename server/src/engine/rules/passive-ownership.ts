import type { Rule } from './rule';

// Cheap test on raw text: only sentences with a form of "be"/"get" followed by a participle reach compromise.
const PASSIVE_CANDIDATE = /\b(?:was|were|been|being|is|are|be|got|gets|get)\s+(?:\w+\s+)?\w+(?:ed|en|wn|ne|lt|pt|st|ght|ung|ade|id)\b/i;
const FAULT_VERBS = /^(?:missed|dropped|overlooked|forgotten|ignored|skipped|botched|mishandled|misconfigured|miscommunicated|misunderstood|neglected|underestimated|overrun|blown|lost|broken|deleted)$/i;
// Verbs that are neutral alone but hide a culprit with a fault subject: "mistakes were made", "the bug was introduced".
const CAUSING_VERBS = /^(?:made|introduced|caused|shipped|deployed|released|pushed|merged|approved|left|created|committed)$/i;
const FAULT_SUBJECTS = /\b(?:mistakes?|errors?|bugs?|defects?|regressions?|ball|deadlines?|warnings?|warning signs|red flags|outage|incident)\b/i;
// "was delayed by the vendor" names the actor; "was missed by two weeks" only measures the miss.
const AGENT =
  /^\s+(?:[\p{L}-]+\s+){0,2}by\s+(?![$€£\d]|(?:about|around|nearly|almost|over|under|more|less|roughly|only|just|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|\p{L}+ty|half|several|many|far|miles)\b)/iu;
const FIRST_PERSON_SUBJECT = /\b(?:I|we|my|our)\b/i;

export const passiveOwnership: Rule = {
  id: 'passive-ownership',
  title: 'Passive voice hides who acted',
  guideline: 'Take ownership',
  defaultSeverity: 'warning',
  summary: 'An agentless passive hides who acted on a mistake ("mistakes were made", "the deadline was missed").',
  fixable: false,
  docs: {
    why: '"Mistakes were made" is the classic non-apology: the interviewer hears someone stepping out of the picture. When something went wrong, name who did what — most of all when it was you.',
    weak: 'The warning signs were missed and the deadline was blown.',
    strong: 'I missed the warning signs in the load tests, and we shipped three weeks late.',
    quietWhen: 'Only passives about mistakes are flagged — a fault verb ("missed", "dropped", "overlooked"), or a verb such as "made" or "introduced" with a fault subject ("mistakes were made", "the bug was introduced"); "the bug was fixed" is fine. Passives with an agent ("was delayed by the vendor") or with you as the subject ("I was asked to lead") are fine. compromise finds the passives.',
  },
  check(context) {
    for (const sentence of context.prose.sentences) {
      if (!PASSIVE_CANDIDATE.test(sentence.text)) continue;
      const grammar = context.grammar(sentence);
      if (!grammar) continue;
      for (const passive of grammar.passives) {
        const phrase = sentence.text.slice(passive.start, passive.end);
        const participle = phrase.split(/\s+/).pop() ?? '';
        const clauseStart = Math.max(0, sentence.text.slice(0, passive.start).search(/[^,;:—–]*$/));
        const subject = sentence.text.slice(clauseStart, passive.start);
        const after = sentence.text.slice(passive.end);
        if (AGENT.test(after)) continue;
        if (FIRST_PERSON_SUBJECT.test(subject)) continue;
        if (!FAULT_VERBS.test(participle) && !(CAUSING_VERBS.test(participle) && FAULT_SUBJECTS.test(subject))) continue;
        context.report({
          span: { start: sentence.start + passive.start, end: sentence.start + passive.end },
          message: `"${(subject.trim() + ' ' + phrase).trim()}" hides who acted: say who did it — "I missed…", "we decided…".`,
        });
      }
    }
  },
};
