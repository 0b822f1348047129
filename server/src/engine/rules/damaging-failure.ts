import type { GrammarMatch, GrammarTerm } from '../text/grammar';
import { actorOf, predicateSubject } from './clauses';
import { reportMatches, type Rule } from './rule';

// The writer uncovering someone else's misconduct: "I found that the manager had falsified…".
const REPORTING = /\b(?:I|we)\s+(?:(?!never|not|n['’]t)\w+\s+){0,2}?(?:reported|discovered|caught(?! up)|uncovered|found(?! a way)|investigated|flagged|exposed|detected|prevented|stopped|noticed|spotted|escalated|refused|challenged|declined|pushed back|blew the whistle)\b/gi;
// Where the writer's next clause starts: "We reported the first breach, but I decided…".
const WRITER_CLAUSE = /(?:[,;]\s*|\b(?:and|but|then|so)\s+)(?:I|we)\b/gi;

/** Spans of the sentence that report someone else's act: from a reporting verb to the writer's next clause. */
// What a report of someone else's act goes on with: "that…", "it to compliance", "one of my chargehands", a name.
const REPORTED_OBJECT =
  /^,?\s+(?:(?:out )?that|it|this|them|him|her|how|what|who|someone|somebody|(?:one of |two of )?(?:my|our|the|a|an|another|one|two) (?:\w+ ){0,2}?(?:colleagues?|managers?|supervisors?|boss|directors?|vendors?|suppliers?|contractors?|engineers?|members?|leads?|officers?|agents?|nurses?|doctors?|drivers?|analysts?|reps?|clerks?|buyers?|accountants?|chargehands?|foremen|foreman|workers?|staff|employees?|partners?|firms?|compan(?:y|ies)|teams?|peers?|juniors?|seniors?|joiners?|operators?|technicians?|bidders?)\b|\p{Lu}\p{Ll}+\b)/u;

function reportedSpans(text: string): [number, number][] {
  return [...text.matchAll(REPORTING)].filter((found) => REPORTED_OBJECT.test(text.slice((found.index ?? 0) + found[0].length))).map((found) => {
    const from = (found.index ?? 0) + found[0].length;
    WRITER_CLAUSE.lastIndex = from;
    const next = WRITER_CLAUSE.exec(text);
    return [found.index ?? 0, next ? next.index : text.length];
  });
}
// Saying or signing what the writer knew to be false: "outcomes I knew we hadn't achieved".
const KNOWINGLY =
  /\bI\s+(?:knew|could see|was aware|had been told|realised|realized)\b[^.;,]*?(?:\bnot\b|n['’]t\b|\bnever\b|\bnobody\b|\bno one\b|\bfalse\b|\bwrong\b|\binflated\b|\bfake\b|\buntrue\b|\b(?:more|less|higher|lower|better|worse|bigger|smaller)(?: \w+)? than (?:the )?(?:real|actual|true)\b)/i;
// Telling someone what the writer knew to be untrue: "I said no, although I knew of two", "I told them it was on a truck when I hadn't…".
const LIED =
  /\bI (?:\w+ )?(?:said|told|assured|reassured|promised|answered|replied|claimed|confirmed|reported|wrote|insisted|swore|certified|declared|stated|released|passed|approved|signed off|shipped|served|sold|let (?:\w+ )?through)\b[^.;]*?\b(?:although|though|when|while|even though|despite|knowing|but)(?: that)? (?:(?:nobody|no one|no-one|none of us) (?:had|has|was|were|did|could)|(?:(?:I|we|it|they|he|she)|(?:\w+ ){1,4}?)(?:knew|had not|was only|were only|was just|was actually|was really|was in fact|had been nowhere|hadn['’]t|was not|wasn['’]t|were not|weren['’]t|did not|didn['’]t|had never|never|had yet to|still had|was still|were still|had failed|failed|was out of spec|were out of spec|was contaminated|were contaminated|had expired|was unsafe|were unsafe))\b/i;

// Telling someone it was done when the writer says it was not: "I hadn't done the reconciliation, … and told them it had been signed off".
const TOLD_DONE =
  /\b(?:I|and|then|but) (?:\w+ )?(?:told|assured|reassured|promised|said|confirmed|reported|wrote|claimed|insisted|swore|certified)\b[^.;]{0,40}?\b(?:it|they|this|that|everything|all|the \w+)(?: \w+)? (?:had been|has been|was|were|had|is|are) (?:already |all |fully )?(?:signed off|signed|done|completed|complete|finished|checked|tested|approved|reviewed|reconciled|in place|sent|shipped|live|in production|fixed|resolved|closed|delivered|on track|on time|on schedule)\b/i;
// Not having done the work itself; not having checked someone else's is a lapse, not a lie ("because my team's tracker showed it closed").
const WRITER_HAD_NOT =
  /\b(?:I|we) (?:had not|hadn['’]t|had never|never|did not|didn['’]t|had yet to)(?: even| actually| yet)? (?:done|do|started|start|begun|begin|finished|finish|run|ran|prepared|prepare|completed|complete|made|make|sent|send|built|build|ordered|order|raised|raise|booked|book|written|write|carried out|performed|held|set up)\b/i;
const toldDone = (text: string): RegExpExecArray | null => {
  const told = WRITER_HAD_NOT.test(text) ? TOLD_DONE.exec(text) : null;
  return told && !/^\W*(?:because|since|as) /i.test(text.slice(told.index + told[0].length)) ? told : null;
};

// Why a record was altered. Each is a purpose or a circumstance no honest edit has.
// Kept from someone: "so the area manager wouldn't see it", "so nobody would ask", "to keep finance from noticing".
const CONCEALED: readonly RegExp[] = [
  /\bso (?:that )?(?:[\w'’-]+ ){0,4}?(?:would|could|did|might|will|can|should)(?:n['’]t| not| never)(?: \w+)? (?:see|notice|spot|find|know|learn|catch|realise|realize|ask|question|query|check|look|pick|flag|hear|suspect|read|trace|connect|link|tell|discover|dig|raise|mention|audit|count|open)/i,
  /\bso (?:that )?(?:nobody|no one|no-one|none of (?:them|us)|nothing|neither)\b/i,
  /\b(?:to|and|so as to) (?:keep|stop|prevent)\b[^.;]{0,50}?\b(?:from (?:seeing|noticing|finding|knowing|asking|spotting|learning|reading|hearing|raising|checking|questioning)|finding out|in the dark|out of (?:the|their|his|her) (?:sight|view|reach))/i,
  /\b(?:quietly|secretly|discreetly|covertly|off the books|behind (?:\w+ ){0,2}backs?|under the radar|on the quiet|hush(?:ed)? (?:it|them) up)\b/i,
  /\bwithout (?:anyone|anybody|the \w+|my \w+|them|finance|compliance) (?:\w+ )?(?:knowing|noticing|seeing|finding out|realising|realizing|being told|asking)\b/i,
  /\bto (?:hide|cover|mask|disguise|conceal|bury|paper over|keep (?:it|them|this) (?:quiet|hidden|secret|off)|avoid (?:questions|scrutiny|a finding|an? (?:audit|inquiry|investigation|penalty|fine|breach|review|report)))\b/i,
  // Evidence of the writer's own fault: "the logs that showed my change had caused it".
  /\b(?:that|which) (?:showed|proved|recorded|revealed|would have shown|pointed to|traced (?:it|the \w+) (?:back )?to) (?:my|I|me|we|our)\b/i,
];
const ON_THE_QUIET = /\b(?:quietly|secretly|discreetly|covertly|on the quiet|under the radar)\b/i;
const concealed = (text: string): boolean => CONCEALED.some((pattern) => pattern.test(text));
// Made to come out: "so the department figures would look stronger", "so the bonus would still pay out".
const GAMED = /\bso (?:that )?(?:[\w'’-]+ ){0,4}?(?:would|could|might|will|can)(?:n['’]t| not)?(?: still| not| never| all| just)? (?:look|appear|seem|show|stay|read|fall|come|hit|meet|pass|clear|qualify|count|balance|match|tally|reconcile|land|go|pay|sit|remain|be)\b|\bso (?:that )?(?:[\w'’-]+ ){0,3}(?:stayed|looked|fell|hit|met|showed|passed|cleared|qualified|balanced|matched|tallied|won|topped|edged|came (?:out )?(?:on top|ahead|first|top))\b|\bto (?:make (?:\w+ ){1,3}(?:look|appear|seem))\b/i;
// Any purpose an edit of a record is made for: "so the aircraft could leave on time", "so I could use it to pay salaries".
const PURPOSE = /\bso (?:that )?(?!(?:I|we) (?:could|would)(?:n['’]t| not| never))(?:[\w'’-]+ ){0,3}?(?:would|could|might|stayed|looked|fell|hit|met|showed)(?:n['’]t)?\b(?! (?:easily |quickly |more easily )?(?:see|find|read|understand|follow|compare|review|track|plan|decide|access|spot|act|prepare|respond|learn|trace|audit)\b)|\b(?:in order )?to (?:get|keep|make|hit|avoid|free|release|unlock|push|pull|bring|squeeze|sneak|slip)\b/i;
// Timed so that someone would not see it: "the evening before the auditor visited", "until the deal had closed".
const TIMED =
  /\bbefore (?!I\b|we\b)[^.]*\b(?:board|auditors?|audit|regulators?|investors?|clients?|customers?|anyone|finance|review|pack|inspection|investigators?|inspectors?|police|lawyers|went out|saw|could see|asked for|found out|moderat\w+|deadline)\b|\buntil\b[^.]*\b(?:signed|closed|over|done|approved|passed|gone|finished|through)\b/i;
// A record of what did not happen, or not yet: "as if it were done", "before the customer had signed", "for visits I never made".
const PRETENDED = /\bas (?:if|though) (?:[\w'’-]+ ){1,3}?(?:were|was|had|did|and)\b/i;
const PREMATURE =
  /\bbefore (?!I |we )(?:the |a |an |my |our |his |her |their |any |it |they |he |she |anyone )?(?:(?!I |we )[\w'’-]+ ){0,2}?(?:had|was|were|did|could)(?: \w+)? (?:signed|paid|agreed|arrived|shipped|delivered|happened|done|completed|finished|closed|approved|received|committed|confirmed|ordered|taken|gone|started|begun|run|been)\b/i;
const PHANTOM_OLD = /\b(?:that|which)? ?(?:I|we|anyone|anybody|nobody|no one|they|he|she) (?:had |have |did |was |were )?(?:never|not|n['’]t|nowhere near)(?: even| actually| really| yet)? (?:done|made|worked|carried|taken|run|visited|attended|held|happened|performed|delivered|seen|been|completed|finished|started|checked|tested|read|done|do|make|work|take|run|visit|attend|hold|happen|perform|deliver|see|complete|check|test|incurred|incur|spent|spend|travelled|traveled|driven|drove)\b/i;
// An honest slip is no misconduct: "deleted the logs by mistake", "because I misread the update".
const MISTAKE = /\b(?:by mistake|by accident|accidentally|inadvertently|in error|mistakenly|unintentionally|without realising|without realizing|without noticing|because I (?:misread|misunderstood|misheard|confused|forgot|mixed up|used (?:the wrong|last|an old|an out-of-date))|(?:I|we) (?:had )?(?:misread|misunderstood|misheard|mixed up|miscounted|mistyped|misfiled)|because (?:I|we) (?:counted|treated|assumed|took|read|relied on|trusted|used|followed|copied|misjudged))\b/i;
// Handing over or seeing material early: "before the deadline", "in advance", "so that he could sharpen his price".
const ADVANCE = /\b(?:in advance|beforehand|ahead of (?:time|the \w+|publication|the deadline)|before (?:the |it |they )?(?:deadline|closing date|close|was sat|were sat|sat it|exam|test|assessment|publication|went public|was published|were published|announcement|results)|early sight|early copy|a day early|days early|the day before|(?:taken|took|take|got|get|opened|open|seen|saw|removed|copied|printed) (?:\w+ )?early|from the secure \w+|the live (?:exam|paper|test|assessment|questions))\b|\bso (?:that )?(?:he|she|they|it|the \w+|his \w+|her \w+) (?:could|would|might) (?:sharpen|beat|undercut|win|adjust|lower|match|revise|prepare|know|see|get|use|pass)\b/i;
// Material that was never the writer's to use: "brought from her old job", "a former employer's".
const TAINTED = /\b(?:from (?:her|his|their|my|a|the) (?:old|previous|former|last) (?:job|employer|firm|company|role)|(?:previous|former) employer|leaked|stolen|without (?:permission|authorisation|authorization|asking)|not (?:meant|supposed) (?:for|to)|to (?:pitch|help|win|sell to|brief|advise|woo) (?:their|a|the|our client['’]s|its) (?:\w+ )?(?:competitors?|rivals?)|(?:at|in|for) my (?:new|next|own) (?:job|role|employer|company|business|firm))\b/i;
// A record made to show what suits: "so it showed 9%", "so it sat inside the window", "so the distribution would look natural".
const SHOWN =
  /\bso (?:that )?(?:it|they|this|these|those|the \w+(?: \w+)?|our \w+|my \w+) (?:would |could |might |will )?(?:still )?(?:show|showed|shows|sat|sit|sits|fell|fall|falls|read|reads|came in|come in|stayed|stay|landed|land|appeared|appear|matched|match|looked|look|passed|pass|cleared|clear) (?:\w+ )?(?:inside|within|under|below|above|as|like|green|amber|clean|complete|on target|on track|in line|\d|[£$€])/i;
const FAKED = /\b(?:so|to make) (?:that )?(?:[\w'’-]+ ){0,4}?(?:would |could |might )?(?:look|looked|appear|appeared|seem|seemed|read|pass|passed) (?:more |as )?(?:natural|real|genuine|authentic|legitimate|plausible|convincing|believable|credible|organic|untouched|random|original)\b/i;
// Shown as what it is not: "clicked through a mock-up as if it were the real product".
const PASSED_OFF = /\b(?:show|showed|shown|present|presented|demo|demoed|demonstrated|clicked|walked|passed|sold|described|pitched|submitted|sent|handed|labelled|labeled|marketed|played|ran)\b[^.;]{0,60}\bas (?:if|though) (?:it|they|this|that|the \w+|\w+) (?:were|was|had been) (?:the |a |an |already |fully )?(?:real|live|genuine|actual|finished|working|complete|completed|done|mine|my own|ours|our own|original|in production|signed|approved|tested|checked|true|accurate|verified)\b/i;
// Reported one way while the writer's own record said another: "kept it amber in the pack while my own tracker showed it red".
const TWO_BOOKS =
  /\b(?:kept|left|reported|marked|showed|rated|held|called|put|told)\b[^.;]{0,60}\b(?:green|amber|on track|on target|on schedule|complete|done|fine)\b[^.;]{0,40}\b(?:while|when|although|though|even though|despite)\b[^.;]{0,50}\b(?:red|amber|late|behind|slipping|failing|off track|incomplete)\b|\bwhile (?:my own|the real|the actual|our own|our internal|my internal|the internal|my private) \w+(?: \w+)? (?:showed|said|had|was|were|read|put)\b/i;
// Tested into compliance, or only the good results kept: "re-ran it until one run passed", "put only the passing result in".
const CHERRY_PICKED =
  /\b(?:re-?ran|re-?run|re-?tested|re-?sampled|re-?did|ran (?:it|them|the \w+) again)\b[^.;]{0,50}?\buntil (?:one|it|they|we|I|a \w+|the \w+)(?: \w+)? (?:passed|came back (?:clean|negative|within|in range)|was within|fell within|met|gave|(?:got|had|saw|found) (?:a |one |the )?(?:\w+ )?(?:pass|result|reading|number|sample|score|run)s? (?:inside|within|under|below|above|in range|in spec|we wanted|I wanted|we needed|I needed|that passed))\b|\b(?:put|included|reported|kept|showed|submitted|presented|filed|sent|used|shared|published|recorded|logged|entered)\b (?:\w+ )?only (?:the )?(?:\w+ )?(?:passing|good|best|favourable|favorable|positive|clean|successful|flattering|better|strongest|winning|green)\b/i;
// Others told to keep quiet: "I told the leads not to mention it", "I asked her to keep it between us".
const SILENCED =
  /\bI (?:\w+ )?(?:told|asked|instructed|got|persuaded|pressured|warned|made|had|begged|urged)\b[^.;]{0,40}?\b(?:not to|never to|to never) (?:\w+ )?(?:mention|tell|raise|report|flag|log|record|escalate|say|share|disclose|discuss|inform|notify|talk|speak|write|put)\b|\bto keep (?:it|this|that|quiet|the \w+) (?:quiet|to themselves|between us|off the record)\b/i;
// Left believing what the writer knew was not so: "I let them go on believing it was clean", "gave them the impression".
const LEFT_BELIEVING =
  /\bI (?:\w+ )?(?:let|allowed|left)\s+(?:\w+\s+){1,3}?(?:go on |carry on |keep |continue (?:to )?)?(?:believ\w*|assum\w*|thinking|think (?:it|that|I|we|they|he|she|the|this)\b(?! over| through| about))|\bI (?:\w+ )?(?:gave|give|left) (?:\w+ ){1,3}?the (?:impression|idea)\b/i;
// Humiliation in front of others: a public audience for a put-down.
const PUBLICLY = /\b(?:in front of|publicly|in public|for everyone to see|on the (?:team|group|whole) \w+|at the (?:\w+ )?(?:meeting|review|stand-?up|briefing|all-hands|huddle|meetings|reviews|briefings)|on reply-all|on the call|across the (?:office|floor))\b/i;
// Something in return for the writer's favour: "steered the scoring toward them".
const FAVOURED = /\b(?:toward|towards|in favou?r of|to favou?r)\s+(?:them|him|her|one (?:of the )?\w+|the \w+ (?:bidder|supplier|vendor|firm|company|candidate|applicant)|my \w+|their|his|her)\b/i;

// Company money or kit put to private use: "the firm's fuel card for my partner's car", "took two laptops home and sold them".
const PRIVATE_USE =
  /\b(?:company|corporate|business|work|firm['’]s|firm|office|client['’]s|charity['’]s|school['’]s|council['’]s|trust['’]s)\s+(?:credit |fuel |purchase |expense )?(?:card|account|car|van|vehicle|budget|money|funds|petty cash|laptop|phone|equipment|stock|materials|tools)\b[^.;]{0,60}\b(?:personal|private|my own|my (?:partner|wife|husband|family|friend|son|daughter|kids|children|mate|brother|sister|mum|dad|mother|father)['’]?s?|for myself|a holiday|a weekend away|at home|side business|side project)\b|\b(?:took|take|taken)\s+(?:\w+\s+){0,4}?home\b[^.;]{0,40}\b(?:sold|kept|used|gave)\b|\bkept (?:the )?(?:cash|money|refund|difference|change|tips|takings|proceeds|deposit|float)\b/i;
// A relative or friend given the job, the contract or the work, undeclared.
const FAVOURED_KIN =
  /\b(?:hired|appointed|recruited|promoted|gave|awarded|steered|passed|sent|placed|signed|shortlisted|picked|chose)\b[^.;]{0,50}\b(?:my|a|an) (?:own |old |close )?(?:nephew|niece|son|daughter|brother|sister|cousin|wife|husband|partner|girlfriend|boyfriend|friend|brother-in-law|sister-in-law|in-laws?|relative|mate|best friend|flatmate|housemate|family friend|godson|goddaughter)(?:['’]s)?\b[^.;]*\b(?:without (?:declaring|disclosing|telling|mentioning)|never (?:declared|disclosed|told|mentioned)|didn['’]t (?:declare|disclose|tell|mention)|did not (?:declare|disclose|tell|mention)|over (?:a |the )?(?:better|cheaper|stronger|higher)|quietly)\b|\b(?:without|never|didn['’]t|did not|not to|failed to)\s+(?:declar|disclos)\w*\s+(?:the |my |our |a |any |that )?(?:\w+ )?(?:link|relationship|interest|conflict|connection|shareholding|stake|friendship|family tie|ties|directorship|gift|hospitality|we were related|he was my|she was my)\b/i;
// Safety defeated to keep going: "switched off the interlock so we could keep running", "propped the fire door open".
const SAFETY_DEFEATED =
  /\b(?:tests?|checks?|alerts?|alarms?|controls?|gates?|scans?)\b[^.;]{0,30}\b(?:were|was|kept) (?:failing|firing|flagging|blocking|tripping)\b[^.;]{0,20}\bso (?:I|we) (?:disabled|skipped|switched off|turned off|commented out|muted|silenced|bypassed|removed|deleted|ignored)\b|\b(?:disabled|bypassed|overrode|overridden|switched off|turned off|taped over|tied back|wedged|propped|removed|silenced|muted|jumpered|bridged|unplugged)\b (?:(?:the|a|an|its|our|my) )?(?:\w+['’]s )?(?:\w+ ){0,2}?(?:safety|alarms?|interlocks?|guards?|lockouts?|sensors?|smoke detectors?|detectors?|fire doors?|fire exits?|warnings?|limiters?|cut-?outs?|trips?|e-?stops?|emergency stops?|light curtains?|checks?|tests?|scans?|gates?|controls?)\b[^.;]*?\b(?:so (?:that )?(?:we|I|the \w+|it|they) (?:could|would|can)|to (?:keep|hit|make|get|avoid|save|speed|meet)|because (?:it|they) (?:slowed|kept|got in|tripped|held))/i;
// Looking where the writer had no business: "looked up my ex-partner's address in the patient system".
const SNOOPED =
  /\b(?:looked up|accessed|opened|searched|browsed|checked|pulled up|read|went through|looked through|looked at)\b[^.;]{0,50}\b(?:out of curiosity|for (?:my own|personal) (?:reasons|use|interest)|(?:my|a) (?:ex|ex-partner|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|neighbour|neighbor|friend|celebrity|famous)\S*['’]s? (?:address|record|records|file|files|account|details|history|notes|results|emails?|messages?|salary|phone number))\b/i;
// Dealing on what the writer knew first: "bought shares in the client the week before the takeover was announced".
const INSIDER =
  /\b(?:bought|sold|traded|dumped|offloaded|tipped (?:\w+ )?off)\b[^.;]{0,40}\b(?:shares|stock|options|units|bonds)\b[^.;]{0,60}\b(?:before|ahead of)\b[^.;]{0,40}\b(?:announce\w*|results|takeover|deal|merger|acquisition|went public|news|profit warning)\b/i;
// Someone else's name or login: "signed my manager's name", "logged in with a colleague's password".
const POSED_AS =
  /\bsigned (?:(?:his|her|their|my \w+['’]s|the \w+['’]s|\w+['’]s) )(?:name|signature|initials)\b|\b(?:logg|sign)\w* (?:in|on)\s+(?:with|as|using)\s+(?:\w+\s+)?(?:his|her|their|\w+['’]s)\s+(?:\w+\s+)?(?:password|login|credentials|account|details|card|smartcard|badge)\b|\busing (?:his|her|their|a colleague['’]s|\w+['’]s) (?:password|login|credentials|smartcard|badge)\b|\b(?:posing as|pretending to be|under (?:a |an )?(?:fake|false|made-up|assumed|invented|different|other people['’]s)\s+(?:\w+\s+)?(?:names?|accounts?|identit\w+|emails?|profiles?)|(?:fake|made-up|invented|sock-?puppet)\s+(?:\w+\s+)?(?:reviews?|accounts?|profiles?|testimonials?|customers?|references?))\b/i;
// A decision made on who someone is: "turned the candidate down because she mentioned she was pregnant".
const DISCRIMINATED =
  /\b(?:turned (?:\w+ ){0,2}down|rejected|didn['’]t (?:hire|promote|shortlist|pick)|did not (?:hire|promote|shortlist|pick)|passed (?:\w+ )?over|screened (?:\w+ )?out|excluded|let (?:\w+ )?go|fired|dismissed|demoted|marked (?:\w+ ){0,2}down|scored (?:\w+ ){0,2}lower|put (?:\w+ ){0,2}on nights|moved (?:\w+ ){0,2}off)\b[^.;]{0,40}\b(?:because|as|since|once|after)\s+(?:of\s+)?(?:she|he|they|her|his|their)\b[^.;]{0,40}\b(?:pregnan\w*|age|too old|older|accent|race|religio\w*|faith|disab\w*|gender|sexuality|gay|lesbian|trans|muslim|jewish|foreign|nationality|maternity|childcare|children|kids|caring|headscarf|hijab|turban|wheelchair|illness|sick leave|union)\b/i;
// Punishing someone for speaking up: "after he raised concerns about the rota, I moved him onto nights".
const RETALIATED =
  /\b(?:after|because|once|when|since)\s+(?:he|she|they|the \w+)\s+(?:had\s+)?(?:complained|raised|reported|blew the whistle|spoke up|filed|went to|objected|questioned|challenged|refused)\b[^.;]*\b(?:I|we)\s+(?:\w+\s+)?(?:moved|removed|dropped|sidelined|excluded|fired|sacked|let (?:\w+ )?go|dismissed|demoted|passed (?:\w+ )?over|stopped|cut|froze|gave (?:him|her|them) (?:the )?(?:worst|fewer|no|less))\b(?![^.;]*\bat (?:his|her|their) (?:own )?request)/i;
// Choosing to keep what someone had a right to know: "decided not to mention the contamination to the customer".
const KEPT_BACK =
  /\b(?:decided|chose|agreed|opted|promised|arranged)\s+not\s+to\s+(?:\w+\s+)?(?:mention|tell|report|escalate|raise|log|record|disclose|declare|flag|notify|inform|share|register)\b(?![^.;]*\bbecause (?:I|we) (?:thought|believed|assumed|wanted|could))/i;
// Competitors agreeing prices or bids among themselves.
const COLLUDED = /\bagreed with (?:\w+ ){0,4}?(?:competitors?|rivals?|suppliers|bidders|firms|agencies|contractors)\b[^.;]{0,40}\b(?:to|not to)\s+(?:hold|keep|fix|set|raise|match|split|divide|share|bid|undercut|avoid|carve)\b/i;
// A record moved across a period end: "re-dated into the following month", "booked into this year".
const PERIOD_SHIFT = /\binto (?:the )?(?:next|following|new|last|previous|prior|this|that) (?:month|quarter|year|period|financial year|fiscal year|reporting period|half)\b|\b(?:into|in) (?:this|last|next) year['’]s (?:revenue|figures|numbers|accounts|results|budget)\b/i;
// Private spending charged to work: "charged my gym membership to the project's budget".
const PRIVATE_CHARGED =
  /\b(?:charged|put|billed|expensed|coded|booked|claimed|ran|passed)\s+(?:my|our|a|the)\s+(?:\w+\s+){0,2}?(?:gym|membership|holiday|wedding|groceries|shopping|personal|private|family|partner['’]s|wife['’]s|husband['’]s|kids['’]?|children['’]s|home|flat|rent|mortgage|school fees|birthday|christmas|hen|stag)\b[^.;]{0,50}\b(?:to|through|on|against|as)\s+(?:the |our |my |a )?(?:\w+['’]s )?(?:\w+ )?(?:budget|account|card|expenses|cost cent(?:re|er)|project|client|company|firm|business)\b/i;
// One piece of work billed twice: "billed two clients for the same afternoon".
const DOUBLE_BILLED = /\b(?:billed|charged|invoiced|claimed|expensed)\b[^.;]{0,50}\b(?:two|both|three|multiple|several|each of)\b[^.;]{0,50}\bfor the same\b|\b(?:billed|charged|invoiced|claimed|expensed)\b[^.;]{0,40}\btwice\b/i;
// Someone else's work under the writer's name, or the writer's fault on someone else.
const CREDIT_TAKEN =
  /\b(?:copied|lifted|took|reused|borrowed|repackaged|rebadged|rewrote)\b[^.;]{0,50}\b(?:and|then) (?:put|stuck|signed) my (?:own )?name (?:on|to)\b|\bput my (?:own )?name on (?:\w+['’]s|(?:his|her|their) )|\blet (?:\w+ ){1,3}?(?:take|carry|shoulder) (?:the )?(?:blame|fall|can|rap)\b|\b(?:blamed|pinned it on|pinned the \w+ on) (?:\w+ ){1,3}?for my\b/i;
// Two versions of the numbers for two audiences.
const TWO_SETS = /\btwo (?:sets|versions) of (?:the )?(?:figures|books|accounts|numbers|spreadsheets|ledgers|forecasts|reports|minutes|records)\b/i;

// Records whose content is a check: signing one vouches that the check was made.
const CHECK_RECORD = /\b(?:inspections?|checks?|checklists?|observations?|logs?|logbooks?|safety|maintenance|walk-?rounds?|rounds|audits?|visits?|drills?|calibrations?|readings?|tests?|test results?|patrols?|sweeps?)\b/i;
// Words that open a clause about someone else: a match after them is judged by that clause's subject.
const CAUSATIVES = new Set(['had', 'have', 'has', 'got', 'get', 'asked', 'told', 'instructed', 'made', 'let', 'pressured', 'pushed', 'persuaded', 'leaned', 'directed', 'encouraged', 'allowed', 'needed', 'wanted', 'paid']);

const message = (text: string): string => `"${text}" admits misconduct: an interviewer cannot look past it — choose a failure of judgement or planning.`;

/** A passive with its doer named: "re-dated by the system migration", "adjusted by the vendor". */
function doneByOther(terms: readonly GrammarTerm[], index: number): boolean {
  for (let at = index + 1; at < terms.length && at < index + 6; at++) {
    if (terms[at].word !== 'by') continue;
    const next = terms[at + 1]?.word ?? '';
    return !/^(?:me|myself|us|mistake|accident|hand|then|now|far|email|phone|post|default|design|the (?:end|time))$/.test(next);
  }
  return false;
}

const BE = new Set(['be', 'been', 'being', 'is', 'was', 'were', 'are', 'get', 'got']);

/**
 * Whether the act at term `index` sits in a "that" clause with a subject of its own that is not
 * the writer: "I didn't notice that one panel member had accepted…", "she told me that a joiner
 * kept commenting…". A passive ("…that the figures be adjusted") names no doer.
 */
function thatClauseOfOther(terms: readonly GrammarTerm[], index: number): boolean {
  let start = index - 1;
  // "that" opens a clause after a verb or its object ("noticed that", "told me that"), not in "of that aisle".
  const opens = (at: number): boolean => terms[at].word === 'that' && (!terms[at].tags.has('Determiner') || (at > 0 && (terms[at - 1].tags.has('Verb') || terms[at - 1].tags.has('Pronoun'))));
  while (start >= 0 && !opens(start)) start--;
  if (start < 0 || BE.has(terms[index - 1]?.word ?? '')) return false;
  const between = terms.slice(start + 1, index);
  return between.some((term) => term.tags.has('Noun') && !term.tags.has('Pronoun')) && !between.some((term) => term.word === 'i' || term.word === 'we');
}

/**
 * Whether the act at term `index` is the writer's: its subject is the writer or no one named, or
 * someone the writer had do it ("I had my analyst leave…", "I got a junior to sign…").
 */
function writersAct(terms: readonly GrammarTerm[], text: string, index: number): boolean {
  const subject = predicateSubject(terms, text, index);
  if (subject < 0) return !thatClauseOfOther(terms, index) && !doneByOther(terms, index);
  if (actorOf(terms[subject]) !== 'other') return true;
  // "I asked my two shift leads to…": the causative verb before the subject's noun phrase.
  let causative = subject - 1;
  while (causative >= 0 && !CAUSATIVES.has(terms[causative].word) && ['Determiner', 'Possessive', 'Adjective', 'Value', 'Noun'].some((tag) => terms[causative].tags.has(tag)) && !terms[causative].tags.has('Pronoun')) causative--;
  if (causative < 0 || !CAUSATIVES.has(terms[causative].word)) return false;
  const causer = predicateSubject(terms, text, causative);
  return causer >= 0 && actorOf(terms[causer]) !== 'other';
}

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
    quietWhen: 'Only failure stories are checked, and only your own acts (or acts you had someone do). The rule hears misconduct named or not: a record altered, written up or cleared away so that someone would not see it or to game a measure ("I had the stock count adjusted so the report would show no shrinkage", "…so my region would hit its target"), a record of what did not happen or not yet ("claims for visits I never made", "booked the order before the customer had signed", "as if it were done"), an inspection signed without doing it, telling someone what you knew was untrue ("I told the customer it had shipped when I hadn\'t ordered it"), confidential material passed to a friend or seen in advance, remarks about a colleague\'s appearance or put-downs in front of others, expenses and company property put to private use, work given to a relative undeclared, safety devices defeated to keep going, someone else\'s login or name used, decisions made on who someone is, reprisals for speaking up, records destroyed or kept off the log, results cherry-picked, gifts from bidders, confidences and credit taken. Reporting someone else\'s misconduct ("I discovered the vendor had falsified…", "I flagged it to compliance") is not flagged, nor are ordinary edits ("I updated the forecast when the new data came in") or honest mistakes ("I deleted the logs by mistake", "I set the wrong rate and refunded every customer").',
  },
  queries: {
    misconduct: { pattern: '#Misconduct+', needs: [['Misconduct']] },
    // compromise alternates single terms only, so each order of verb and record is a query of its own.
    tamper: { pattern: '#Tamper+ (#Particle|#Adverb)? (#Determiner|#Possessive|#Adjective|#Noun|#Value|of){0,6} #Ledger', needs: [['Tamper', 'Ledger']] },
    tampered: { pattern: '#Ledger #Adverb? #Tamper', needs: [['Tamper', 'Ledger']] },
    alter: { pattern: '#Alter+ (#Particle|#Adverb)? (#Determiner|#Possessive|#Adjective|#Noun|#Value|of|as){0,6} #Ledger', needs: [['Alter', 'Ledger']] },
    // A record of what never happened: "claims for visits I never made", "call-backs for customers I never phoned".
    phantom: { pattern: '#Alter+', needs: [['Alter', 'Negation']] },
    altered: { pattern: '#Ledger (#Noun|#Adverb|to|be|been|#Copula){0,3} #Alter', needs: [['Alter', 'Ledger']] },
    // Altering done to game a measure: "…so the department figures would look stronger", "…to hit our number".
    gamed: { pattern: '(so|to) (#Determiner|#Possessive|#Noun|#Pronoun|#Modal|#Adverb|#Adjective|#Verb|that){0,5} #Gaming+', needs: [['Gaming', 'Alter'], ['Gaming', 'Tamper']] },
    // Any record act kept from someone: "I wrote the fall up as a slip so the area manager wouldn't see it".
    concealed: { pattern: '(#Alter|#Tamper)', needs: [['Alter', 'Concealment'], ['Tamper', 'Concealment'], ['Alter', 'Gaming'], ['Alter', 'Purpose']] },
    // Vouching for a check never made: "I signed the inspection sheets without going up to look".
    // The check itself is the record ("inspection sheets", "the hourly observations"): a signature without it is false.
    unchecked: { pattern: 'without (ever|actually|even|first|really|once|properly|physically)? #Verify', needs: [['Alter', 'Ledger', 'Verify']] },
    // A leak: confidential material handed over, or to a friend or rival.
    disclosed: { pattern: '#Disclose+', needs: [['Disclose', 'Confidential'], ['Disclose', 'Outsider']] },
    // Material taken or seen that was not the writer's to have: "a competitor's deck brought from her old job", "the paper in advance".
    acquired: { pattern: '#Acquire+', needs: [['Acquire', 'Confidential']] },
    // A record or a fact kept off the books: "asked my shift leads to keep it off the site log", "left the transfer out of the accounts".
    keptOff: { pattern: '(keep|kept|keeping|keeps|leave|left|leaving|leaves) (#Pronoun|#Determiner|#Adjective|#Noun|#Possessive|#Value|#Verb){1,5} (off|out of) (#Determiner|#Possessive)? (#Adjective|#Noun){0,2} #Ledger', needs: [['Ledger']] },
    // Records sent to be destroyed: "fed every invoice I couldn't match into the office shredder".
    destroyed: { pattern: '(feed|fed|feeding|put|putting|threw|throw|throwing|tossed|dumped|sent|binned|burned|burnt) (#Determiner|#Adjective|#Noun|#Value|#Pronoun|#Verb|#Negative|#Modal|#Possessive|#Adverb){0,9} (into|in|through|to) (the|a|our|my)? (#Noun|#Adjective){0,2} (shredder|shredders|shredding|bin|bins|skip|incinerator|fire|furnace|recycling|waste)', needs: [['Ledger']] },
    // A gift from someone the writer decides on: "accepted a week at a lake house from one of the bidders".
    gifted: { pattern: '(accept|accepted|accepting|accepts|take|took|taken|taking|receive|received|receiving|enjoy|enjoyed|let) (#Determiner|#Adjective|#Noun|#Value|#Preposition|#Possessive){0,7} from (#Determiner|#Adjective|#Value|one|of|#Possessive){0,4} #Dependent', needs: [['Gift', 'Dependent']] },
    // A put-down by the writer, in front of others or of a person: "mock their forecast in front of the whole floor".
    belittled: { pattern: '#Belittle+', needs: [['Belittle']] },
    // Remarks about a colleague's body or identity.
    remarked: { pattern: '#Remark (#Adverb|#Preposition|#Possessive|#Determiner|#Adjective|#Noun|#Value|#Pronoun){0,5} #Appearance', needs: [['Remark', 'Appearance']] },
  },
  scope: 'sentence',
  kinds: ['failure'],
  check(sentence, context) {
    const text = sentence.text;
    if (!/\b(?:I|we)\b|\b(?:on|at|under) my (?:instruction|request|say-so|direction|orders?)\b/i.test(text)) return;
    // The writer reporting someone else's misconduct: what follows the reporting verb is not the writer's act.
    const reported = reportedSpans(text);
    const inReport = (at: number): boolean => reported.some(([from, to]) => at >= from && at < to);
    const knowingly = KNOWINGLY.exec(text) ?? LIED.exec(text) ?? madeSureNever(text) ?? toldDone(text) ?? firstOf(text, [DOUBLE_BILLED, CREDIT_TAKEN, FAKED, PASSED_OFF, TWO_BOOKS, TWO_SETS, CHERRY_PICKED, SILENCED, LEFT_BELIEVING, PRIVATE_USE, PRIVATE_CHARGED, FAVOURED_KIN, SAFETY_DEFEATED, SNOOPED, INSIDER, POSED_AS, DISCRIMINATED, RETALIATED, KEPT_BACK, COLLUDED]);
    if (knowingly && !inReport(knowingly.index) && !MISTAKE.test(text)) {
      context.report({ span: { start: sentence.start + knowingly.index, end: sentence.start + knowingly.index + knowingly[0].length }, message: message(knowingly[0]) });
      return;
    }
    const grammar = context.grammar(sentence);
    if (!grammar || grammar.matches.size === 0) return;
    const { terms } = grammar;
    const honest = MISTAKE.test(text);
    // One finding a sentence: the frames overlap in what they hear.
    let found = false;
    const has = (tag: string, from = 0, to = terms.length): boolean => terms.slice(from, to).some((term) => term.tags.has(tag));
    reportMatches(
      sentence,
      context,
      ['misconduct', 'tamper', 'tampered', 'unchecked', 'remarked', 'belittled', 'gifted', 'keptOff', 'destroyed', 'disclosed', 'acquired', 'alter', 'altered', 'phantom', 'gamed', 'concealed'],
      message,
      (match, query) => !found && (found = admits(match, query)),
    );

    function admits(match: GrammarMatch, query: string): boolean {
        if (inReport(match.start)) return false;
        // A misconduct word read as a noun ("the junior doctor") names a person or a thing, not an act.
        if (query === 'misconduct' && match.last - match.first === 1 && !terms[match.first].tags.has('Verb') && !terms[match.first].tags.has('Adjective')) return false;
        // For a purpose clause, whose act it is is decided at the altering verb before it.
        const act =
          query === 'gamed' || query === 'unchecked'
            ? terms.findIndex((term, index) => index < match.first && (term.tags.has('Alter') || term.tags.has('Tamper')))
            : query === 'altered' || query === 'tampered'
              ? match.last - 1
              : match.first;
        if (act < 0 || !writersAct(terms, text, act)) return false;
        const after = text.slice(match.start);
        switch (query) {
          case 'misconduct':
          case 'tamper':
          case 'tampered':
          case 'gifted':
            return !honest;
          case 'keptOff':
            // "kept it off the log" is deliberate; "left the valve off the list" may be a slip unless it has a reason or an audience.
            return !honest && (/^(?:keep|kept)/.test(terms[match.first].word) || concealed(text) || PURPOSE.test(after) || TIMED.test(text) || GAMED.test(text) || terms.slice(match.first).some((term) => term.tags.has('Concealment')));
          case 'destroyed':
            // Records destroyed with an audience coming, or the ones the writer could not account for.
            return !honest && has('Ledger', match.first, match.last) && (TIMED.test(text) || concealed(text) || PURPOSE.test(after) || /\b(?:I|we) (?:could not|couldn['’]t|can['’]t|cannot|did not|didn['’]t) (?:match|explain|account for|reconcile|justify|support)\b/i.test(text));
          case 'belittled':
            // "mocked up a prototype" builds something; a put-down needs a person or an audience.
            return terms[match.first].tags.has('Verb') && terms[match.last]?.word !== 'up' && (PUBLICLY.test(text) || terms.slice(match.last, match.last + 3).some((term) => actorOf(term) !== null || /^(?:him|her|them|whoever|anyone|people)$/.test(term.word)));
          case 'remarked':
            // "another team leader's comments": someone else's remarks; "our product's weight" is no person's.
            return !terms.slice(Math.max(0, match.first - 3), match.first).some((term) => term.tags.has('Possessive') && !/^(?:my|our)$/.test(term.word)) && aboutAPerson(terms, match.last - 1);
          case 'unchecked':
            return !honest && CHECK_RECORD.test(text.slice(terms[act].start, match.start));
          case 'disclosed': {
            // Two of: confidential material, an outsider receiving it, early sight or a favour.
            const signs = [has('Confidential', match.first), has('Outsider', match.first), ADVANCE.test(after)].filter(Boolean).length;
            return !honest && signs >= 2;
          }
          case 'acquired':
            return !honest && has('Confidential') && (ADVANCE.test(text) || TAINTED.test(text));
          case 'concealed':
            // Hidden, made to show what suits, or done on the quiet: "so it sat inside the window", "quietly".
            return !honest && terms[act].tags.has('Verb') && (concealed(after) || PERIOD_SHIFT.test(after) || SHOWN.test(after) || FAVOURED.test(after) || ON_THE_QUIET.test(text) || GAMED.test(after) && terms.some((term) => term.tags.has('Gaming')));
          case 'gamed':
            return !honest;
          case 'phantom':
            // A plural noun compromise reads as a present-tense verb ("received invoices they could not reconcile") is no act.
            return !honest && ['PastTense', 'Infinitive', 'Gerund', 'Participle'].some((tag) => terms[act].tags.has(tag)) && recordsWhatNeverHappened(terms, text, act);
          default:
            // An altered record: hidden, made for a purpose, timed, pretended, premature or of what never happened.
            if (!terms[act].tags.has('Verb')) return false;
            return !honest && (concealed(text) || PURPOSE.test(after) || GAMED.test(text) || TIMED.test(text) || PRETENDED.test(after) || PREMATURE.test(after) || PHANTOM_OLD.test(after) || SHOWN.test(after) || FAVOURED.test(after) || PERIOD_SHIFT.test(after));
        }
    }
  },
};

/** "I made sure the complaint never reached the regulator": a record kept from someone, by the writer. */
function madeSureNever(text: string): RegExpExecArray | null {
  return /\bI (?:\w+ )?(?:made sure|ensured|saw to it)\b[^.;]{0,80}?\b(?:never|not|n['’]t|didn['’]t|did not|wouldn['’]t|would not)\b(?: \w+)? (?:reach|reached|got|get|go|went|come|came|see|saw|find|found|make|made|appear|appeared|show|showed|surface|surfaced|left|leave|appeared)\b/i.exec(text);
}

const RELATIVE = new Set(['that', 'which', 'who', 'whom']);
const NON_EVENT_SUBJECT = new Set(['i', 'we', 'they', 'he', 'she', 'nobody', 'anyone', 'anybody', 'someone']);
// Verbs that put in for something: what they claim for need not be "for" it ("claimed overtime I never worked").
const CLAIMING = /^(?:claim|bill|charg|invoic|expens|sign|book|log|tick|initial|certif|complet|fill)/;

/**
 * Whether the record act at `act` is of something that did not happen: a noun followed by a
 * negated relative clause ("visits I never made", "checks that I had not done"), reached through
 * "for" or straight after a verb of claiming. "I reported the defects we had not fixed" reports
 * open work: no "for", no claiming.
 */
function recordsWhatNeverHappened(terms: readonly GrammarTerm[], text: string, act: number): boolean {
  let sawFor = false;
  for (let at = act + 1; at < terms.length && at < act + 14; at++) {
    const term = terms[at];
    if (term.word === 'for') sawFor = true;
    if (/[;.]/.test(text.slice(terms[at - 1].end, term.start)) || ['because', 'although', 'though', 'when', 'while', 'since', 'and', 'but'].includes(term.word)) return false;
    if (!NON_EVENT_SUBJECT.has(term.word)) continue;
    const head = RELATIVE.has(terms[at - 1].word) ? terms[at - 2] : terms[at - 1];
    if (!head || !(head.tags.has('Noun') || head.tags.has('Ledger')) || head.tags.has('Pronoun')) continue;
    const rest = terms.slice(at + 1, at + 5);
    const negation = rest.findIndex((next) => next.tags.has('Negative'));
    if (negation < 0 || !rest.slice(negation + 1).some((next) => next.tags.has('Verb') && !next.tags.has('Copula'))) continue;
    return sawFor || CLAIMING.test(terms[act].word);
  }
  return false;
}

function firstOf(text: string, patterns: readonly RegExp[]): RegExpExecArray | null {
  for (const pattern of patterns) {
    const found = pattern.exec(text);
    if (found) return found;
  }
  return null;
}

/** Whether the body or identity noun at `index` is a person's: "a new starter's accent", "her weight", not "our product's weight". */
function aboutAPerson(terms: readonly GrammarTerm[], index: number): boolean {
  const owner = terms[index - 1];
  if (!owner?.tags.has('Possessive')) return true;
  if (['Pronoun', 'Actor', 'Person', 'Party', 'ProperNoun'].some((tag) => owner.tags.has(tag))) return true;
  const before = terms.slice(Math.max(0, index - 4), index - 1).map((term) => term.word);
  return !before.some((word) => /^(?:our|my|its|their|your)$/.test(word));
}
