import { actorOf, predicateSubject } from './clauses';
import { reportMatches, type Rule } from './rule';

// The writer uncovering someone else's misconduct: "I found that the manager had falsified…".
const REPORTING = /\b(?:I|we)\s+(?:\w+\s+){0,2}?(?:reported|discovered|caught|uncovered|found|investigated|flagged|exposed|detected|prevented|stopped|noticed|spotted|escalated|refused|challenged|declined|pushed back|blew the whistle)\b/i;
// Saying or signing what the writer knew to be false: "outcomes I knew we hadn't achieved".
const KNOWINGLY =
  /\bI\s+(?:knew|could see|was aware|had been told|realised|realized)\b[^.;,]*?(?:\bnot\b|n['’]t\b|\bnever\b|\bnobody\b|\bno one\b|\bfalse\b|\bwrong\b|\binflated\b|\bfake\b|\buntrue\b|\b(?:more|less|higher|lower|better|worse|bigger|smaller)(?: \w+)? than (?:the )?(?:real|actual|true)\b)/i;
// Telling someone what the writer knew to be untrue: "I said no, although I knew of two", "I told them it was on a truck when I hadn't…".
const LIED =
  /\bI (?:said|told|assured|promised|answered|replied|claimed|confirmed|reported|wrote)\b[^.;]*?\b(?:although|though|when|while|even though) (?:I|we) (?:knew|had not|hadn['’]t|was not|wasn['’]t|did not|didn['’]t|had never|never)\b/i;
// Altering a record is misconduct when it keeps someone from seeing it, or games a measure.
const HIDING = /\bso (?:that )?(?:[\w'’-]+\s+){0,3}(?:would|could|stayed|looked|fell|hit|met|showed)(?:n['’]t)?\b|\bbefore\b[^.]*\b(?:board|auditors?|audit|regulators?|investors?|clients?|customers?|anyone|finance|review|pack|inspection|investigators?|inspectors?|police|lawyers|went out|saw|could see|asked for|found out)\b|\bso (?:that )?(?:it|they|the \w+|nobody|no one) (?:would )?(?:look|appear|seem|not|never|notice)|\bto (?:make \w+ look|hide|cover|avoid)\b|\bnobody (?:would|could) (?:notice|know|see|tell)|\bwithout (?:telling|anyone|disclosing)|\bquietly\b|\buntil\b[^.]*\b(?:signed|closed|over|done|approved|passed|gone|finished|through)\b/i;

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
    quietWhen: 'Only failure stories are checked, and only your own acts. The rule hears misconduct named or not: records altered so that someone would not see or to game a measure ("I had the stock count adjusted so the report would show no shrinkage", "…so my region would hit its target"), records filled in after the fact, telling someone what you knew was untrue ("I told the customer it had shipped when I hadn\'t ordered it"), expenses, confidences and credit taken. Reporting someone else\'s misconduct ("I discovered the vendor had falsified…", "I flagged it to compliance") is not flagged, nor are ordinary edits ("I updated the forecast when the new data came in") or honest mistakes ("I set the wrong rate and refunded every customer").',
  },
  queries: {
    misconduct: { pattern: '#Misconduct+', needs: [['Misconduct']] },
    // compromise alternates single terms only, so each order of verb and record is a query of its own.
    tamper: { pattern: '#Tamper+ (#Particle|#Adverb)? (#Determiner|#Possessive|#Adjective|#Noun|#Value|of){0,6} #Ledger', needs: [['Tamper', 'Ledger']] },
    tampered: { pattern: '#Ledger #Adverb? #Tamper', needs: [['Tamper', 'Ledger']] },
    alter: { pattern: '#Alter+ (#Particle|#Adverb)? (#Determiner|#Possessive|#Adjective|#Noun|#Value|of){0,6} #Ledger', needs: [['Alter', 'Ledger']] },
    altered: { pattern: '#Ledger (#Noun|#Adverb|to|be|been|#Copula){0,3} #Alter', needs: [['Alter', 'Ledger']] },
    // Altering done to game a measure: "…so the department figures would look stronger", "…to hit our number".
    gamed: { pattern: '(so|to) (#Determiner|#Possessive|#Noun|#Pronoun|#Modal|#Adverb|#Adjective|#Verb|that){0,5} #Gaming+', needs: [['Gaming', 'Alter'], ['Gaming', 'Tamper']] },
  },
  scope: 'sentence',
  kinds: ['failure'],
  check(sentence, context) {
    if (REPORTING.test(sentence.text) || !/\b(?:I|we)\b/.test(sentence.text)) return;
    const knowingly = KNOWINGLY.exec(sentence.text) ?? LIED.exec(sentence.text);
    if (knowingly) {
      context.report({ span: { start: sentence.start + knowingly.index, end: sentence.start + knowingly.index + knowingly[0].length }, message: message(knowingly[0]) });
      return;
    }
    const grammar = context.grammar(sentence);
    if (!grammar || grammar.matches.size === 0) return;
    reportMatches(
      sentence,
      context,
      ['misconduct', 'tamper', 'tampered', 'alter', 'altered', 'gamed'],
      message,
      (match, query) => {
        // The act is the writer's unless the nearest subject is someone else ("the vendor had backdated…").
        // A misconduct word read as a noun ("the junior doctor") names a person or a thing, not an act.
        if (query === 'misconduct' && match.last - match.first === 1 && !grammar.terms[match.first].tags.has('Verb') && !grammar.terms[match.first].tags.has('Adjective')) return false;
        // For a purpose clause, whose act it is is decided at the altering verb before it.
        const act = query === 'gamed' ? grammar.terms.findIndex((term, index) => index < match.first && (term.tags.has('Alter') || term.tags.has('Tamper'))) : match.first;
        if (act < 0) return false;
        const subject = predicateSubject(grammar.terms, sentence.text, act);
        if (subject >= 0 && actorOf(grammar.terms[subject]) === 'other') return false;
        return !query.startsWith('alter') || HIDING.test(sentence.text);
      },
    );
  },
};
