// The competency taxonomy of story-bank spec §2, with our synonyms and the lexicon that infers
// competencies from text. Format knowledge about competencies lives here and nowhere else.
import { didYouMean } from '../text/similarity';
import { stem, tokenize } from './terms';

export interface Competency {
  readonly id: string;
  readonly name: string;
  readonly evidence: string;
}

/** The spec's taxonomy, in the spec's order (views and matrices list competencies in this order). */
export const COMPETENCIES: readonly Competency[] = [
  { id: 'leadership', name: 'Leading people', evidence: 'setting direction, developing and motivating a team' },
  { id: 'talent', name: 'Hiring and building teams', evidence: 'hiring, team design, performance management, letting people go' },
  { id: 'influence', name: 'Influence without authority', evidence: 'persuading peers, executives, boards, partners' },
  { id: 'conflict', name: 'Conflict and disagreement', evidence: 'disagreeing well, difficult conversations, resolving disputes' },
  { id: 'ownership', name: 'Ownership and accountability', evidence: "taking responsibility, acting beyond one's remit" },
  { id: 'execution', name: 'Delivering results', evidence: 'delivering under pressure, deadlines, turnarounds' },
  { id: 'ambiguity', name: 'Ambiguity and change', evidence: 'acting without full information, leading through change' },
  { id: 'judgment', name: 'Judgment and decisions', evidence: 'trade-offs, risk, hard calls, saying no' },
  { id: 'customer', name: 'Customer focus', evidence: 'understanding and serving customers or users' },
  { id: 'innovation', name: 'Innovation and improvement', evidence: 'new ideas, simplifying, process improvement' },
  { id: 'strategy', name: 'Strategy and vision', evidence: 'long-term direction, priorities, market bets' },
  { id: 'collaboration', name: 'Collaboration', evidence: 'working across teams, functions and companies' },
  { id: 'communication', name: 'Communication', evidence: 'presenting, writing, feedback, difficult news' },
  { id: 'quality', name: 'High standards', evidence: 'depth, quality, raising the bar' },
  { id: 'business', name: 'Business acumen', evidence: 'P&L, cost, pricing, commercial results' },
  { id: 'growth', name: 'Learning and resilience', evidence: 'learning from mistakes, feedback taken, bouncing back' },
];

export const COMPETENCY_IDS: readonly string[] = COMPETENCIES.map((competency) => competency.id);

/** Other words people tag stories with, mapped to a taxonomy id (lower-case, spaces between words). */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  leadership: ['leading people', 'people leadership', 'team leadership', 'leading teams', 'lead', 'leading', 'management', 'people management', 'managing people', 'mentoring', 'coaching', 'motivation', 'developing people', 'vision setting'],
  talent: ['hiring and building teams', 'hiring', 'recruiting', 'recruitment', 'team building', 'building teams', 'talent management', 'performance management', 'org design', 'organisation design', 'organization design', 'team design', 'firing', 'talent development'],
  influence: ['influence without authority', 'influencing', 'persuasion', 'persuading', 'stakeholder management', 'managing stakeholders', 'stakeholders', 'negotiation', 'negotiating', 'managing up', 'selling ideas', 'buy-in'],
  conflict: ['conflict and disagreement', 'conflict resolution', 'disagreement', 'disagreements', 'difficult conversations', 'disagree and commit', 'disputes', 'resolving conflict', 'pushback', 'push back'],
  ownership: ['ownership and accountability', 'accountability', 'responsibility', 'taking ownership', 'initiative', 'bias for action', 'proactivity', 'owner'],
  execution: ['delivering results', 'deliver results', 'delivery', 'results', 'getting things done', 'results orientation', 'drive', 'turnaround', 'operational excellence', 'operations', 'project management', 'program management', 'urgency'],
  ambiguity: ['ambiguity and change', 'dealing with ambiguity', 'change', 'change management', 'adaptability', 'flexibility', 'uncertainty', 'transformation', 'agility'],
  judgment: ['judgment and decisions', 'judgement', 'decision making', 'decision-making', 'decisions', 'decisiveness', 'trade-offs', 'tradeoffs', 'risk', 'risk management', 'prioritization', 'prioritisation', 'problem solving', 'critical thinking', 'analysis', 'analytical thinking', 'data-driven'],
  customer: ['customer focus', 'customer obsession', 'customer-centric', 'customer centricity', 'customers', 'user focus', 'users', 'client focus', 'clients', 'customer service', 'customer experience', 'empathy'],
  innovation: ['innovation and improvement', 'improvement', 'continuous improvement', 'process improvement', 'invent and simplify', 'creativity', 'simplification', 'experimentation', 'new ideas', 'automation'],
  strategy: ['strategy and vision', 'vision', 'strategic thinking', 'think big', 'long-term thinking', 'planning', 'strategic planning', 'roadmap', 'priorities'],
  collaboration: ['teamwork', 'team work', 'team player', 'cross-functional', 'cross-functional collaboration', 'partnership', 'partnerships', 'working with others', 'cooperation', 'earn trust', 'trust', 'relationships', 'relationship building'],
  communication: ['presenting', 'presentation', 'presentations', 'public speaking', 'writing', 'storytelling', 'feedback', 'giving feedback', 'difficult news', 'clarity', 'listening'],
  quality: ['high standards', 'insist on the highest standards', 'standards', 'attention to detail', 'excellence', 'raising the bar', 'dive deep', 'depth', 'rigour', 'rigor', 'craft', 'reliability'],
  business: ['business acumen', 'commercial acumen', 'commercial awareness', 'p&l', 'p & l', 'profit and loss', 'frugality', 'cost', 'cost management', 'budget', 'budgeting', 'finance', 'financial acumen', 'pricing', 'revenue', 'sales', 'growth of revenue'],
  growth: ['learning and resilience', 'learning', 'resilience', 'growth mindset', 'learn and be curious', 'curiosity', 'self-awareness', 'self awareness', 'learning from failure', 'learning from mistakes', 'humility', 'perseverance', 'grit', 'coachability', 'personal growth'],
};

const LOOKUP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const competency of COMPETENCIES) {
    map.set(competency.id, competency.id);
    map.set(normalizeValue(competency.name), competency.id);
  }
  for (const [id, synonyms] of Object.entries(SYNONYMS)) for (const synonym of synonyms) map.set(normalizeValue(synonym), id);
  return map;
})();

function normalizeValue(value: string): string {
  return value.toLowerCase().replace(/[_*`]/g, '').replace(/\s*&\s*/g, ' & ').replace(/\s+/g, ' ').trim();
}

/** A `Competencies:` value: a taxonomy id, or the value as written for a custom tag. */
export interface ResolvedCompetency {
  readonly id: string;
  readonly custom: boolean;
}

/** Matches one value by id, name or synonym (case-insensitive); anything else is a custom tag. */
export function resolveCompetency(value: string): ResolvedCompetency {
  const normal = normalizeValue(value);
  const id = LOOKUP.get(normal) ?? LOOKUP.get(normal.replace(/-/g, ' ')) ?? LOOKUP.get(normal.replace(/s$/, ''));
  return id ? { id, custom: false } : { id: value.trim(), custom: true };
}

/** Splits a `Competencies:` line into its values (commas, semicolons or slashes between them). */
export function splitCompetencies(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** The taxonomy id closest to an unknown value, as a typo of an id, a name or a synonym; null when none is near. */
export function nearestCompetency(value: string): string | null {
  const normal = normalizeValue(value);
  const spelled = didYouMean(normal, [...LOOKUP.keys()]);
  if (spelled) return LOOKUP.get(spelled) ?? null;
  // A value that names an id among other words ("stakeholder influence"). Not synonyms: "crisis
  // management" is a fine custom tag, not a misspelt "leadership".
  for (const word of normal.split(/[\s-]+/)) if (COMPETENCY_IDS.includes(word)) return word;
  return null;
}

export function competencyName(id: string): string {
  return COMPETENCIES.find((competency) => competency.id === id)?.name ?? id;
}

// ---------------------------------------------------------------------------------------------
// Inference: which competencies a text is evidence of.

/**
 * Words and phrases that are evidence of each competency, as a coach reads a story. Single words
 * are matched by stem ("hired", "hiring", "hires" → hire); phrases word by word in order.
 * Weights: 2 for strong evidence, 1 for supporting words.
 */
const LEXICON: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  leadership: {
    'take over': 1, 'took over': 1, 'shift lead': 1, 'stand-up': 1, rota: 1, 'paired each': 1, 'new starters': 1, volunteers: 1, supervisors: 1,
    'my team': 1, 'the team i led': 2, 'i led': 2, 'led the team': 2, mentor: 2, mentored: 2, coach: 1, coached: 2, motivate: 2, morale: 2,
    'direct reports': 2, 'one-on-ones': 2, 'one to ones': 2, 'set the direction': 2, rallied: 2, empower: 2, delegate: 2, delegated: 2,
    'grew the team': 1, 'took over the team': 2, 'team of': 1, develop: 1, promotion: 1, promoted: 1, engagement: 1, leader: 1,
  },
  talent: {
    hire: 2, hired: 2, hiring: 2, recruit: 2, recruited: 2, recruiter: 2, interview: 1, interviewed: 1, candidates: 2, onboard: 1, onboarded: 1,
    'let go': 2, fired: 2, 'performance plan': 2, underperforming: 2, underperformer: 2, reorganised: 2, reorganized: 2, reorg: 2, headcount: 2,
    'career ladder': 2, succession: 2, 'built the team': 2, 'build the team': 2, 'built a team': 2, 'build a team': 2, 'performance review': 1, attrition: 1,
  },
  influence: {
    proposed: 1, 'agreed to try': 2, 'showed her': 1, 'showed him': 1, 'showed them': 1, 'won support': 2, 'win support': 2, 'head of': 1,
    persuade: 2, persuaded: 2, convince: 2, convinced: 2, 'won over': 2, 'bought in': 2, 'buy-in': 2, sponsor: 1, board: 1, 'the cfo': 1, 'the ceo': 1,
    executives: 1, 'steering committee': 1, negotiate: 2, negotiated: 2, lobbied: 2, 'made the case': 2, 'make the case': 2, proposal: 1, pitched: 2, pitch: 1,
    stakeholders: 1, 'no authority': 2, 'did not report to me': 2, "didn't report to me": 2, peers: 1, champion: 1, advocate: 1,
  },
  conflict: {
    disagree: 2, disagreed: 2, disagreement: 2, conflict: 2, clash: 2, clashed: 2, tension: 2, argument: 2, dispute: 2, 'pushed back': 2, 'push back': 2, pushback: 2,
    escalated: 1, 'difficult conversation': 2, 'hard conversation': 2, frustrated: 1, angry: 1, objection: 1, objected: 2, standoff: 2, 'at odds': 2, feud: 2, mediated: 2, mediate: 2,
  },
  ownership: {
    oncall: 1, 'on-call': 1, 'no one else': 2, 'nobody else': 2, 'took on': 1, 'no one wanted': 2, 'nobody wanted': 2,
    myself: 1, 'i stopped': 2, 'i decided': 1,
    'took ownership': 2, 'took responsibility': 2, responsibility: 1, accountable: 2, 'my mistake': 2, 'my fault': 2, 'nobody owned': 2, 'no one owned': 2,
    volunteered: 2, 'stepped in': 2, 'stepped up': 2, 'on my own time': 2, 'outside my remit': 2, 'not my job': 2, owned: 1, 'i owned': 2, apologised: 1, apologized: 1,
  },
  execution: {
    deployed: 1, production: 1, 'hit the date': 2,
    bottleneck: 1, throughput: 2, schedule: 1, 'hourly target': 1,
    deadline: 2, deadlines: 2, 'on time': 2, shipped: 2, ship: 1, launch: 1, launched: 2, delivered: 2, deliver: 1, 'ahead of schedule': 2, late: 1, behind: 1, turnaround: 2,
    'turned around': 2, milestone: 1, milestones: 1, 'go-live': 2, 'went live': 2, migration: 1, rollout: 1, backlog: 1, 'critical path': 2, sprint: 1, 'cut scope': 2, 'under pressure': 2, outage: 1, incident: 1,
  },
  ambiguity: {
    ambiguous: 2, ambiguity: 2, unclear: 2, uncertain: 2, uncertainty: 2, unknown: 1, 'no playbook': 2, 'no precedent': 2, 'first time': 1, reorganisation: 1, reorganization: 1,
    merger: 2, acquisition: 1, pivot: 2, pivoted: 2, 'changing priorities': 2, 'incomplete data': 2, 'without full information': 2, 'new market': 1, chaos: 2, restructuring: 2, transition: 1, adapt: 1, adapted: 1,
  },
  judgment: {
    decide: 2, decided: 2, decision: 2, 'trade-off': 2, 'trade-offs': 2, tradeoff: 2, risk: 2, risky: 2, 'hard call': 2, 'said no': 2, 'say no': 2, weighed: 2, options: 1,
    'chose to': 2, 'pros and cons': 2, prioritised: 1, prioritized: 1, 'killed the project': 2, cancel: 1, cancelled: 1, canceled: 1, data: 1, analysis: 1, evidence: 1,
  },
  customer: {
    families: 1, queue: 1, queued: 1, wait: 1, waited: 1, 'waiting time': 2, served: 1, service: 1,
    customer: 2, customers: 2, client: 2, clients: 2, user: 1, users: 1, patients: 2, merchants: 2, subscribers: 1, churn: 2, nps: 2, complaints: 2, complaint: 2, satisfaction: 2,
    'user research': 2, interviews: 1, renewal: 1, renewed: 1, retention: 1, 'support tickets': 2, onboarding: 1, buyers: 1, shoppers: 1, guests: 1, members: 1,
  },
  innovation: {
    designed: 1, 'new approach': 2,
    suggested: 1, 'new way': 2, 'pre-pack': 1, 'instead of': 1,
    prototype: 2, prototyped: 2, experiment: 2, experiments: 2, pilot: 1, automated: 2, automate: 2, automation: 2, simplified: 2, simplify: 2, redesigned: 2, redesign: 2,
    'new idea': 2, invented: 2, 'new process': 2, streamlined: 2, 'from scratch': 1, hackathon: 2, reimagined: 2, eliminated: 1, manual: 1, improve: 1, improved: 1, idea: 1,
  },
  strategy: {
    strategy: 2, strategic: 2, vision: 2, roadmap: 2, 'long-term': 2, 'three-year': 2, 'five-year': 2, market: 1, 'market share': 2, bet: 1, positioning: 2, 'north star': 2,
    priorities: 1, competitors: 2, competitive: 1, portfolio: 1, expansion: 1, 'new markets': 2, plan: 1, 'multi-year': 2,
  },
  collaboration: {
    'cross-team': 2, alignment: 1,
    'cross-functional': 2, 'across teams': 2, 'partnered with': 2, partnered: 2, partner: 1, together: 1, 'worked with': 1, 'worked closely': 2, 'joint': 1, aligned: 1,
    'other teams': 2, 'sister team': 2, 'with legal': 1, 'with finance': 1, 'with sales': 1, 'with design': 1, vendor: 1, vendors: 1, collaborate: 2, collaborated: 2, collaboration: 2, 'paired': 1,
  },
  communication: {
    presented: 2, presentation: 2, present: 1, wrote: 1, memo: 2, 'all-hands': 2, 'town hall': 2, explained: 2, explain: 1, feedback: 2, announced: 2, newsletter: 1, talk: 1,
    'broke the news': 2, 'bad news': 2, 'difficult news': 2, audience: 2, briefed: 2, briefing: 2, slides: 1, email: 1, listened: 1, story: 1, narrative: 1, 'told the team': 1,
  },
  quality: {
    vulnerability: 1, security: 1, 'test coverage': 2, monitoring: 1, alerting: 1, latency: 1, 'code review': 2, refactor: 1, refactored: 1, 'technical debt': 2, 'tech debt': 2, documented: 1, documentation: 1,
    safety: 2, safe: 1, 'near miss': 2, 'near misses': 2, inspection: 1, checks: 1, accurate: 1,
    quality: 2, standard: 1, standards: 2, bar: 1, defects: 2, defect: 2, bugs: 1, bug: 1, 'root cause': 2, audit: 2, audited: 2, review: 1, reviews: 1, testing: 1, tests: 1,
    rigorous: 2, accuracy: 2, errors: 1, 'zero defects': 2, 'dug into': 2, 'dig into': 2, detail: 1, details: 1, reliability: 2, uptime: 1, postmortem: 2, 'post-mortem': 2,
  },
  business: {
    revenue: 2, profit: 2, margin: 2, margins: 2, cost: 2, costs: 2, budget: 2, 'p&l': 2, pricing: 2, price: 1, sales: 1, savings: 2, saved: 1, roi: 2, ebitda: 2, forecast: 1,
    'unit economics': 2, deal: 1, contract: 1, commercial: 2, spend: 1, invoices: 1, cash: 1, arr: 2, bookings: 2, '$': 1,
  },
  growth: {
    study: 1, 'self-taught': 2, 'taught myself': 2, learn: 1, 'no prior experience': 2, 'had never': 1,
    learned: 2, learnt: 2, lesson: 2, lessons: 2, mistake: 2, mistakes: 2, failed: 2, failure: 2, 'since then': 2, 'next time': 2, reflect: 1, reflected: 2, 'feedback i got': 2,
    'bounced back': 2, resilience: 2, setback: 2, 'taught me': 2, 'i now': 1, 'these days i': 2, 'i changed how': 2, humbling: 2, course: 1, studied: 1, 'asked for feedback': 2,
  },
};

interface LexiconEntry {
  readonly competency: string;
  readonly stems: readonly string[];
  readonly weight: number;
}

/** Lexicon entries by the stem of their first word, so a text is scanned once. */
const ENTRIES_BY_FIRST: ReadonlyMap<string, readonly LexiconEntry[]> = (() => {
  const map = new Map<string, LexiconEntry[]>();
  for (const [competency, words] of Object.entries(LEXICON)) {
    for (const [phrase, weight] of Object.entries(words)) {
      const stems = tokenize(phrase).map(stem);
      if (stems.length === 0) continue;
      const list = map.get(stems[0]) ?? [];
      list.push({ competency, stems, weight });
      map.set(stems[0], list);
    }
  }
  return map;
})();

export interface CompetencyEvidence {
  readonly id: string;
  readonly score: number;
  /** The words of the text that showed it, in order of first appearance. */
  readonly terms: readonly string[];
}

/**
 * Scores each competency by lexicon evidence in a sequence of stems. Each entry counts once per
 * text, at the highest weight of the places it occurs (`weights`, parallel to `stems`: the Action
 * says more about a story than its Situation), so a word repeated ten times is not ten times the
 * evidence. `words` are the surface words, parallel to `stems`, for explaining matches.
 */
export function competencyEvidence(stems: readonly string[], words: readonly string[] = stems, weights?: readonly number[]): CompetencyEvidence[] {
  const best = new Map<LexiconEntry, { weight: number; term: string }>();
  for (let i = 0; i < stems.length; i++) {
    const candidates = ENTRIES_BY_FIRST.get(stems[i]);
    if (!candidates) continue;
    for (const entry of candidates) {
      if (!entry.stems.every((part, offset) => stems[i + offset] === part)) continue;
      const weight = entry.weight * (weights?.[i] ?? 1);
      const known = best.get(entry);
      if (!known || weight > known.weight) best.set(entry, { weight, term: words.slice(i, i + entry.stems.length).join(' ') });
    }
  }
  const scores = new Map<string, { score: number; terms: string[] }>();
  for (const [entry, { weight, term }] of best) {
    const found = scores.get(entry.competency) ?? { score: 0, terms: [] };
    found.score += weight;
    if (!found.terms.includes(term)) found.terms.push(term);
    scores.set(entry.competency, found);
  }
  return [...scores.entries()]
    .map(([id, { score, terms }]) => ({ id, score, terms }))
    .sort((a, b) => b.score - a.score || COMPETENCY_IDS.indexOf(a.id) - COMPETENCY_IDS.indexOf(b.id));
}

/**
 * Competencies named outright in a text by a name or synonym of two words or more ("stakeholder
 * management"). Single words are left to the lexicon: in a job description "growth" is revenue,
 * and "operations" is everywhere.
 */
export function namedCompetencies(text: string): string[] {
  const normal = ` ${normalizeValue(text).replace(/[^\p{L}\p{N}&\s-]+/gu, ' ').replace(/\s+/g, ' ')} `;
  const found: string[] = [];
  for (const [name, id] of LOOKUP) {
    if (!name.includes(' ') || found.includes(id)) continue;
    if (normal.includes(` ${name} `)) found.push(id);
  }
  return found;
}
