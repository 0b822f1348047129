import { findFigures } from '../text/figures';
import { claimBacked } from './claim-backing';
import { actorOf, clauseOpensWithMy, mentionsSelf, subjectBefore } from './clauses';
import { reportMatches, reportPhrases, type Rule } from './rule';

// Claims of totality the grammar queries do not see as one phrase: doing it all alone, never
// erring, being indispensable, beating everyone.
const FAILURE_WORDS = '(?:(?:a|the) ball|balls|wrong|mistakes?|errors?|bugs?|flaws?|weakness(?:es)?|missteps?|slip-?ups?|wrong (?:call|decision|move|hire)s?|bad (?:call|decision|hire)s?|fails?|failed|failures?|defects?|hiccups?|glitch(?:es)?|put a foot wrong|dropped a ball|dropped the ball)';
const BEATS_ME = '(?:the way I (?:do|did|can|could)?|like I (?:do|did|can|could)|like me|as well as (?:I|me)|as (?:fast|quickly|well|hard|much) as (?:I|me)|(?:better|faster|more) than (?:I (?:do|did|can|could|have|had)|I|me)|than I (?:do|did|can|could|have|had)|than me|match(?:es|ed)? (?:me|my|what I)|beat(?:s|en)? (?:me|my|what I)|come close to (?:me|my|what I)|rival(?:s|led)? (?:me|my|what I)|equal(?:s|led)? (?:me|my|what I)|touch(?:es|ed)? (?:me|my|what I)|top(?:s|ped)? (?:me|my|what I))';
// Habits of failing that a writer claims never to have: "lose", "miss", "leave gaps", "make mistakes".
const FAILING_HABITS = '(?:lost|missed|failed|slipped|dropped (?:a|the) ball|overran|overspent|broke|blew|fumbled|disappointed|lose|loses|miss|misses|fail|fails|slip|slips|drop|drops|leave (?:\\w+ )?gaps|leave (?:anything|anyone|things) (?:to chance|behind)|make (?:\\w+ )?(?:mistakes|errors)|get (?:\\w+ ){1,2}?wrong|gets (?:\\w+ ){1,2}?wrong|let (?:\\w+ )?down|lets (?:\\w+ )?down|overrun|overruns|overspend|overspends|break|breaks|blow|blows|fumble|falter|disappoint|disappoints|under-?deliver|under-?delivers|ship (?:\\w+ )?bugs|have (?:any |a single )?(?:gaps|bugs|errors|mistakes|holes|issues|problems)|has (?:any |a single )?(?:gaps|bugs|errors|mistakes|holes|issues|problems)|go wrong|goes wrong|come back|comes back|bounce|bounces|need (?:fixing|rework)|needs (?:fixing|rework))';
const ABSOLUTE_FRAMES: readonly RegExp[] = [
  /\b(?:entirely|completely|all|whole|wholly|single-?handed\w*)\b[^.;]*?\b(?:on my own|by myself|alone)\b/i,
  /\bon my own shoulders\b|\bI alone\b|\ball on my own\b|\bon my (?:own )?(?:back|shoulders)\b|\b(?:all|entirely|solely|purely|only|completely) (?:thanks|due|down) to (?:me|my)\b|\bthanks to me\b/i,
  // Rescue done alone: "rescued that school by myself", "turned the region around on my own".
  /\b(?:rescued|saved|turned|carried|rebuilt|fixed|transformed|built|delivered|won|landed|pulled)\b[^.;]{0,50}?\b(?:by myself|on my own|single-?handed(?:ly)?|alone)\b/i,
  // Indispensable: "without me, the drug would never have reached…".
  /\bwithout (?:me|my (?:\w+ )?(?:work|plan|effort|input|leadership))\b[^.;]{0,60}?\b(?:would|could)(?:n['’]t| not| never| have never| hardly)\b|\b(?:would|could|might)(?:n['’]t| not| never)?(?: \w+)? have \w+(?: \w+){0,3} without me\b/i,
  // A flawless record of one's own: "my plan didn't have a single weakness", "I never once made a wrong call".
  new RegExp(`(?:\\bnot a single|n['’]t a single|n['’]t one single|\\bno single|\\bwithout a single|\\bnot one|\\bnever (?:once )?(?:made|had|got|get|gets|took|take|put|dropped|produced|shipped|wrote|made a single)|(?:n['’]t|\\bnot|\\bnever) (?:have|had|make|made|contain|contained|find|found|show|showed|get|got|write|wrote|ship|shipped|produce|produced|take|took) (?:a|one|any)(?: single)?|zero) (?:\\w+ )?${FAILURE_WORDS}\\b`, 'i'),
  new RegExp(`\\bI (?:never|don['’]t ever|do not ever|haven['’]t ever|have never) (?:once )?(?:get|got|gets|make|made|put|take|took) (?:\\w+ ){0,3}?${FAILURE_WORDS}`, 'i'),
  /\bno (?:\w+ )?(?:bugs|errors|mistakes|flaws|defects|issues|problems|complaints|weaknesses)(?: whatsoever| at all| of any kind)\b/i,
  /\bnothing (?:I|we) (?:\w+ )?(?:\w+ )?(?:ever )?(?:fails|failed|goes wrong|went wrong|flops|flopped|misses|missed|falls? (?:short|over))\b/i,
  /\b(?:every|each)(?: single)? (?:decision|call|choice|hire|forecast|estimate|prediction|bet|deal|project|launch|campaign|pitch|case|bid|client|account)\b[^.;]*\b(?:right|correct|spot[ -]on|perfect|flawless|a success|paid off|closed|won|succeeded|landed|worked|went live|hit)\b/i,
  // Nobody matches the writer: "no manager in the group will ever match what I did", "nobody knew it the way I did".
  new RegExp(`\\b(?:nobody|no one|no-one|none of (?:them|my \\w+|the \\w+|us)|no (?:other )?\\w+(?: \\w+)?|not one (?:of (?:them|my \\w+|the \\w+)|\\w+))\\b[^.;]{0,60}?\\b${BEATS_ME}`, 'i'),
  /\b(?:nobody|no one|no-one|none)\b[^.;]*\b(?:ever|else)\b[^.;]*\bthan (?:I|me|mine|us|we)\b/i,
  /\b(?:better|faster|more|\w+er)\b(?: \w+){0,4}? than (?:anyone|anybody|everyone|any other \w+|all the others|the rest)\b(?! else on)(?!(?: else)? (?:had |would |could )?(?:expected|thought|imagined|planned|predicted|budgeted|forecast|allowed|realised|realized))/i,
  // Any task, any person: "I can sell anything to anyone".
  /\bI (?:can|could|will) (?:\w+ )?(?:sell|fix|solve|build|handle|win|close|persuade|convince|turn around|rescue|deliver|manage|lead|negotiate|teach|motivate|crack|land) (?:anything|anyone|anybody|everything|everyone|any \w+)\b/i,
  // Every target, ever: "I hit every target I was ever set".
  /\bI (?:\w+ )?(?:hit|met|beat|exceeded|won|closed|delivered|landed|nailed|smashed|passed|aced)\s+(?:every|each|all(?: of)?(?: the| my)?)(?: single)? [\w-]+(?: [\w-]+)? (?:(?:that )?I (?:was |have |had |['’]ve )?(?:ever )?\w+|in my career|ever|without exception)\b/i,
  /\b(?:every single|every one of (?:our|the|my)|all of (?:our|the|my)) \w+(?: \w+)? (?:loved|praised|adored|raved|thanked|applauded)\b/i,
  /\b(?:spot[ -]on|as (?:my|our) \w+ always (?:are|is|do)|I am never wrong|I'm never wrong|always right)\b/i,
  /\bthe only (?:one|person|leader|manager|engineer|analyst) (?:who|that|here|there|in)\b/i,
  /\b(?:no one|nobody|no-one) else\b[^.;]*\b(?:could|would|was able|managed|had|can)\b/i,
  // "easily the best", "by far the strongest", "hands down the finest", "without question the event of the year".
  /\b(?:easily|by far|hands down|far and away|without (?:a |any )?(?:doubt|question|exaggeration)|beyond (?:any |all )?doubt|no question|simply|quite simply|frankly|truly|genuinely|honestly|literally|by any measure|by a distance|undoubtedly|unquestionably|indisputably|undeniably|objectively|comfortably),? (?:the )?(?:best|finest|greatest|strongest|top|standout|most \w+|\w+est|\w+ of the (?:year|decade|century))\b/i,
  // A ceiling: "as close to perfection as writing gets", "as good as it gets", "as near perfect as humanly possible".
  /\bas (?:close to |near )?(?:\w+ ){0,2}?(?:perfect(?:ion)?|flawless|good|strong|tight|clean|polished|thorough|efficient|smooth) as (?:(?:it|they|anything|anyone|anybody|one|you)|\w+ing|(?:a|an|any) \w+|\w+) (?:gets|get|can get|could get|comes|come|will ever (?:see|get|find)|(?:is|was) humanly possible)\b/i,
  // A habit of never failing: "I don't lose tenders", "I don't leave gaps, ever", "my projects never slip".
  new RegExp(`\\b(?:I|my(?: \\w+){1,2}?) (?:simply |just )?(?:do not|don['’]t|does not|doesn['’]t|never|will never|would never|won['’]t|am never|is never|are never|have never|has never|haven['’]t ever|hasn['’]t ever|have not ever)(?: ever| once| yet)?(?: (?:had|seen|let|known) (?:a|an|one|any)(?: \\w+)?)? (?:${FAILING_HABITS})\\b`, 'i'),
  // Never wrong, always right: "my forecasts are never wrong", "I am always on budget".
  /\b(?:I|my(?: \w+){1,2}?) (?:am|is|are|was|were|have been|has been)(?: simply| just)? (?:never|not ever|always) (?:wrong|late|off|behind|over budget|inaccurate|mistaken|right|correct|on time|on budget|spot on|accurate|ahead)\b/i,
  // Nobody else could have done it: "No other teacher in the county could have got that class through", "Who else could have rebuilt it?".
  /\b(?:no|not one|not a single|none of the) other \w+(?: \w+){0,5}? (?:could|would|can|will) (?:ever |possibly )?(?:have|ever)\b|\bwho else\b(?: \w+){0,6}? (?:could|would|can|will) (?:ever |possibly )?(?:have|ever)\b/i,
  // Praise endorsed: "…the greatest demo he had seen in his career, and he was right".
  /\b(?:best|greatest|finest|strongest|smartest|most \w+|\w+est|brilliant|genius|outstanding|exceptional|superb|perfect|flawless|masterful|inspired|visionary|world-class|a masterpiece|a triumph|a masterclass)\b[^.;]*?,? (?:and (?:he|she|they|it|the \w+) (?:was|were|is|are) (?:right|correct|not wrong)|(?:and )?rightly so|and I (?:agree|agreed|would agree)|which (?:it|they) (?:was|were|is|are))\b/i,
  // Always succeeding: "my plans always work first time", "I invariably hit my number".
  /\b(?:I|my(?: \w+){1,2}?) (?:always|invariably|without fail|never fail to|consistently) (?:work|works|worked|deliver|delivers|delivered|succeed|succeeds|land|lands|win|wins|hit|hits|come in|comes in|get (?:it|things) right|gets (?:it|things) right|nail|nails|exceed|exceeds|beat|beats|close|closes|pay off|pays off|come good|comes good|over-?deliver|over-?delivers)\b/i,
  // No problem the writer can't solve: "there isn't a problem in logistics I can't solve", "I've never met a deadline I couldn't beat".
  /\b(?:no|not a|not one|isn['’]t a|is not a|wasn['’]t a|was not a|never met a|never found a|never seen a|never had a|nothing|there is no|there['’]s no|there was no)\s+(?:\w+\s+){0,4}?(?:that\s+)?I\s+(?:can['’]t|cannot|can not|couldn['’]t|could not|won['’]t|wouldn['’]t)\b/i,
  // All the writer touches comes good: "everything I touch turns out well", "I make hard migrations look easy".
  /\b(?:everything|anything|all) (?:that )?I (?:touch|do|build|run|lead|manage|ship|write|deliver|handle|take on|put my name to|work on)\b(?: \w+){0,4}? (?:turns? out well|turns? to gold|works?|succeeds?|lands?|goes well|comes? good|pays? off|wins?|sells?|flies|is a success)\b|\bmake (?:\w+ ){0,3}?look (?:easy|effortless|simple|like child['’]s play)\b/i,
  // The writer as the star: "I was the star of the whole programme", "I was the driving force behind it".
  /\bI (?:was|am|['’]m|became|have been)\s+(?:\w+\s+)?(?:the|a|an)\s+(?:real |true |undisputed |clear |obvious |standout )?(?:star|hero|mvp|rock ?star|brains|driving force|backbone|heart and soul|secret weapon|linchpin|lynchpin|saviour|savior|powerhouse|standout|superstar|genius|mastermind)\b(?! (?:of|in) (?:the |my |our )?(?:failure|problem|delay|trouble|mess|outage))/i,
  // Ahead of everyone: "I outperformed every other manager in the division", "head and shoulders above the others".
  /\b(?:out\w+ed|beat|bettered|eclipsed|surpassed|topped|trounced|outshone|outclassed)\s+(?:every|all|each|any)(?: single)?(?: one of)?(?: the)?(?: other)?\s+\w+(?![^.;]*\bby \d)|\b(?:head and shoulders above|streets ahead of|miles ahead of|a cut above|in a league of my own|in a class of my own|in a different league|leagues ahead|ran rings around|run rings around|put (?:\w+ ){0,2}to shame|left (?:\w+ ){0,2}in the dust|blew (?:\w+ ){0,2}out of the water)\b/i,
  // The best they have: "the most reliable engineer they have".
  /\b(?:best|finest|greatest|strongest|most \w+|\w+est) (?:\w+ )?(?:engineer|analyst|manager|person|hire|member|leader|performer|asset|employee|rep|closer|seller|salesperson|negotiator|designer|developer|planner|nurse|teacher|consultant|director|lead|player|worker|recruit|head|buyer|marketer|writer|operator|officer|coach|trainer|architect|scientist|accountant|lawyer|doctor|surgeon|chef|pm) (?:they|we|the (?:\w+ )?(?:company|firm|team|business|group|department|school|trust|hospital)) (?:have|has|had|employ|employs|employed|ever had)\b/i,
  // Nothing of the writer's ever fails: "nothing I ship ever comes back with a bug".
  new RegExp(`\\b(?:nothing|none of (?:what|the \\w+|my \\w+)|not one \\w+|no \\w+) (?:that )?I (?:\\w+ ){1,3}?(?:has |have |had |will |would |does |did )?ever (?:\\w+ )?(?:${FAILING_HABITS}|comes? back|came back|goes wrong|went wrong|needs? (?:fixing|rework|a fix|a hotfix)|needed (?:fixing|rework|redoing|a fix|a hotfix)|failed|broke|slipped|overran|bounced)\\b`, 'i'),
  // Everything of the writer's succeeds: "every forecast I have ever put my name to has landed bang on".
  /\b(?:every|each|any)(?: single)? \w+(?: \w+)? (?:that )?I (?:have |had |['’]ve )?(?:ever )?\w+\b[^.;]*\b(?:landed|succeeded|paid off|been right|was right|on time|on budget|bang on|spot on|perfect|flawless|without (?:a|an|one|any) (?:single )?(?:error|hitch|mistake|bug|flaw|defect|complaint))\b/i,
  // Praise everyone agreed on: "everyone agreed I was the best presenter", "the whole board saw me as the reason".
  /\b(?:everyone|everybody|all of them|the whole \w+|every \w+|people)\b (?:\w+ )?(?:agreed|said|says|told me|tells me|knew|knows|know|acknowledged|admitted|called me|calls me|saw me as|sees me as|considered me|considers me|recognised|recognized)\b[^.;]{0,30}?\b(?:I (?:was|am)|I['’]m|me|my (?:\w+ )?(?:was|is|were|are))\b[^.;]{0,40}?\b(?:best|finest|greatest|strongest|only|brilliant|outstanding|exceptional|genius|star|superstar|legend|hero|the reason|indispensable|irreplaceable|the best \w+|perfect|flawless|the one to call|the go-to|the first call|\w+est)\b/i,
  // A first no one else managed: "no one had ever closed a deal that size until I did".
  /\b(?:nobody|no one|no-one)\b[^.;]{0,40}\bever\b[^.;]{0,60}\b(?:until I|before I|before me|till I|like I did|the way I did|as I did)\b/i,
];

const HARD_RECORD = /^(?:worst|hardest|toughest|saddest|scariest|lowest|darkest|biggest mistake|difficult|painful|stressful|worse)$/;
const CREDITED_CHANGE = /\b(?:after|since|once) (?:I|we) (?:set up|introduced|started|brought in|put in|added|built|changed|moved to|switched to|began)\b/i;
const RECORD_PHRASE = /\b(?:ever|history|of all time|most successful)\b/i;
const NEGATIVE_SUPERLATIVE = /^(?:worst|lowest|slowest|weakest|poorest|least|smallest|fewest|latest|cheapest|shortest|longest|oldest)$/;

// Frames whose subject is the writer even when no pronoun says so ("No one else could have…").
const IMPLIED_SELF_FRAMES = ABSOLUTE_FRAMES.filter((frame) => /no one|every single|without \(\?:me|without me|hands down|who else|rightly so/.test(frame.source));

const message = (text: string): string => `"${text}" oversells: let a figure make the claim, and credit who helped.`;

export const boastful: Rule = {
  id: 'boastful',
  title: 'Unsupported superlative',
  guideline: 'Balance',
  defaultSeverity: 'warning',
  summary: 'Absolute or superlative claims about your own work ("single-handedly", "the best negotiator in the division", "nobody else could have", "my plan did not have a single flaw", "no manager in the group will ever match what I did", "it would have closed without me").',
  fixable: false,
  options: [{ kind: 'words', key: 'boastful', lexiconClass: 'Boast', description: 'Extra boastful phrases for `boastful`, added to what the rule finds.' }],
  docs: {
    why: 'Superlatives invite disbelief and hide the team that helped. An interviewer who hears "single-handedly" starts looking for who you left out. Let the figures make the claim.',
    weak: 'I delivered the most successful migration the company has ever run, and nobody else on the team could have pulled it off.',
    strong: 'I led the five-person migration team; we moved 2,300 services in eight weeks with one rollback.',
    quietWhen: 'Ordinary superlatives ("our four strongest engineers", "the largest customer") are fine; a superlative counts when it is claimed as a record ("…ever", "…in the division") or an absolute ("flawless", "without a single mistake", "I never miss"). Also caught: habits of never failing ("I don\'t lose tenders", "my forecasts are never wrong", "nothing I ship ever comes back"), ceilings ("as close to perfection as it gets"), nobody else could have ("no other teacher could have…", "who else could have…?"), praise the writer endorses ("…the best demo he had seen, and he was right") and absolutes of soundness ("watertight", "spotless"). Superlatives about someone else ("the competitor had the best price in the market"), superlatives of trouble ("the lowest ratings of any department", "the hardest call I have ever had to make"), records a figure measures ("600 guests, the largest audience in the company\'s history") and the scene set in the Situation ("our plant scrapped more than any other line") are left alone; a figure silences a record only when it measures it. Add your own phrases with the `storyCoach.words.boastful` setting.',
  },
  queries: {
    absolute: { pattern: '#Boast+', needs: [['Boast']] },
    mostRecord: { pattern: 'most #Adjective (#Adjective|#Noun|#Determiner|#Preposition|#Possessive|#Pronoun|#Verb|#Auxiliary|#Copula){0,6} #Record', needs: [['Record']] },
    record: { pattern: '(#Superlative|#Best) (#Adjective|#Noun|#Determiner|#Preposition|#Possessive|#Pronoun|#Verb|#Auxiliary|#Copula){0,6} #Record', needs: [['Record']] },
    legend: { pattern: '#Legend+', needs: [['Legend']] },
    nobodyElse: { pattern: '(nobody|none|noone) (else|of #Pronoun|of my #Noun)', needs: [['Party'], ['Boast']] },
  },
  scope: 'sentence',
  check(sentence, context) {
    reportPhrases(sentence, context, context.options.words.boastful, message);
    const grammar = context.grammar(sentence);
    if (!grammar) return;
    const { terms } = grammar;
    // The frames are about the writer's own work: a sentence about someone else is left alone.
    // In the Situation, "our plant scrapped more than any other line" sets the scene: only the writer's own claims count there.
    const ownWork = (sentence.section === 'situation' ? /\b(?:I|I['’]m|I['’]ve|[Mm]e|[Mm]y|[Mm]yself)\b/ : /\b(?:I|I['’]m|I['’]ve|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Oo]ur|[Uu]s)\b/).test(sentence.text);
    // "I never once missed a handover after I set up the checklist, across 60 shifts": a practice credited and counted.
    if (CREDITED_CHANGE.test(sentence.text) && findFigures(sentence.text).length > 0) return;
    for (const frame of ownWork ? ABSOLUTE_FRAMES : IMPLIED_SELF_FRAMES) {
      const found = frame.exec(sentence.text);
      if (found) {
        context.report({ span: { start: sentence.start + found.index, end: sentence.start + found.index + found[0].length }, message: message(found[0]) });
        return;
      }
    }
    if (grammar.matches.size === 0) return;
    reportMatches(
      sentence,
      context,
      ['absolute', 'legend', 'nobodyElse', 'record', 'mostRecord'],
      message,
      (match, query) => {
        // "wasn't perfect" denies the absolute.
        if (match.first > 0 && /^(?:not|never|hardly|far|less|no)$/.test(terms[match.first - 1].word)) return false;
        // Someone else's record ("the competitor had the best price") is no boast; "my team" is the writer's.
        const subject = clauseOpensWithMy(terms, sentence.text, match.first, true) ? 'self' : subjectBefore(terms, sentence.text, match.first);
        if (subject === 'other' && !/\b(?:my|our) (?:\w+ )?(?:team|squad|group|department|organisation|organization|function)\b/i.test(sentence.text.slice(0, match.start))) return false;
        // A record phrase ("in the company's history", "ever seen") the sentence measures is backed, as a superlative is.
        if (query === 'absolute' && RECORD_PHRASE.test(sentence.text.slice(match.start, match.end))) {
          if (claimBacked(sentence.text, match, terms)) return false;
          // "the worst thing I've ever had to do", "the hardest call I have ever made": a record of trouble, not a boast.
          if (terms.slice(Math.max(0, match.first - 6), match.first).some((term) => HARD_RECORD.test(term.word)) || terms[match.last]?.word === 'to') return false;
        }
        if (query === 'record' || query === 'mostRecord') {
          // "the lowest ratings of any department" describes trouble; "the biggest business awards" uses the word as a modifier.
          if (NEGATIVE_SUPERLATIVE.test(terms[match.first].word) || terms[match.last]?.tags.has('Noun') || sentence.section === 'situation') return false;
          // "the hardest job I have ever had to plan": a record of a burden, not of an achievement.
          if (/^\s*(?:had|have had|has had|\w+ had) to\b/.test(sentence.text.slice(match.end))) return false;
          // A superlative the sentence measures ("the strongest of five regions: 14% against 6%") is backed.
          if (claimBacked(sentence.text, match, terms)) return false;
          // "our largest customer in the region": a superlative of a party describes them, not your work.
          // The head of the noun phrase, not a modifier: "the finest analytics function" is about the function.
          // "the best closer in the business": the head comes before the record phrase.
          const prepositionAt = terms.slice(match.first + 1, match.last).findIndex((term) => term.tags.has('Preposition'));
          const nounAt = terms.slice(match.first + 1, prepositionAt < 0 ? match.last : match.first + 1 + prepositionAt).findIndex((term) => term.tags.has('Noun'));
          let head = nounAt < 0 ? -1 : match.first + 1 + nounAt;
          while (head >= 0 && head + 1 < match.last && (terms[head + 1].tags.has('Noun') || terms[head + 1].tags.has('Infinitive')) && !terms[head + 1].tags.has('Pronoun') && !/^(?:any|every|some|no)(?:one|body)$/.test(terms[head + 1].word)) head++;
          const noun = head >= 0 ? terms[head] : undefined;
          if (noun && actorOf(noun) === 'other' && noun.word !== 'team') return false;
          return mentionsSelf(terms) || terms.some((term) => term.word === 'we' || term.word === 'our' || term.word === 'it');
        }
        return query !== 'nobodyElse' || mentionsSelf(terms) || /\b(?:could|would|was able|managed|had)\b/i.test(sentence.text.slice(match.end));
      },
    );
  },
};
