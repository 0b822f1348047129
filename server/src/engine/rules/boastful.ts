import { findFigures } from '../text/figures';
import { actorOf, mentionsSelf, subjectBefore } from './clauses';
import { reportMatches, reportPhrases, type Rule } from './rule';

// Claims of totality the grammar queries do not see as one phrase: doing it all alone, never
// erring, being indispensable, beating everyone.
const ABSOLUTE_FRAMES: readonly RegExp[] = [
  /\b(?:entirely|completely|all|whole|wholly|single-?handed\w*)\b[^.;]*?\b(?:on my own|by myself|myself|alone)\b/i,
  /\bon my own shoulders\b|\bI alone\b|\ball on my own\b/i,
  /\b(?:would|could)(?:n['’]t| not)? (?:\w+ )?have \w+ without me\b|\bwithout me,? (?:it|the \w+|we|they|nothing) (?:would|could)\b/i,
  /\b(?:not a single|no single|without a single|(?:n['’]t|not|never) (?:have|had|make|made|contain|contained|find|found|show|showed|get|got|write|wrote|ship|shipped|miss|missed) a(?: single)?|zero) (?:bad |single |major |real )?(?:weakness|flaw|mistake|error|bug|defect|complaint|misstep|hiccup|hitch|glitch|slip|wrong (?:call|decision)|bad (?:hire|call|decision))e?s?\b/i,
  /\bno (?:\w+ )?(?:bugs|errors|mistakes|flaws|defects|issues|problems|complaints)(?: whatsoever| at all| of any kind)\b/i,
  /\b(?:every|each)(?: single)? (?:decision|call|choice|hire|forecast|estimate|prediction|bet|deal|project)\b[^.;]*\b(?:right|correct|spot[ -]on|perfect|flawless|a success|paid off)\b/i,
  /\b(?:nobody|no one|no-one|none)\b[^.;]*\b(?:ever|else)\b[^.;]*\bthan (?:I|me|mine|us|we)\b/i,
  /\b(?:better|faster|more \w+|\w+er) than (?:anyone|anybody|everyone|any other \w+|all the others)\b(?! else on)/i,
  /\b(?:every single|every one of (?:our|the|my)|all of (?:our|the|my)) \w+(?: \w+)? (?:loved|praised|adored|raved|thanked|applauded)\b/i,
  /\b(?:spot[ -]on|as (?:my|our) \w+ always (?:are|is|do)|I am never wrong|I'm never wrong|always right)\b/i,
  /\bthe only (?:one|person|leader|manager|engineer|analyst) (?:who|that|here|there|in)\b/i,
  /\b(?:no one|nobody|no-one) else\b[^.;]*\b(?:could|would|was able|managed|had|can)\b/i,
];

// Frames whose subject is the writer even when no pronoun says so ("No one else could have…").
const IMPLIED_SELF_FRAMES = ABSOLUTE_FRAMES.filter((frame) => /no one|every single|without me/.test(frame.source));

const message = (text: string): string => `"${text}" oversells: let a figure make the claim, and credit who helped.`;

export const boastful: Rule = {
  id: 'boastful',
  title: 'Unsupported superlative',
  guideline: 'Balance',
  defaultSeverity: 'warning',
  summary: 'Absolute or superlative claims about your own work ("single-handedly", "the best negotiator in the division", "nobody else could have").',
  fixable: false,
  options: [{ kind: 'words', key: 'boastful', lexiconClass: 'Boast', description: 'Extra boastful phrases for `boastful`, added to what the rule finds.' }],
  docs: {
    why: 'Superlatives invite disbelief and hide the team that helped. An interviewer who hears "single-handedly" starts looking for who you left out. Let the figures make the claim.',
    weak: 'I delivered the most successful migration the company has ever run, and nobody else on the team could have pulled it off.',
    strong: 'I led the five-person migration team; we moved 2,300 services in eight weeks with one rollback.',
    quietWhen: 'Ordinary superlatives ("our four strongest engineers", "the largest customer") are fine; a superlative counts when it is claimed as a record ("…ever", "…in the division") or an absolute ("flawless", "without a single mistake", "I never miss"). Superlatives about someone else ("the competitor had the best price in the market") are left alone. Add your own phrases with the `storyCoach.words.boastful` setting.',
  },
  queries: {
    absolute: { pattern: '#Boast+', needs: [['Boast']] },
    mostRecord: { pattern: 'most #Adjective (#Adjective|#Noun|#Determiner|#Preposition|#Possessive|#Pronoun|#Verb|#Auxiliary|#Copula){0,6} #Record', needs: [['Record']] },
    record: { pattern: '(#Superlative|best) (#Adjective|#Noun|#Determiner|#Preposition|#Possessive|#Pronoun|#Verb|#Auxiliary|#Copula){0,6} #Record', needs: [['Record']] },
    nobodyElse: { pattern: '(nobody|none|noone) (else|of #Pronoun|of my #Noun)', needs: [['Party'], ['Boast']] },
  },
  scope: 'sentence',
  check(sentence, context) {
    reportPhrases(sentence, context, context.options.words.boastful, message);
    const grammar = context.grammar(sentence);
    if (!grammar) return;
    const { terms } = grammar;
    // The frames are about the writer's own work: a sentence about someone else is left alone.
    const ownWork = /\b(?:I|I['’]m|I['’]ve|me|my|myself|we|our|us)\b/.test(sentence.text);
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
      ['absolute', 'nobodyElse', 'record', 'mostRecord'],
      message,
      (match, query) => {
        // "wasn't perfect" denies the absolute.
        if (match.first > 0 && /^(?:not|never|hardly|far|less|no)$/.test(terms[match.first - 1].word)) return false;
        // Someone else's record ("the competitor had the best price") is no boast; "my team" is the writer's.
        const subject = subjectBefore(terms, sentence.text, match.first);
        if (subject === 'other' && !/\b(?:my|our) (?:\w+ )?(?:team|squad|group|department|organisation|organization|function)\b/i.test(sentence.text.slice(0, match.start))) return false;
        if (query === 'record' || query === 'mostRecord') {
          // A superlative the sentence measures ("the strongest of five regions: 14% against 6%") is backed.
          if (findFigures(sentence.text).length > 0) return false;
          // "our largest customer in the region": a superlative of a party describes them, not your work.
          const noun = terms.slice(match.first + 1, match.last).find((term) => term.tags.has('Noun'));
          if (noun && actorOf(noun) === 'other' && noun.word !== 'team') return false;
          return mentionsSelf(terms) || terms.some((term) => term.word === 'we' || term.word === 'our' || term.word === 'it');
        }
        return query !== 'nobodyElse' || mentionsSelf(terms) || /\b(?:could|would|was able|managed|had)\b/i.test(sentence.text.slice(match.end));
      },
    );
  },
};
