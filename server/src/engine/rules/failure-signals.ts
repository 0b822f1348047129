import type { Story } from '../parse/types';
import type { Sentence } from '../text/prose';
import { actorOf, subjectBefore } from './clauses';
import { sentencesIn, type RuleContext } from './rule';

// "I learned a lot" names no lesson; "I learned a lot about scoping" does.
const EMPTY_LESSON = /\b(?:learn(?:ed|t)|taught (?:me|us))\s+(?:a lot|so much|a great deal|plenty|a (?:valuable|great|big|hard|important|good|useful|real|key|tough) lesson|(?:some|many) (?:lessons|things)|from (?:it|this|that|the experience))\s*[.!]?\s*$/i;

// Hearing news is no lesson: "I found out afterwards that support had been short-staffed".
const NEWS = /\bI\s+(?:\w+\s+)?(?:found out|heard|was told|discovered|noticed|saw|read|learned|learnt)\b/i;
const WRITER = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself)(?![\p{L}'’])/u;
const OTHERS_SHOULD = /^(?:(?!\bI\b).)*?\b(?:the|our|my|their|his|her|they|he|she)\b[^,;.]*?\b(?:should|could|would)(?:n['’]t)? have\b/i;

/**
 * Whether a sentence states a lesson about the writer's own practice. Learning that something was
 * so ("I found out that the vendor had…", "I learned that the support team was short-staffed") is
 * news, not a lesson.
 */
export function isLesson(sentence: Sentence, context: RuleContext): boolean {
  const grammar = context.grammar(sentence);
  // In the Lessons section, the writer judging their own act is a lesson ("I put the finance
  // calendar ahead of the sales one"); elsewhere it takes a learning word.
  const judgesOwnAct = sentence.section === 'lessons' && /\bI\b/.test(sentence.text) && !NEWS.test(sentence.text);
  if (!grammar || !(grammar.classes.has('Learn') || judgesOwnAct)) return false;
  if (EMPTY_LESSON.test(sentence.text)) return false;
  // A lesson is the writer's: "in hindsight, the market was not ready" and "the sales team should
  // have warned me" are about others.
  if (!WRITER.test(sentence.text) || OTHERS_SHOULD.test(sentence.text)) return false;
  const matches = context.matches(sentence, 'learnedThat');
  if (matches.length === 0) return grammar.classes.has('Learn') || sentence.section === 'lessons';
  // The clause after "learned that …": a lesson when its subject is the writer or no one in particular.
  return matches.some((match) => {
    const after = grammar.terms.slice(match.last, match.last + 4);
    const actor = after.map(actorOf).find((found) => found !== null);
    return actor !== 'other' || subjectBefore(grammar.terms, sentence.text, match.first) !== 'self';
  });
}

/** The query isLesson reads: a learning verb that reports a fact ("learned that", "realised that"). */
export const LEARNED_THAT = { pattern: '#Learn (that|how)?', needs: [['Learn']] } as const;

/**
 * Whether a failure story states a lesson: learning about the writer's own practice, the writer
 * naming their own error in the Lessons, or the practice changed since (which implies the lesson).
 */
export function statesLesson(story: Story, context: RuleContext): boolean {
  const sentences = sentencesIn(context, story);
  return sentences.some((sentence) => isLesson(sentence, context) || (sentence.section === 'lessons' && SELF_CRITIQUE.test(sentence.text))) || appliesLesson(story, context);
}

/**
 * Whether the story shows the lesson applied since. The Situation, Task, Action and Result tell the
 * failure itself ("cancellations tripled in the following month"), so when the story has a Lessons
 * section only it (and text outside the STAR sections) can show what came later.
 */
export function appliesLesson(story: Story, context: RuleContext): boolean {
  const sentences = sentencesIn(context, story);
  const hasLessons = story.sections.some((section) => section.role === 'star' && section.kinds.includes('lessons'));
  return sentences.some(
    (sentence, index) =>
      (!hasLessons || sentence.section === 'lessons' || sentence.section === 'unknown' || sentence.section === 'intro') &&
      showsFollowThrough(sentence, sentences[index - 1], context),
  );
}

/** Whether grammar is on for this lint: the lexicon-based story rules wait for it rather than guess. */
export function grammarReady(story: Story, context: RuleContext): boolean {
  const first = context.prose.sentencesByStory[story.index]?.[0];
  return first !== undefined && context.grammar(first) !== null;
}

const INTENTION = new Set(['will', 'would', 'should', 'shall', 'could', 'might', 'may', 'must', 'going', 'want', 'plan', 'hope', 'intend', 'need', 'try']);

/**
 * A later time and a concrete action by the writer in one sentence: "On the next launch I ran…".
 * The time may end the line before ("Since then⏎I hold…"): a line break before a capital splits sentences.
 */
export function showsFollowThrough(sentence: Sentence, previous: Sentence | undefined, context: RuleContext): boolean {
  const joined = previous !== undefined && !/[.!?…]["')\]]*\s*$/.test(previous.text) ? { ...sentence, text: `${previous.text} ${sentence.text}` } : sentence;
  const grammar = context.grammar(joined);
  if (!grammar?.classes.has('Later') || HYPOTHETICAL.test(joined.text)) return false;
  // The main clause decides: "I now realise that I weighed…" is thinking, whatever follows.
  const main = context.matches(joined, 'writerActs')[0];
  if (!main) return false;
  const terms = grammar.terms.slice(main.first, main.last);
  const verb = terms[terms.length - 1];
  // "I have run…" is practice; "I have to…" is an obligation.
  return !terms.some((term) => INTENTION.has(term.word)) && !/^(?:have|has|had)$/.test(verb.word) && !verb.tags.has('Thinking') && !verb.tags.has('Copula') && !verb.tags.has('Modal');
}

// Conditions and convictions are not practice: "If I ran it again, I would…", "I hold to the view that…".
const HYPOTHETICAL = /\bif (?:I|we)\b|\b(?:view|belief|opinion|conviction)\b/i;

/** The query showsFollowThrough reads: the writer doing something, in a sentence with a later time. */
export const FOLLOW_THROUGH_QUERY = { pattern: '(i|we) (#Adverb|#Auxiliary|#Negative){0,3} #Verb', needs: [['Later']] } as const;

// The writer naming their own error: a lesson said without a learning verb ("My mistake was…", "I treated it as routine").
const SELF_CRITIQUE =
  /\bmy (?:own )?(?:mistake|error|failure|fault|lesson|rule|takeaway|blind spot|misjudg\w*)\b|\bI\s+(?:\w+\s+){0,2}?(?:should(?:n['’]t)? have|ought to|was the one who|never asked|failed to|underestimated|overestimated|ignored|treated|assumed|skipped|rushed|misjudged|misread|let)\b|\binstead of\b/i;
