import { actorOf, mentionsSelf, subjectBefore } from './clauses';
import { reportMatches, reportPhrases, type Rule } from './rule';

const message = (text: string): string => `"${text}" oversells: let a figure make the claim, and credit who helped.`;

export const boastful: Rule = {
  id: 'boastful',
  title: 'Unsupported superlative',
  guideline: 'Balance',
  defaultSeverity: 'warning',
  summary: 'Absolute or superlative claims about your own work ("single-handedly", "the best negotiator in the division", "nobody else could have").',
  fixable: false,
  options: [{ kind: 'words', key: 'boastful', description: 'Extra boastful phrases for `boastful`, added to what the rule finds. Matched literally and case-insensitively as whole words.' }],
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
    nobodyElse: { pattern: '(nobody|none|no one|noone) (else|of #Pronoun|of my #Noun)', needs: [['Party'], ['Boast']] },
    onlyOne: { pattern: 'the only (one|person|#Noun) (who|that) (could|was|had|knew|managed)', needs: [['Party'], ['Boast'], ['Record']] },
  },
  scope: 'sentence',
  check(sentence, context) {
    reportPhrases(sentence, context, context.options.words.boastful, message);
    const grammar = context.grammar(sentence);
    if (!grammar || grammar.matches.size === 0) return;
    const { terms } = grammar;
    reportMatches(
      sentence,
      context,
      ['absolute', 'nobodyElse', 'onlyOne', 'record', 'mostRecord'],
      message,
      (match, query) => {
        // "wasn't perfect" denies the absolute.
        if (match.first > 0 && /^(?:not|never|hardly|far|less|no)$/.test(terms[match.first - 1].word)) return false;
        // Someone else's record ("the competitor had the best price") is no boast.
        if (subjectBefore(terms, sentence.text, match.first) === 'other') return false;
        if (query === 'record' || query === 'mostRecord') {
          // "our largest customer in the region": a superlative of a party describes them, not your work.
          if (terms.slice(match.first, match.last).some((term) => actorOf(term) === 'other')) return false;
          return mentionsSelf(terms) || terms.some((term) => term.word === 'we' || term.word === 'our' || term.word === 'it');
        }
        return query !== 'nobodyElse' || mentionsSelf(terms) || /\b(?:could|would|was able|managed|had)\b/i.test(sentence.text.slice(match.end));
      },
    );
  },
};
