import { subjectBefore } from './clauses';
import { reportMatches, type Rule } from './rule';

// The writer uncovering someone else's misconduct: "I found that the manager had falsified…".
const REPORTING = /\b(?:I|we)\s+(?:\w+\s+){0,2}?(?:reported|discovered|caught|uncovered|found|investigated|flagged|exposed|detected|prevented|stopped|noticed|spotted|escalated|refused|challenged|declined|pushed back|blew the whistle)\b/i;
// Saying or signing what the writer knew to be false: "outcomes I knew we hadn't achieved".
const KNOWINGLY = /\bI\s+(?:knew|could see|was aware|had been told|realised|realized)\b[^.;]*?(?:\bnot\b|n['’]t\b|\bnever\b|\bnobody\b|\bno one\b|\bfalse\b|\bwrong\b|\binflated\b|\bfake\b|\buntrue\b)/i;
// Altering a record is misconduct when it keeps someone from seeing it, or games a measure.
const HIDING = /\bso (?:that )?(?:\w+\s+){0,3}(?:would|could|stayed|looked|fell|hit|met|showed)\b|\bbefore\b[^.]*\b(?:board|auditors?|audit|regulators?|investors?|clients?|customers?|anyone|finance|review|pack|inspection|investigators?|inspectors?|police|lawyers|went out|saw|could see|asked for|found out)\b|\bso (?:that )?(?:it|they|the \w+|nobody|no one) (?:would )?(?:look|appear|seem|not|never|notice)|\bto (?:make \w+ look|hide|cover|avoid)\b|\bnobody (?:would|could) (?:notice|know|see|tell)|\bwithout (?:telling|anyone|disclosing)|\bquietly\b/i;

const message = (text: string): string => `"${text}" admits misconduct: an interviewer cannot look past it — choose a failure of judgement or planning.`;

export const damagingFailure: Rule = {
  id: 'damaging-failure',
  title: 'Damaging admission',
  guideline: 'Be genuine without being damaging',
  defaultSeverity: 'warning',
  summary: 'A failure story admits the writer\'s own misconduct, concealment or misstatement, even unnamed ("I had the figures adjusted before the board saw them").',
  fixable: false,
  docs: {
    why: 'A failure story should show judgement you have since improved, not character an employer cannot risk. Misconduct — lying, altering numbers, covering up — ends the conversation however well it is told. Pick a failure of judgement, planning or communication instead.',
    weak: 'Kind: failure\nWhen the audit came, I had the test logs tidied up before the auditors saw them.',
    strong: 'Kind: failure\nI committed to an audit date before checking the test backlog, and we had to ask for a two-week extension.',
    quietWhen: 'Only failure stories are checked, and only your own acts: reporting someone else\'s misconduct ("I discovered the vendor had falsified…", "I flagged it to compliance") is not flagged, nor are ordinary edits ("I updated the forecast when the new data came in").',
  },
  queries: {
    misconduct: { pattern: '#Misconduct+', needs: [['Misconduct']] },
    // compromise alternates single terms only, so each order of verb and record is a query of its own.
    tamper: { pattern: '#Tamper (#Particle|#Adverb)? (#Determiner|#Possessive|#Adjective|#Noun){0,3} #Ledger', needs: [['Tamper', 'Ledger']] },
    tampered: { pattern: '#Ledger #Adverb? #Tamper', needs: [['Tamper', 'Ledger']] },
    alter: { pattern: '#Alter (#Particle|#Adverb)? (#Determiner|#Possessive|#Adjective|#Noun){0,3} #Ledger', needs: [['Alter', 'Ledger']] },
    altered: { pattern: '#Ledger #Adverb? #Alter', needs: [['Alter', 'Ledger']] },
  },
  scope: 'sentence',
  kinds: ['failure'],
  check(sentence, context) {
    const grammar = context.grammar(sentence);
    if (!grammar || REPORTING.test(sentence.text)) return;
    if (!/\b(?:I|we)\b/.test(sentence.text)) return;
    const knowingly = KNOWINGLY.exec(sentence.text);
    if (knowingly) {
      context.report({ span: { start: sentence.start + knowingly.index, end: sentence.start + knowingly.index + knowingly[0].length }, message: message(knowingly[0]) });
      return;
    }
    if (grammar.matches.size === 0) return;
    reportMatches(
      sentence,
      context,
      ['misconduct', 'tamper', 'tampered', 'alter', 'altered'],
      message,
      (match, query) => subjectBefore(grammar.terms, sentence.text, match.first) !== 'other' && (!query.startsWith('alter') || HIDING.test(sentence.text)),
    );
  },
};
