import { claimBacked } from './claim-backing';
import { actorOf, mentionsSelf, subjectBefore } from './clauses';
import { reportMatches, reportPhrases, type Rule } from './rule';

// Claims of totality the grammar queries do not see as one phrase: doing it all alone, never
// erring, being indispensable, beating everyone.
const FAILURE_WORDS = '(?:wrong|mistakes?|errors?|bugs?|flaws?|weakness(?:es)?|missteps?|slip-?ups?|wrong (?:call|decision|move|hire)s?|bad (?:call|decision|hire)s?|fails?|failed|failures?|defects?|hiccups?|glitch(?:es)?|put a foot wrong|dropped a ball|dropped the ball)';
const BEATS_ME = '(?:the way I (?:do|did|can|could)?|like I (?:do|did|can|could)|like me|as well as (?:I|me)|as (?:fast|quickly|well|hard|much) as (?:I|me)|(?:better|faster|more) than (?:I (?:do|did|can|could|have|had)|I|me)|than I (?:do|did|can|could|have|had)|than me|match(?:es|ed)? (?:me|my|what I)|beat(?:s|en)? (?:me|my|what I)|come close to (?:me|my|what I)|rival(?:s|led)? (?:me|my|what I)|equal(?:s|led)? (?:me|my|what I)|touch(?:es|ed)? (?:me|my|what I)|top(?:s|ped)? (?:me|my|what I))';
const ABSOLUTE_FRAMES: readonly RegExp[] = [
  /\b(?:entirely|completely|all|whole|wholly|single-?handed\w*)\b[^.;]*?\b(?:on my own|by myself|alone)\b/i,
  /\bon my own shoulders\b|\bI alone\b|\ball on my own\b|\bon my (?:own )?(?:back|shoulders)\b|\b(?:all|entirely|solely|purely|only|completely) (?:thanks|due|down) to (?:me|my)\b|\bthanks to me\b/i,
  // Rescue done alone: "rescued that school by myself", "turned the region around on my own".
  /\b(?:rescued|saved|turned|carried|rebuilt|fixed|transformed|built|delivered|won|landed|pulled)\b[^.;]{0,50}?\b(?:by myself|on my own|single-?handed(?:ly)?|alone)\b/i,
  // Indispensable: "without me, the drug would never have reached…".
  /\bwithout (?:me|my (?:\w+ )?(?:work|plan|effort|input|leadership))\b[^.;]{0,60}?\b(?:would|could)(?:n['’]t| not| never| have never| hardly)\b|\b(?:would|could|might)(?:n['’]t| not| never)?(?: \w+)? have \w+(?: \w+){0,3} without me\b/i,
  // A flawless record of one's own: "my plan didn't have a single weakness", "I never once made a wrong call".
  new RegExp(`(?:\\bnot a single|\\bno single|\\bwithout a single|\\bnot one|\\bnever (?:once )?(?:made|had|got|get|gets|took|take|put|dropped|produced|shipped|wrote|made a single)|(?:n['’]t|\\bnot|\\bnever) (?:have|had|make|made|contain|contained|find|found|show|showed|get|got|write|wrote|ship|shipped|produce|produced|take|took) (?:a|one|any)(?: single)?|zero) (?:\\w+ )?${FAILURE_WORDS}\\b`, 'i'),
  new RegExp(`\\bI (?:never|don['’]t ever|do not ever|haven['’]t ever|have never) (?:once )?(?:get|got|gets|make|made|put|take|took) (?:\\w+ ){0,3}?${FAILURE_WORDS}`, 'i'),
  /\bno (?:\w+ )?(?:bugs|errors|mistakes|flaws|defects|issues|problems|complaints|weaknesses)(?: whatsoever| at all| of any kind)\b/i,
  /\bnothing (?:I|we) (?:\w+ )?(?:\w+ )?(?:ever )?(?:fails|failed|goes wrong|went wrong|flops|flopped|misses|missed|falls? (?:short|over))\b/i,
  /\b(?:every|each)(?: single)? (?:decision|call|choice|hire|forecast|estimate|prediction|bet|deal|project|launch|campaign|pitch|case|bid|client|account)\b[^.;]*\b(?:right|correct|spot[ -]on|perfect|flawless|a success|paid off|closed|won|succeeded|landed|worked|went live|hit)\b/i,
  // Nobody matches the writer: "no manager in the group will ever match what I did", "nobody knew it the way I did".
  new RegExp(`\\b(?:nobody|no one|no-one|none of (?:them|my \\w+|the \\w+|us)|no (?:other )?\\w+(?: \\w+)?|not one (?:of (?:them|my \\w+|the \\w+)|\\w+))\\b[^.;]{0,60}?\\b${BEATS_ME}`, 'i'),
  /\b(?:nobody|no one|no-one|none)\b[^.;]*\b(?:ever|else)\b[^.;]*\bthan (?:I|me|mine|us|we)\b/i,
  /\b(?:better|faster|more \w+|\w+er) than (?:anyone|anybody|everyone|any other \w+|all the others)\b(?! else on)/i,
  /\b(?:every single|every one of (?:our|the|my)|all of (?:our|the|my)) \w+(?: \w+)? (?:loved|praised|adored|raved|thanked|applauded)\b/i,
  /\b(?:spot[ -]on|as (?:my|our) \w+ always (?:are|is|do)|I am never wrong|I'm never wrong|always right)\b/i,
  /\bthe only (?:one|person|leader|manager|engineer|analyst) (?:who|that|here|there|in)\b/i,
  /\b(?:no one|nobody|no-one) else\b[^.;]*\b(?:could|would|was able|managed|had|can)\b/i,
  // "easily the best", "by far the strongest", "hands down the finest".
  /\b(?:easily|by far|hands down|far and away|without (?:a |any )?doubt|undoubtedly|unquestionably|comfortably) (?:the )?(?:best|finest|greatest|strongest|top|most \w+|\w+est)\b/i,
];

const NEGATIVE_SUPERLATIVE = /^(?:worst|lowest|slowest|weakest|poorest|least|smallest|fewest|latest|cheapest|shortest|longest|oldest)$/;

// Frames whose subject is the writer even when no pronoun says so ("No one else could have…").
const IMPLIED_SELF_FRAMES = ABSOLUTE_FRAMES.filter((frame) => /no one|every single|without \(\?:me|without me|hands down/.test(frame.source));

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
    quietWhen: 'Ordinary superlatives ("our four strongest engineers", "the largest customer") are fine; a superlative counts when it is claimed as a record ("…ever", "…in the division") or an absolute ("flawless", "without a single mistake", "I never miss"). Superlatives about someone else ("the competitor had the best price in the market"), superlatives of trouble ("the lowest ratings of any department") and the scene set in the Situation ("our plant scrapped more than any other line") are left alone; a figure silences a record only when it measures it. Add your own phrases with the `storyCoach.words.boastful` setting.',
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
        const subject = subjectBefore(terms, sentence.text, match.first);
        if (subject === 'other' && !/\b(?:my|our) (?:\w+ )?(?:team|squad|group|department|organisation|organization|function)\b/i.test(sentence.text.slice(0, match.start))) return false;
        if (query === 'record' || query === 'mostRecord') {
          // "the lowest ratings of any department" describes trouble; "the biggest business awards" uses the word as a modifier.
          if (NEGATIVE_SUPERLATIVE.test(terms[match.first].word) || terms[match.last]?.tags.has('Noun') || sentence.section === 'situation') return false;
          // A superlative the sentence measures ("the strongest of five regions: 14% against 6%") is backed.
          if (claimBacked(sentence.text, match, terms)) return false;
          // "our largest customer in the region": a superlative of a party describes them, not your work.
          // The head of the noun phrase, not a modifier: "the finest analytics function" is about the function.
          const nounAt = terms.slice(match.first + 1, match.last).findIndex((term) => term.tags.has('Noun'));
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
