import type { Story } from '../parse/types';
import type { Sentence } from '../text/prose';
import type { GrammarMatch, GrammarTerm } from '../text/grammar';
import { sentencesIn, type RuleContext } from './rule';

// "I learned a lot" names no lesson; "I learned a lot about scoping" does.
const EMPTY_LESSON = /\b(?:learn(?:ed|t)|taught (?:me|us))\s+(?:a lot|so much|a great deal|plenty|a (?:valuable|great|big|hard|important|good|useful|real|key|tough) lesson|(?:some|many) (?:lessons|things)|from (?:it|this|that|the experience))\s*[.!]?\s*$/i;

// Hearing news is no lesson: "I found out afterwards that support had been short-staffed".
const NEWS = /\bI\s+(?:\w+\s+)?(?:found out|heard|was told|discovered|noticed|saw|read|learned|learnt)\b/i;
const NEWS_VERB = /^(?:learn|learns|learned|learnt|learning|realis|realiz|discover|find|found|notic|see|saw|seen|understood|understand|recognis|recogniz|hear|heard|took|take|came|come)/;
const WRITER = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself)(?![\p{L}'’])/u;
const OTHERS_SHOULD = /^(?:(?!\bI\b).)*?\b(?:the|our|my|their|his|her|they|he|she)\b[^,;.]*?\b(?:should|could|would)(?:n['’]t)? have\b/i;

// Outside a Lessons section, only words that say a lesson is being drawn: "I saw the box as a way to…" is no lesson.
const LESSON_WORDS =
  /\b(?:learn(?:ed|t|ing|s)?|lessons?|taught|takeaways?|take-aways?|hindsight|retrospect|looking back|should(?:n['’]t)? have|should['’]ve|would have|would['’]ve|next time|from now on|going forward|differently|realis\w*|realiz\w*|now (?:know|understand|see|check|make|always|never|ask|insist|build|plan))\b/i;
// What a lesson's clause says about practice: the writer ("rehearsals are not optional for me"), a rule ("users have to
// shape it") or a present-tense truth ("a post-mortem is most valuable when…"); past news ("the system had been upgraded") is not.
const ABOUT_PRACTICE = /(?<![\p{L}'’])(?:I|[Mm]e|[Mm]yself)(?![\p{L}'’])|\b[Mm]y\b.*\b(?:is|are|am|isn['’]t|aren['’]t|does|doesn['’]t)\b|\b(?:should|must|need to|needs to|have to|has to|always|never|pays to|worth|matters|cannot|can['’]t|don['’]t|do not|doesn['’]t|does not|is|are|isn['’]t|aren['’]t|works|needs|helps|beats|means|makes|takes|costs|comes|tells)\b/u;
const REPORTED = /\b(?:(?:took|take|came|come) away|(?:is|was) that|(?:found|find|discovered|noticed|saw|heard|realised|realized|learned|learnt)\b[^.;]*?\bthat)\b/gi;
// Feelings and memories are not lessons: "I felt that I had let the newsroom down", "I still remember the letters".
const FEELING =
  /\bI(?:['’]m)?\s+(?:\w+\s+)?(?:felt|feel|still remember|remember|regret|wish|(?:was|am|were|have been)\s+(?:\w+\s+)?(?:sad|gutted|devastated|embarrassed|upset|ashamed|proud|angry|relieved|glad|happy|pleased|delighted|grateful|thankful|sorry|disappointed|frustrated|annoyed|nervous|anxious|worried|surprised|shocked|stressed|exhausted|mortified|humiliated|horrified|guilty|hurt|thrilled|elated|overjoyed|heartbroken|crushed|furious|livid))\b/i;

/**
 * Whether a sentence states a lesson about the writer's own practice. Learning that something was
 * so ("I found out that the vendor had…", "I learned that the claims system had been upgraded") is
 * news, not a lesson.
 */
export function isLesson(sentence: Sentence, context: RuleContext): boolean {
  const grammar = context.grammar(sentence);
  const text = sentence.text;
  if (!grammar || !WRITER.test(text) || OTHERS_SHOULD.test(text) || EMPTY_LESSON.test(text) || FEELING.test(text)) return false;
  const inLessons = sentence.section === 'lessons';
  // In the Lessons section, the writer judging their own act is a lesson ("I put the finance
  // calendar ahead of the sales one"); elsewhere it takes a learning word.
  const judgesOwnAct = inLessons && /\bI\b/.test(text) && !NEWS.test(text);
  const learning = grammar.classes.has('Learn') && (inLessons || LESSON_WORDS.test(text));
  if (!learning && !judgesOwnAct) return false;
  // Only verbs that can report news ("I learned the vendor had…"); "I accepted someone else's figure" judges my own act.
  const reports = context.matches(sentence, 'learnedThat').filter((match) => NEWS_VERB.test(grammar.terms[match.first].word));
  if (reports.length === 0) {
    // "What I took away is that the stopper's coating reacted…": a report, judged by what it reports.
    const reported = [...text.matchAll(REPORTED)].pop();
    return !reported || ABOUT_PRACTICE.test(text.slice((reported.index ?? 0) + reported[0].length));
  }
  // What follows "learned that…" must be about the writer's practice, or be "learned to…".
  return reports.some((match) => {
    const rest = text.slice(match.end);
    // "…that the new system had never been load-tested" is news: "never" in a past clause is no rule of practice.
    return /^\s*(?:to|how)\b/i.test(rest) || ABOUT_PRACTICE.test(rest.replace(PAST_ALWAYS, '')) || presentTruth(grammar.terms.slice(match.last));
  });
}

const PAST_ALWAYS = /\b(?:had|was|were|did)(?: not)? (?:never|always)\b/gi;

/** A present-tense claim, true beyond the story: "how much a safe handover depends on a written structure". */
function presentTruth(terms: readonly GrammarTerm[]): boolean {
  return terms.some((term) => term.tags.has('PresentTense') && !term.tags.has('Infinitive') && !term.tags.has('Gerund') && !term.tags.has('Auxiliary'));
}

/** The query isLesson reads: a learning verb that reports a fact ("learned that", "realised that"). */
export const LEARNED_THAT = { pattern: '#Learn (that|how)?', needs: [['Learn']] } as const;

/**
 * Whether a failure story states a lesson: learning about the writer's own practice, the writer
 * naming their own error in the Lessons, or the practice changed since (which implies the lesson).
 */
export function statesLesson(story: Story, context: RuleContext): boolean {
  const sentences = sentencesIn(context, story);
  // With a Lessons section, the lesson is there; without one, anywhere in the story.
  const hasLessons = story.sections.some((section) => section.role === 'star' && section.kinds.includes('lessons'));
  const candidates = hasLessons ? sentences.filter((sentence) => sentence.section === 'lessons' || sentence.section === 'unknown' || sentence.section === 'intro') : sentences;
  return (
    candidates.some((sentence) => isLesson(sentence, context) || (SELF_CRITIQUE.test(sentence.text) && !FEELING.test(sentence.text) && (sentence.section === 'lessons' || LESSON_WORDS.test(sentence.text)))) ||
    // Practice changed since implies the lesson; in a STAR story without Lessons, a later event in the Result is part of the failure.
    ((hasLessons || !story.sections.some((section) => section.role === 'star')) && appliesLesson(story, context))
  );
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
  // A dated time ("last spring", "in this year's round") is later only after the failure is told: in the Lessons.
  const dated = sentence.section === 'lessons' && grammar?.classes.has('Recent') === true;
  if (!grammar || !(grammar.classes.has('Later') || dated) || HYPOTHETICAL.test(joined.text)) return false;
  // Each later time is judged by the writer's verb that governs it: the one it sits in or follows in
  // its clause ("I have rehearsed each one since"), else the next one ("…, and the following Monday
  // I pulled…"). "I'm now conscious of how I react" is a state: "now" sits in its clause, and "how I
  // react" is what the writer is conscious of.
  const acts = context.matches(joined, 'writerActs');
  if (acts.length === 0) return false;
  const { terms } = grammar;
  const text = joined.text;
  const offsets = terms.filter((term) => term.tags.has('Later') || (dated && term.tags.has('Recent'))).map((term) => term.start);
  return offsets.some((offset) => {
    const inClause = acts.find((act) => act.start <= offset && offset < act.end) ?? [...acts].reverse().find((act) => act.end <= offset && !CLAUSE_BREAK.test(text.slice(act.end, offset)));
    if (inClause && isState(terms, inClause)) return false;
    const governing =
      acts.find((act) => act.start <= offset && offset < act.end) ??
      acts.find((act) => act.start >= offset && !EMBEDDED.test(text.slice(0, act.start))) ??
      [...acts].reverse().find((act) => act.end <= offset);
    return governing !== undefined && concrete(terms, governing, text);
  });
}

// What ends a clause between a writer's verb and a later time after it.
const CLAUSE_BREAK = /[,;:.!?—–]|\b(?:and|but|so|because|when|while|whenever|after|before|until|once|which|who|that|if)\b/i;
// A clause of the writer's that is what a state or a thought is about: "conscious of how I react".
// ("after that I have written…" is a time, not a clause of thought.)
const EMBEDDED = /\b(?<!\b(?:after|before|since|like|from|of|for|with|at)\s)(?:how|what|why|whether|where|that|if)\s+$/i;
const LINKING = /^(?:become|becomes|became|becoming|grow|grows|grew|grown|remain|remains|remained|stay|stays|stayed|seem|seems|seemed|get|gets|got|gotten|turned)$/;
// Participles compromise reads as adjectives after "have": "I have done that check every night".
const PARTICIPLE = /^(?:\w+(?:ed|en|wn)|done|gone|run|set|put|cut|made|kept|held|led|built|sent|spent|taught|brought|bought|met|read|won|shut|split|sat|stood|left|lost|found|told|sold|paid|laid)$/;
const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
// A thing kept in mind is a thought: "it's something I keep at the front of my mind", "I bear it in mind".
const IN_MIND = /^[^,;.]*?\b(?:in mind|(?:in|on|at the (?:front|back) of|out of) (?:my|our) (?:minds?|heads?|thoughts))\b/i;

/** A state the writer is in or something done to them: "I'm now", "I was relieved", "I've since become convinced". */
function isState(terms: readonly GrammarTerm[], act: GrammarMatch): boolean {
  const verb = terms[act.last - 1];
  const next = terms[act.last];
  if (verb.tags.has('Copula') || (terms.slice(act.first, act.last).some((term) => BE.has(term.word)) && !verb.tags.has('Gerund'))) return true;
  return LINKING.test(verb.word) && next !== undefined && (next.tags.has('Adjective') || next.tags.has('Participle') || next.tags.has('Comparative') || /^(?:more|less|much|far|better|worse)$/.test(next.word));
}

/**
 * A concrete act of the writer's (the match `act` of FOLLOW_THROUGH_QUERY): not an intention ("I
 * will…"), an obligation ("I have to…"), a thought, a state ("I have been more aware") or something
 * done to the writer ("I was relieved", "I have been asked to…").
 */
function concrete(terms: readonly GrammarTerm[], act: GrammarMatch, text: string): boolean {
  const words = terms.slice(act.first, act.last);
  const verb = words[words.length - 1];
  const joinedWords = words.map((term) => term.word).join(' ');
  if (words.some((term) => INTENTION.has(term.word)) || /\b(?:have|has|had|got|ought) to\b/.test(joinedWords)) return false;
  if (verb.tags.has('Thinking') || verb.tags.has('Modal') || IN_MIND.test(text.slice(act.end))) return false;
  if (isState(terms, act) || /^(?:be|been|being|to)$/.test(verb.word)) return false;
  if (/^(?:have|has)$/.test(verb.word)) {
    const next = terms[act.last];
    // "I have run every cut-over since": compromise reads some participles as nouns; "I have a checklist" owns one.
    if (next === undefined || next.tags.has('Pronoun') || next.tags.has('Determiner')) return false;
    return (next.tags.has('Noun') && !next.tags.has('Plural')) || next.tags.has('Participle') || PARTICIPLE.test(next.word);
  }
  return true;
}

// Conditions, convictions and attitudes are not practice: "If I ran it again, I would…", "Should I face it again…", "I hold to the
// view that…", "These days I put far more weight on being right".
const HYPOTHETICAL = /\bif (?:I|we)\b|(?:^|[,;:]\s*)(?:should|had|were) (?:I|we)\b|\b(?:view|belief|opinion|conviction|mindset|attitude)\b|\b(?:weight|emphasis|importance|value|faith|trust|stock) (?:on|in|to)\b/i;

/** The query showsFollowThrough reads: the writer doing something, in a sentence with a later time. */
// "My handovers now always use…": the writer's practice as the subject.
export const FOLLOW_THROUGH_QUERY = { pattern: '(i|we|my #Noun|my #Noun #Noun) (#Adverb|#Auxiliary|#Negative|now|then|since|to|have|has|had|been){0,3} #Verb', needs: [['Later'], ['Recent']] } as const;

// The writer naming their own error: a lesson said without a learning verb ("My mistake was…", "I treated it as routine").
const SELF_CRITIQUE =
  /\bmy (?:own )?(?:mistake|error|failure|fault|lesson|rule|takeaway|blind spot|misjudg\w*)\b|\bI\s+(?:\w+\s+){0,2}?(?:should(?:n['’]t)? have|ought to|was the one who|never asked|failed to|underestimated|overestimated|ignored|treated|assumed|skipped|rushed|misjudged|misread|let)\b|\binstead of\b/i;
