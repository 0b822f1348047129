/**
 * Seeded, reproducible generator of `.story` files for the benchmark. Every sentence comes from the
 * templates below (our own material), filled from per-story "worlds" so a story reads coherently,
 * then seasoned with the things the rules look for: figures, vague claims, hedges, blame, excuses,
 * agentless passives, boasts and the odd humblebrag. Layout varies the way real notes do: headings,
 * `Label:` lines, one-letter labels, bullets, hard-wrapped lines, comments, directives, CRLF.
 *
 * Run directly (`node out/bench/generate.js [--seed N] [--out DIR] [--files N]`) or through run.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// ---------------------------------------------------------------------------------------------
// Random numbers

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** mulberry32: small, fast and good enough for test data. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A fresh generator derived from this one, so one story's length does not shift the next story. */
  fork(): Rng {
    return new Rng(Math.floor(this.next() * 4294967296));
  }
}

// ---------------------------------------------------------------------------------------------
// Material: worlds, people, numbers

interface World {
  readonly org: string;
  readonly project: string;
  readonly system: string;
  readonly users: string;
  readonly things: string;
  readonly metric: string;
  readonly team: string;
  readonly artifact: string;
  /** The metric before → after, written the way this world measures it. */
  readonly fromTo: (rng: Rng) => string;
}

const WORLDS: readonly World[] = [
  { org: 'a mid-size payments company', project: 'card-payments migration', system: 'settlement service', users: 'merchants', things: 'transactions', metric: 'checkout latency', team: 'payments squad', artifact: 'cutover runbook', fromTo: (r) => `from ${r.int(6, 12) * 100} ms to ${r.int(12, 35) * 10} ms` },
  { org: 'a food-delivery startup', project: 'courier app rewrite', system: 'order-tracking screen', users: 'couriers', things: 'orders', metric: 'crash rate', team: 'mobile team', artifact: 'release checklist', fromTo: (r) => `from ${r.int(2, 6)}.${r.int(0, 9)}% to ${r.int(1, 9) / 10}%` },
  { org: 'an online retailer', project: 'warehouse consolidation', system: 'nightly data pipeline', users: 'analysts', things: 'dashboards', metric: 'pipeline run time', team: 'data platform group', artifact: 'data contract', fromTo: (r) => `from ${r.int(4, 9)} hours to ${r.int(20, 55)} minutes` },
  { org: 'a helpdesk software vendor', project: 'support queue overhaul', system: 'ticket routing', users: 'customers', things: 'tickets', metric: 'first-response time', team: 'support operations team', artifact: 'escalation guide', fromTo: (r) => `from ${r.int(9, 30)} hours to ${r.int(1, 4)}` },
  { org: 'a city hospital', project: 'shift scheduling rollout', system: 'rostering tool', users: 'nurses', things: 'shifts', metric: 'count of unfilled shifts', team: 'ward coordinators', artifact: 'handover template', fromTo: (r) => `from ${r.int(30, 80)} a month to ${r.int(2, 12)}` },
  { org: 'a freight forwarder', project: 'route-planning pilot', system: 'dispatch board', users: 'drivers', things: 'deliveries', metric: 'on-time rate', team: 'dispatch crew', artifact: 'exception playbook', fromTo: (r) => `from ${r.int(70, 84)}% to ${r.int(90, 98)}%` },
  { org: 'a public school district', project: 'gradebook switch', system: 'student information system', users: 'teachers', things: 'report cards', metric: 'number of late grade submissions', team: 'district IT office', artifact: 'training guide', fromTo: (r) => `from ${r.int(150, 400)} to ${r.int(10, 40)}` },
  { org: 'a consumer electronics brand', project: 'spring launch campaign', system: 'email program', users: 'subscribers', things: 'campaigns', metric: 'click-through rate', team: 'growth team', artifact: 'campaign brief', fromTo: (r) => `from ${r.int(1, 2)}.${r.int(0, 9)}% to ${r.int(3, 6)}.${r.int(0, 9)}%` },
  { org: 'a food-bank charity', project: 'winter donor drive', system: 'volunteer sign-up site', users: 'volunteers', things: 'donations', metric: 'monthly donations', team: 'fundraising committee', artifact: 'donor pipeline', fromTo: (r) => `from $${r.int(8, 20)},000 to $${r.int(25, 60)},000` },
  { org: 'an insurance firm', project: 'access review', system: 'identity platform', users: 'employees', things: 'accounts', metric: 'number of stale accounts', team: 'security team', artifact: 'access policy', fromTo: (r) => `from ${r.int(2, 6)},${r.int(100, 900)} to ${r.int(40, 200)}` },
  { org: 'a packaging plant', project: 'line changeover project', system: 'filling line', users: 'operators', things: 'units', metric: 'scrap rate', team: 'line crew', artifact: 'changeover checklist', fromTo: (r) => `from ${r.int(5, 11)}% to ${r.int(1, 3)}%` },
  { org: 'an indie game studio', project: 'console port', system: 'build farm', users: 'players', things: 'builds', metric: 'load time', team: 'engine team', artifact: 'certification checklist', fromTo: (r) => `from ${r.int(40, 90)} seconds to ${r.int(8, 19)}` },
  { org: 'a regional bank', project: 'branch-closure programme', system: 'appointment booking system', users: 'account holders', things: 'appointments', metric: 'no-show rate', team: 'branch operations team', artifact: 'customer letter', fromTo: (r) => `from ${r.int(18, 30)}% to ${r.int(4, 9)}%` },
  { org: 'a cloud hosting provider', project: 'datacentre exit', system: 'provisioning API', users: 'developers', things: 'virtual machines', metric: 'provisioning time', team: 'platform team', artifact: 'migration tracker', fromTo: (r) => `from ${r.int(15, 45)} minutes to ${r.int(40, 90)} seconds` },
];

const NAMES = ['Priya', 'Marcus', 'Chen', 'Aoife', 'José', 'Fatima', 'Tomás', 'Zoë', 'Łukasz', 'Amara', 'Kenji', 'Ingrid', 'Dmitri', 'Nadia', 'Owen', 'Søren', 'Leila', 'Rafael', 'Mei', 'Kwame', 'Hannah', 'Björn'];
const PEER_ROLES = ['our data lead', 'the QA lead', 'a senior engineer', 'the finance partner', 'our designer', 'the product manager', 'a new hire', 'the ops manager', 'our tech lead', 'a support specialist'];
const STAKEHOLDERS = ['finance', 'legal', 'the sales leads', 'support', 'the board', 'our VP', 'the compliance office', 'two key customers', 'the works council', 'the head of operations'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DEADLINES = ['the holiday freeze', 'the June audit', 'the next board meeting', 'year-end close', 'the trade show', 'the contract renewal', 'the start of term', 'peak season'];
const TOOLS = ['a shared spreadsheet', 'a feature flag', 'a canary release', 'a weekly demo', 'a pairing rota', 'a simple dashboard', 'a Slack channel for escalations', 'a daily fifteen-minute check-in', 'a kanban board', 'a short survey'];
const PROBLEMS = ['kept timing out', 'lost data at month-end', 'fell over under load', 'produced duplicate records', 'needed a manual restart every night', 'sent the wrong notifications', 'was too slow for peak hours', 'kept failing its checks'];
const COMPETENCIES = ['leadership', 'execution', 'ownership', 'conflict', 'communication', 'stakeholder management', 'mentoring', 'customer focus', 'prioritisation', 'resilience', 'influence', 'delivery'];
const ROLES = ['Engineering Manager', 'Senior Product Manager', 'Operations Lead', 'Staff Engineer', 'Program Manager', 'Head of Support', 'Data Analyst', 'Charge Nurse', 'Marketing Manager', 'Site Reliability Engineer'];
const QUESTIONS = [
  'Tell me about a time you turned around a project that was going badly.',
  'Describe a time you disagreed with your manager.',
  'Tell me about a mistake you made and what you did next.',
  'Give an example of leading without formal authority.',
  'Tell me about a time you had to deliver bad news.',
  'Describe a project you are proud of.',
  'Tell me about a time you missed a deadline.',
  'How do you handle conflict inside a team?',
  'Tell me about a time you used data to change a decision.',
  'Describe a time you had to learn something quickly.',
];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'];
const DURATION_UNITS = ['days', 'weeks', 'months'];

function numberWord(rng: Rng): string {
  return rng.pick(NUMBER_WORDS);
}

function duration(rng: Rng): string {
  const unit = rng.pick(DURATION_UNITS);
  return rng.chance(0.5) ? `${numberWord(rng)} ${unit}` : `${rng.int(2, 11)} ${unit}`;
}

function money(rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0:
      return `$${rng.int(20, 900)}K`;
    case 1:
      return `$${rng.int(1, 9)}.${rng.int(1, 9)}M`;
    case 2:
      return `€${rng.int(10, 95)},000`;
    default:
      return `£${rng.int(2, 40)},${rng.int(100, 999)}`;
  }
}

function bigCount(rng: Rng): string {
  return rng.chance(0.5) ? `${rng.int(1, 9)},${rng.int(100, 999)}` : `${rng.int(120, 950)}`;
}

// ---------------------------------------------------------------------------------------------
// Sentence templates. `{slot}` is filled per occurrence; see fill().

const INTRO = [
  'This is the story of how we rescued the {project}.',
  'A time I had to turn around a {project} that was going nowhere.',
  'How I learned to say no to scope creep on the {project}.',
  'The short version: the {system} was failing and I owned the fix.',
  'I use this one for questions about ownership under pressure.',
  'This happened during my second year at {org}.',
];

const SITUATION = [
  'In {month} {year} I was working at {org} as part of the {team}.',
  'Our {system} {problem}, and {users} were starting to notice.',
  'The {project} was already {dur} behind plan when I joined.',
  '{Users} had complained about the {metric} for months, and {stakeholder} wanted a fix before {deadline}.',
  'At the time we handled about {big} {things} a week with a team of {nword} people.',
  'The {system} had been patched so often that nobody fully understood it any more.',
  'Two of our largest {users} had threatened to leave over the {metric}.',
  'Leadership had just cut the budget for the {project} by {pct}.',
  'Our previous lead left in {month}, so the {team} had no one setting priorities.',
  'Every quarter-end the {system} {problem}.',
  'I had been at {org} for {dur} and mostly knew the {system} from the outside.',
  'Morale on the {team} was low after a rough quarter.',
  'The {artifact} was {nword} years old and described a process we no longer followed.',
  'We were a small team — {nword} engineers, one designer and me — supporting {big} {users}.',
  'Nobody really owned the {system}; it sat somewhere between the {team} and {stakeholder}.',
  'The {project} mattered because {pct} of our revenue ran through the {system}.',
  'Handoffs between shifts were done by email, and requests fell through the cracks.',
  'A competitor had launched a similar feature {dur} earlier.',
  'Our {metric} was the worst in the region, according to an internal survey.',
  'The audit in {month} found {n} open issues in the {system}.',
  '{Name}, {peerrole}, had flagged the risk twice, but it never made it onto the roadmap.',
  'Support volume had grown {pct} year over year while the team stayed the same size.',
  'We were halfway through the {project} when the main vendor changed its pricing.',
  'I had just moved from an individual contributor role into leading the {team}.',
  'The {system} was built in {year} and had been extended by at least {nword} different teams.',
  'Releases happened once a quarter, and each one took a whole weekend.',
  'There was no shared view of the {metric}: every team quoted a different number.',
];

const TASK = [
  'My job was to get the {project} live before {deadline}.',
  'I owned the {system} end to end, including the on-call rota.',
  'As the new lead, I had to rebuild trust with {stakeholder} and bring down the {metric}.',
  'The goal was to cut the {metric} in half without adding headcount.',
  'I was asked to lead the {project} with a budget of {money}.',
  'I needed to convince {stakeholder} that the {project} was worth another {dur}.',
  'My manager wanted a credible plan by the end of the week.',
  'I had to keep the {system} running while we replaced it piece by piece.',
  'My task was to find out why the {system} {problem} and stop it happening again.',
  'I volunteered to take over the {artifact} and make it usable again.',
  'The target was clear: {pct} fewer escalations by the end of the quarter.',
  'I was responsible for training {nword} new members of the {team} in {dur}.',
  'We had to decide whether to fix the {system} or replace it, and I had to make the call.',
  'I was the only person on the {team} who had worked with {stakeholder} before, so the negotiation fell to me.',
];

const ACTION = [
  'I started by reading every incident report from the last {dur}.',
  'I interviewed {nword} {users} to understand where the {system} let them down.',
  'I mapped the whole process on a whiteboard with {Name} and found {n} manual steps nobody needed.',
  'I wrote a short proposal and walked {stakeholder} through it one-on-one.',
  'I set up {tool} so everyone could see the {metric} every morning.',
  'I split the {project} into {nword} milestones, each small enough to ship in {dur}.',
  'I paired with {Name}, {peerrole}, on the riskiest part of the {system}.',
  'I cut the scope to the {n} flows that carried {pct} of the volume.',
  'We ran the old and new {system} side by side for {dur} to compare results.',
  'We replaced the weekly status meeting with a fifteen-minute stand-up.',
  'I rewrote the {artifact} so that a new hire could follow it without help.',
  'I asked {stakeholder} for one decision a week instead of a long monthly review.',
  'We added alerts on the {metric} and tuned them until they stopped paging people at night.',
  'I negotiated a {dur} extension with {stakeholder} in exchange for an early partial release.',
  'I built a small prototype over a weekend to show that the idea could work.',
  'I ran a retrospective with the {team}, and we agreed on three changes.',
  'When the first rollout failed, I rolled it back within the hour and wrote up what went wrong.',
  'I coached {Name} to run the daily check-in so I could focus on the {system}.',
  'I set a rule that every change to the {system} needed a second reviewer.',
  'I tracked every blocker in {tool} and chased each owner personally.',
  'We tested the {project} with {nword} friendly {users} before opening it to everyone.',
  'I automated the {artifact} checks with a script, which saved each of us an hour a day.',
  'I held office hours twice a week for {users} who were stuck.',
  'I pushed back on a request from {stakeholder} that would have added a second country to the scope.',
  'We agreed on a single definition of the {metric} with {stakeholder}.',
  'I brought in two contractors and got them productive within {dur}.',
  'I escalated the vendor issue to our VP with a one-page summary of the options.',
  'We rehearsed the cutover twice on a copy of production data.',
  'I took the late shift during launch week so the rest of the team could sleep.',
  'I replaced the nightly batch with a job that processed {things} as they arrived.',
  'We cleaned up {big} duplicate records before the migration.',
  'I documented every decision in the {artifact} so nobody had to ask twice.',
  'I worked with {Name} to redesign the sign-up form, removing {n} fields.',
  'We set up a rotation so that someone always owned the {system} alerts.',
  'I met each of the {nword} team leads to hear what was slowing them down.',
  'I proposed a freeze on new features until the {metric} recovered.',
  'I sent {stakeholder} a one-page update every Friday with the risks in red.',
  'I moved the slowest reports off the main database and onto a replica.',
  'I wrote a checklist for the {project} and went through it with the {team} before each release.',
  'Together with {Name}, I sorted the backlog by cost of delay and dropped anything below the line.',
  'I spent my first week shadowing the {team} instead of changing anything.',
  'I ran a small experiment on {pct} of traffic before committing to the redesign.',
];

const RESULT = [
  'The {metric} went {fromto} within {dur}.',
  'We went live {dur} later with no lost {things}.',
  'The two {users} we had worried about stayed with us, keeping {money} in annual revenue.',
  'Escalations fell by {pct} over the next quarter.',
  'The {team} now ships every week instead of every month.',
  'We saved about {money} a year in licence fees.',
  'The {system} has not had a major incident since.',
  'The {users} liked the new {system} and told us so.',
  'Our {metric} {mult} over the following {dur}.',
  '{Nword} other teams adopted the {artifact}.',
  'The launch went well and the feedback from {stakeholder} was positive.',
  'Error rates fell to {pct} of their previous level.',
  'I was promoted to {role} the following year.',
  'The {project} finished on time and {pct} under budget.',
  'We processed {big} {things} in the first month without a single rollback.',
  'The follow-up audit closed with zero findings against the {system}.',
  'Customer satisfaction rose {n} points in the next survey.',
  'The approach became the template for every {project} after that.',
  'Onboarding a new member of the {team} went from {dur} to a single afternoon.',
  'We hit the date, and {stakeholder} signed off on the first review.',
];

const FAILURE_ACTION = [
  'I assumed the {system} would scale and skipped the load test to save a week.',
  'I kept the problem to myself for {dur}, hoping to fix it quietly.',
  'I said yes to every request from {stakeholder} instead of negotiating the scope.',
  'I wrote the plan alone and only shared it with the {team} when it was finished.',
  'I focused on the technical fix and forgot to keep {stakeholder} informed.',
  'I trusted the vendor estimate without checking it against our own numbers.',
  'I tried to do the migration in one big step rather than in stages.',
];

const FAILURE_RESULT = [
  'The {project} slipped by {dur}, and we lost {n} {users} over it.',
  'We missed {deadline} and had to refund {money}.',
  'The launch had to be rolled back after {n} hours.',
  'The {team} worked {nword} weekends in a row to recover.',
  'Trust with {stakeholder} took most of a year to rebuild.',
  'The release went out late and without the feature that {users} had asked for.',
];

const LESSONS = [
  'I learned to ask for help earlier instead of waiting until a problem was obvious.',
  'The biggest lesson was that {stakeholder} needed to hear bad news early and in plain numbers.',
  'Looking back, I should have tested the {system} with real {users} much sooner.',
  'I now write down the rollback plan before anyone writes code.',
  'In hindsight, I underestimated how long the {artifact} would take to rewrite.',
  'It taught me that a small pilot beats a perfect plan.',
  'I realised that I had been measuring the wrong thing.',
  'I learned that saying no to scope is part of owning a deadline.',
  'My takeaway was to agree on what done means before we start.',
  'I learned to check estimates against our own history rather than trusting a single number.',
  'The lesson for me was that silence reads as agreement, so I speak up sooner now.',
];

const FOLLOW_THROUGH = [
  'Since then, I have run a pre-mortem at the start of every {project}.',
  'On the next launch I booked the load test in week one, and it went out {dur} early.',
  'These days I share a risk list with {stakeholder} every Friday.',
  "I've since applied the same checklist to {nword} other releases.",
  'The following quarter I introduced a weekly demo so problems surfaced sooner.',
  'On the next migration I staged the rollout by region, and nothing had to be rolled back.',
];

const NOTES = [
  'If asked about the budget: {money} over {dur}.',
  'Follow-up: {Name} can vouch for the numbers.',
  'Remember to mention the {artifact}.',
  'Keep this under two minutes ✅',
  'Possible follow-up question: what would you do differently?',
  'Check the exact {metric} figure before the interview.',
];

// Seasoning: each kind is a sentence added after a base sentence, so the rules have something to find.
const VAGUE = [
  'This significantly improved the {metric}.',
  'We got a lot of positive feedback from {users}.',
  'The change had a huge impact on the {team}.',
  'It made a big difference to our {users}.',
  'We tried various approaches to the {system}.',
  'There were numerous issues with the {artifact}.',
  'The new process was much faster.',
  'Response times improved dramatically.',
  'The rollout was very successful.',
  'It improved things for everyone on the {team}.',
  'We saved tons of time on every release.',
  'The {system} became considerably more stable.',
];
const HEDGED = [
  'I think the {system} was basically fine, but nobody trusted it.',
  'We kind of rushed the {project} at the end.',
  'It was probably the right call at the time.',
  'Honestly, I was pretty much guessing for the first {dur}.',
  'Maybe we could have started sooner.',
  'I feel like the {team} was sort of stuck.',
  'I guess the {artifact} was a little bit out of date.',
  'To be honest, the numbers were more or less what we expected.',
];
const HEDGE_PREFIX_I = ['Basically, I', 'Honestly, I', 'To be honest, I', 'I think I'];
const HEDGE_PREFIX_WE = ['I think we', 'I guess we', 'Basically, we', 'I would say we'];
const BLAME = [
  'My manager failed to tell us that {deadline} had moved.',
  'The vendor dropped the ball on the {system} upgrade.',
  'The contractors never delivered the {artifact} they promised.',
  'Our designer refused to change the mock-ups.',
  'QA forgot to test the {system} on older devices.',
  "Frankly, it was the vendor's fault.",
  'In the end {stakeholder} were to blame for the late sign-off.',
  'The other team was clueless about how the {system} worked.',
];
const EXCUSE = [
  "Honestly, it wasn't my fault that the {system} went down.",
  'The outage was beyond my control.',
  'I had no choice but to ship it as it was.',
  'Nobody told me the {system} had a rate limit.',
  'My hands were tied until {stakeholder} signed off.',
  'There was nothing I could do about the vendor.',
];
const PASSIVE = [
  'Mistakes were made during the cutover.',
  'The deadline was missed.',
  'Several warning signs were overlooked.',
  'The {artifact} was forgotten until the night before launch.',
  'Key requirements were misunderstood early on.',
  'The test data was deleted during the migration.',
  'I was asked to present the plan to {stakeholder}.',
  'The budget was approved in {month}.',
  'The first version was rejected by {stakeholder}.',
];
const BOAST = [
  'I single-handedly rewrote the {system}.',
  'The launch was flawless.',
  'It was the fastest rollout ever at {org}.',
  'It was the largest {project} in company history.',
  'Nobody else could have untangled that {system}.',
  'It was the smoothest release our team had ever seen.',
  'Honestly, it was the best work of my career, and probably the best the {team} has ever done.',
];
const HUMBLEBRAG = [
  'My biggest weakness is that I care too much about quality.',
  "I'm a perfectionist, so I kept polishing the {artifact}.",
  'I take on too much because I want everyone to succeed.',
  'The problem was that I was too detail-oriented.',
];
const DAMAGING = [
  'I fudged the numbers in the status report to buy another week.',
  'We covered it up until the audit.',
];
const COMMENTS = [
  '<!-- check the exact figure with {stakeholder} -->',
  '<!-- TODO: shorten this part -->',
  '<!-- story-coach-disable-next-line hedging -->',
  '<!-- story-coach-disable vague-claim -->',
  '<!-- story-coach-enable vague-claim -->',
  '<!-- story-coach-disable-next-line hedgin -->',
];
const TITLES = [
  '{Project} turnaround',
  'Rescuing the {system}',
  'Cutting the {metric}',
  'The {month} {project} slip',
  'When the {system} fell over',
  'Owning the {artifact}',
  'Winning back {stakeholder}',
  'Leading the {team}',
];

// ---------------------------------------------------------------------------------------------
// Filling templates

interface Filler {
  readonly rng: Rng;
  readonly world: World;
  readonly year: number;
  /** Templates left to draw per list: a story uses each template once before repeating any. */
  readonly decks: Map<readonly string[], string[]>;
}

function newFiller(rng: Rng, world: World): Filler {
  return { rng, world, year: rng.int(2016, 2024), decks: new Map() };
}

function draw(filler: Filler, templates: readonly string[]): string {
  let deck = filler.decks.get(templates);
  if (!deck || deck.length === 0) {
    deck = [...templates];
    filler.decks.set(templates, deck);
  }
  const at = Math.floor(filler.rng.next() * deck.length);
  const [template] = deck.splice(at, 1);
  return template;
}

function fill(template: string, filler: Filler): string {
  const { rng, world } = filler;
  return template.replace(/\{(\w+)\}/g, (_match, slot: string) => {
    const lower = slot.toLowerCase();
    let value: string;
    switch (lower) {
      case 'org': value = world.org; break;
      case 'project': value = world.project; break;
      case 'system': value = world.system; break;
      case 'users': value = world.users; break;
      case 'things': value = world.things; break;
      case 'metric': value = world.metric; break;
      case 'team': value = world.team; break;
      case 'artifact': value = world.artifact; break;
      case 'fromto': value = world.fromTo(rng); break;
      case 'name': value = rng.pick(NAMES); break;
      case 'peerrole': value = rng.pick(PEER_ROLES); break;
      case 'stakeholder': value = rng.pick(STAKEHOLDERS); break;
      case 'month': value = rng.pick(MONTHS); break;
      case 'year': value = String(filler.year); break;
      case 'deadline': value = rng.pick(DEADLINES); break;
      case 'tool': value = rng.pick(TOOLS); break;
      case 'problem': value = rng.pick(PROBLEMS); break;
      case 'role': value = rng.pick(ROLES); break;
      case 'n': value = String(rng.int(3, 14)); break;
      case 'nword': value = numberWord(rng); break;
      case 'pct': value = `${rng.int(5, 60)}%`; break;
      case 'money': value = money(rng); break;
      case 'dur': value = duration(rng); break;
      case 'big': value = bigCount(rng); break;
      case 'mult': value = rng.pick(['doubled', 'tripled', 'halved', `improved ${rng.int(2, 5)}x`, 'roughly doubled']); break;
      default: throw new Error(`unknown slot {${slot}}`);
    }
    return slot[0] === slot[0].toUpperCase() ? value[0].toUpperCase() + value.slice(1) : value;
  });
}

// ---------------------------------------------------------------------------------------------
// Stories

export type StoryKind = 'achievement' | 'failure' | 'challenge';
export type SectionName = 'intro' | 'situation' | 'task' | 'action' | 'result' | 'lessons';

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/** Words as the benchmark counts them (the same way for every tool). */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}

/** One sentence for a section of a story in a random world: used by the benchmark's edits too. */
export function sentenceFor(rng: Rng, section: SectionName, kind: StoryKind = 'achievement'): string {
  const filler = newFiller(rng, rng.pick(WORLDS));
  return fill(draw(filler, baseTemplates(section, kind, rng)), filler);
}

function baseTemplates(section: SectionName, kind: StoryKind, rng: Rng): readonly string[] {
  switch (section) {
    case 'intro': return INTRO;
    case 'situation': return SITUATION;
    case 'task': return TASK;
    case 'action': return kind === 'failure' && rng.chance(0.35) ? FAILURE_ACTION : ACTION;
    case 'result': return kind === 'failure' && rng.chance(0.5) ? FAILURE_RESULT : RESULT;
    case 'lessons': return rng.chance(0.3) ? FOLLOW_THROUGH : LESSONS;
  }
}

/** Seasoning for a sentence, or null: what the rules should find now and then. */
function seasoning(rng: Rng, section: SectionName, kind: StoryKind): readonly string[] | null {
  if (!rng.chance(0.16)) return null;
  const roll = rng.next();
  if (roll < 0.3) return VAGUE;
  if (roll < 0.48) return HEDGED;
  if (roll < 0.58) return PASSIVE;
  if (roll < 0.66) return section === 'situation' || kind === 'failure' ? BLAME : PASSIVE;
  if (roll < 0.74) return kind === 'failure' || section === 'situation' ? EXCUSE : VAGUE;
  if (roll < 0.86) return section === 'result' || section === 'action' ? BOAST : HEDGED;
  if (roll < 0.95) return kind === 'failure' ? HUMBLEBRAG : VAGUE;
  return kind === 'failure' && rng.chance(0.3) ? DAMAGING : PASSIVE;
}

// Variation: openers and trailing phrases, so sentences rarely repeat word for word across a bank
// (a real writer's never do, and repeats would flatter any per-sentence cache).
const OPENERS = [
  'In the first week,', 'After the audit,', 'By {month},', 'Within a few days,', 'Early on,', 'At that point,',
  'Two weeks in,', 'Meanwhile,', 'Later that month,', 'On the second day,', 'Before the launch,', 'During the pilot,',
  'From the start,', 'In {month} {year},', 'After a tense review,', 'Once the budget was clear,', 'Around the same time,',
  'In the end,', 'For the first time,', 'With {Name} on leave,', 'Right after the kickoff,', 'Halfway through,',
];
const TRAILERS = [
  'with help from {Name}', 'despite the tight budget', 'without extra headcount', 'across {nword} sites',
  'for the whole {team}', 'ahead of {deadline}', 'over {dur}', 'at {org}', 'in close contact with {stakeholder}',
  'while the old {system} was still live', 'on top of the day job', 'after a long discussion with {Name}',
  'before anyone asked', 'during the busiest month of the year', 'in our {nword} regional offices',
  'with a very small budget', 'as part of the {project}', 'while hiring for two open roles',
];

function withVariation(rng: Rng, filler: Filler, sentence: string): string {
  let result = sentence;
  if (rng.chance(0.45) && result.endsWith('.') && !result.includes('—')) {
    result = `${result.slice(0, -1)} ${fill(rng.pick(TRAILERS), filler)}.`;
  }
  if (rng.chance(0.45) && /^(?:I |We |The |Our |Every |Two |Leadership )/.test(result)) {
    const lowered = result.startsWith('I ') ? result : result[0].toLowerCase() + result.slice(1);
    result = `${fill(rng.pick(OPENERS), filler)} ${lowered}`;
  }
  return result;
}

function withHedgePrefix(rng: Rng, sentence: string): string {
  if (sentence.startsWith('I ')) return `${rng.pick(HEDGE_PREFIX_I)} ${sentence.slice(2)}`;
  if (sentence.startsWith('We ')) return `${rng.pick(HEDGE_PREFIX_WE)} ${sentence.slice(3)}`;
  return sentence;
}

/** Occasional Markdown emphasis on one word in the middle of a sentence. */
function withEmphasis(rng: Rng, sentence: string): string {
  const words = sentence.split(' ');
  if (words.length < 6) return sentence;
  const at = rng.int(2, words.length - 2);
  if (!/^[\p{L}]{4,}$/u.test(words[at])) return sentence;
  const marker = rng.pick(['**', '_', '`']);
  words[at] = `${marker}${words[at]}${marker}`;
  return words.join(' ');
}

function sectionSentences(rng: Rng, filler: Filler, section: SectionName, kind: StoryKind, words: number): string[] {
  const sentences: string[] = [];
  let count = 0;
  do {
    let sentence = withVariation(rng, filler, fill(draw(filler, baseTemplates(section, kind, rng)), filler));
    if (rng.chance(0.04)) sentence = withHedgePrefix(rng, sentence);
    if (rng.chance(0.04)) sentence = withEmphasis(rng, sentence);
    sentences.push(sentence);
    count += countWords(sentence);
    const extra = seasoning(rng, section, kind);
    if (extra) {
      const seasoned = withVariation(rng, filler, fill(draw(filler, extra), filler));
      sentences.push(seasoned);
      count += countWords(seasoned);
    }
  } while (count < words);
  return sentences;
}

type Layout = 'headings' | 'labels' | 'letters' | 'combined' | 'freeform';

const HEADING_NAMES: Readonly<Record<Exclude<SectionName, 'intro'>, readonly string[]>> = {
  situation: ['Situation', 'Situation', 'Context', 'Background'],
  task: ['Task', 'Task', 'Goal', 'Challenge'],
  action: ['Action', 'Actions', 'Approach', 'What I did'],
  result: ['Result', 'Result', 'Outcome', 'Impact'],
  lessons: ['Lessons', 'Lessons learned', 'What I learned', 'Reflection'],
};
const MISSPELLED: Readonly<Record<Exclude<SectionName, 'intro'>, string>> = {
  situation: 'Situaton',
  task: 'Taks',
  action: 'Actoin',
  result: 'Resutl',
  lessons: 'Lesons',
};

export interface StoryOptions {
  readonly words: number;
  /** Write a `# Title` line (always, in a bank file). */
  readonly heading: boolean;
  readonly kind?: StoryKind;
  readonly layout?: Layout;
}

/** One story, about `words` words long (within a sentence or so). */
export function generateStory(rng: Rng, options: StoryOptions): string {
  const kind: StoryKind = options.kind ?? (rng.chance(0.6) ? 'achievement' : rng.chance(0.62) ? 'failure' : 'challenge');
  const layout: Layout =
    options.layout ?? rng.pick<Layout>(['headings', 'headings', 'headings', 'headings', 'headings', 'labels', 'labels', 'letters', 'combined', 'freeform']);
  const world = rng.pick(WORLDS);
  const filler = newFiller(rng, world);
  const lines: string[] = [];
  if (options.heading) lines.push(`# ${fill(rng.pick(TITLES), filler)}`);

  // Metadata: most stories carry some, in varied order and spelling.
  const metadata: string[] = [];
  if (kind !== 'achievement' || rng.chance(0.5)) metadata.push(`${rng.pick(['Kind', 'Kind', 'Type'])}: ${kind}`);
  if (rng.chance(0.6)) metadata.push(`Role: ${rng.pick(ROLES)}`);
  if (rng.chance(0.6)) {
    const competencies = new Set<string>();
    for (let i = rng.int(1, 3); i > 0; i--) competencies.add(rng.pick(COMPETENCIES));
    metadata.push(`${rng.pick(['Competencies', 'Tags'])}: ${[...competencies].join(', ')}`);
  }
  for (let i = rng.chance(0.6) ? rng.int(1, 2) : 0; i > 0; i--) metadata.push(`${rng.pick(['Question', 'Q'])}: ${rng.pick(QUESTIONS)}`);
  if (rng.chance(0.4)) metadata.push(`Target: ${rng.pick(['90s', '2m', '2m30s', '2:30', '3m', '1m45s'])}`);
  if (rng.chance(0.4)) metadata.push(`When: ${rng.pick([String(filler.year), `${filler.year}-Q${rng.int(1, 4)}`, `${filler.year}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`])}`);
  if (rng.chance(0.1)) metadata.push(`Rehearsed: 2024-0${rng.int(1, 9)}-0${rng.int(1, 9)}, 2024-1${rng.int(0, 2)}-1${rng.int(0, 9)}`);
  if (rng.chance(0.04)) metadata.push(`${rng.pick(['Competences', 'Rol', 'Targt'])}: ${rng.pick(COMPETENCIES)}`);
  lines.push(...metadata);
  if (metadata.length > 0 || options.heading) lines.push('');

  const sections: SectionName[] =
    kind === 'failure' ? ['situation', 'action', 'result', 'lessons'] : ['situation', 'task', 'action', 'result'];
  if (kind !== 'failure' && rng.chance(0.35)) sections.push('lessons');
  // Occasionally a required section is left out, so missing-section has work.
  if (layout !== 'freeform' && rng.chance(0.06)) sections.splice(rng.int(0, sections.length - 1), 1);
  const share: Readonly<Record<SectionName, number>> =
    kind === 'failure'
      ? { intro: 0.04, situation: 0.2, task: 0.08, action: 0.34, result: 0.17, lessons: 0.25 }
      : { intro: 0.04, situation: 0.17, task: 0.09, action: 0.44, result: 0.17, lessons: 0.1 };
  const totalShare = sections.reduce((sum, name) => sum + share[name], 0) + 0.04;
  const budget = (name: SectionName): number => Math.max(8, Math.round((options.words * share[name]) / totalShare));

  const wrap = rng.chance(0.3) ? rng.int(72, 100) : 0;
  const bullets = rng.chance(0.3);
  const paragraphs = (sentences: readonly string[]): string[] => {
    const out: string[] = [];
    let index = 0;
    while (index < sentences.length) {
      const size = rng.int(2, 5);
      out.push(...hardWrap(sentences.slice(index, index + size).join(' '), wrap), '');
      index += size;
    }
    out.pop();
    return out;
  };
  const comment = (): void => {
    if (rng.chance(0.12)) lines.push(fill(rng.pick(COMMENTS), filler));
  };

  if (rng.chance(layout === 'freeform' ? 1 : 0.3)) {
    lines.push(...paragraphs(sectionSentences(rng, filler, 'intro', kind, budget('intro'))), '');
  }
  if (layout === 'freeform') {
    const all = sections.flatMap((name) => sectionSentences(rng, filler, name, kind, budget(name)));
    lines.push(...paragraphs(all), '');
    return finish(lines);
  }

  for (let index = 0; index < sections.length; index++) {
    const name = sections[index] as Exclude<SectionName, 'intro'>;
    let sentences = sectionSentences(rng, filler, name, kind, budget(name));
    let heading = rng.chance(0.03) ? MISSPELLED[name] : rng.pick(HEADING_NAMES[name]);
    if (layout === 'combined' && name === 'situation' && sections[index + 1] === 'task') {
      sentences = [...sentences, ...sectionSentences(rng, filler, 'task', kind, budget('task'))];
      heading = `${heading} ${rng.pick(['&', 'and', '/'])} Task`;
      index++;
    }
    comment();
    if (layout === 'labels' || layout === 'letters') {
      const label = layout === 'letters' ? (name === 'lessons' ? 'L' : name[0].toUpperCase()) : heading;
      // Notes style: the first sentence on the label line, the rest one per line or as paragraphs.
      lines.push(`${label}: ${sentences[0]}`);
      if (sentences.length > 1) lines.push(...(layout === 'letters' ? sentences.slice(1) : paragraphs(sentences.slice(1))));
      lines.push('');
      continue;
    }
    lines.push(`${rng.chance(0.85) ? '##' : '###'} ${rng.chance(0.05) ? `**${heading}**` : heading}`);
    if (name === 'action' && bullets) {
      const numbered = rng.chance(0.3);
      sentences.forEach((sentence, i) => lines.push(...hardWrap(`${numbered ? `${i + 1}.` : rng.pick(['-', '*'])} ${sentence}`, wrap)));
    } else {
      lines.push(...paragraphs(sentences));
    }
    lines.push('');
  }
  if (rng.chance(0.25)) {
    lines.push('## Notes');
    for (let i = rng.int(1, 3); i > 0; i--) lines.push(`- ${fill(rng.pick(NOTES), filler)}`);
    lines.push('');
  }
  return finish(lines);
}

function finish(lines: string[]): string {
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

/** Hard-wraps a paragraph at `width` columns (0: no wrapping). */
function hardWrap(text: string, width: number): string[] {
  if (width <= 0) return [text];
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') out.push(line);
  return out;
}

/** A bank file: a preamble comment, then stories of about `perStory` words until `words` is reached. */
export function generateBank(rng: Rng, words: number, perStory = 500): string {
  const parts = ['<!-- My story bank: one story per heading. -->\n'];
  let total = 0;
  while (total < words) {
    const story = generateStory(rng.fork(), { words: Math.min(perStory, Math.max(80, words - total)), heading: true });
    parts.push(story);
    total += countWords(story);
  }
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The benchmark's data set

export interface GenerateOptions {
  readonly seed: number;
  readonly outDir: string;
  /** Files in the folder bank. */
  readonly files: number;
  /** Words across the folder bank. */
  readonly folderWords: number;
  readonly storyWords: number;
  readonly bankWords: number;
}

export interface GeneratedSet {
  readonly storyFile: string;
  readonly bankFile: string;
  readonly folder: string;
  readonly storyWords: number;
  readonly bankWords: number;
  readonly folderFiles: number;
  readonly folderWords: number;
}

export const DEFAULT_GENERATE: Omit<GenerateOptions, 'outDir'> = {
  seed: 20240605,
  files: 1000,
  folderWords: 500_000,
  storyWords: 1000,
  bankWords: 20_000,
};

const GROUPS = ['2019', '2020', '2021', '2022', '2023', '2024', 'leadership', 'failures', 'drafts', 'archive'];

/** Writes the whole set afresh (the output folder is emptied first). Same seed, same bytes. */
export function generateSet(options: GenerateOptions): GeneratedSet {
  fs.rmSync(options.outDir, { recursive: true, force: true });
  fs.mkdirSync(options.outDir, { recursive: true });
  const root = new Rng(options.seed);

  const storyRng = root.fork();
  const story = generateStory(storyRng, { words: options.storyWords, heading: true, kind: 'achievement', layout: 'headings' });
  const storyFile = path.join(options.outDir, 'story-1k.story');
  fs.writeFileSync(storyFile, story);

  const bank = generateBank(root.fork(), options.bankWords);
  const bankFile = path.join(options.outDir, 'bank-20k.story');
  fs.writeFileSync(bankFile, bank);

  // The folder: lengths spread from short notes to long drafts, scaled to the word total.
  const folder = path.join(options.outDir, 'bank');
  const folderRng = root.fork();
  const weights = Array.from({ length: options.files }, () => 0.3 + 1.4 * folderRng.next() ** 1.5);
  let weightLeft = weights.reduce((sum, weight) => sum + weight, 0);
  let folderWords = 0;
  for (let index = 0; index < options.files; index++) {
    const fileRng = folderRng.fork();
    // Each file's share of the words still to write: generation overshoots a little, and this corrects it.
    const target = Math.max(60, Math.round(((options.folderWords - folderWords) * weights[index]) / weightLeft));
    weightLeft -= weights[index];
    // One file in ten is a small bank of its own; the rest hold one story, most with a heading.
    let text =
      fileRng.chance(0.1)
        ? generateBank(fileRng, target, Math.max(150, Math.round(target / fileRng.int(2, 4))))
        : generateStory(fileRng, { words: target, heading: fileRng.chance(0.7) });
    if (fileRng.chance(0.03)) text = text.replace(/\n/g, '\r\n');
    const group = path.join(folder, GROUPS[index % GROUPS.length]);
    fs.mkdirSync(group, { recursive: true });
    fs.writeFileSync(path.join(group, `story-${String(index + 1).padStart(4, '0')}.story`), text);
    folderWords += countWords(text);
  }
  return {
    storyFile,
    bankFile,
    folder,
    storyWords: countWords(story),
    bankWords: countWords(bank),
    folderFiles: options.files,
    folderWords,
  };
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const set = generateSet({
    ...DEFAULT_GENERATE,
    seed: Number(value('--seed') ?? DEFAULT_GENERATE.seed),
    files: Number(value('--files') ?? DEFAULT_GENERATE.files),
    folderWords: Number(value('--folder-words') ?? DEFAULT_GENERATE.folderWords),
    outDir: path.resolve(value('--out') ?? path.join(__dirname, '..', '..', 'bench', 'data', 'full')),
  });
  console.log(JSON.stringify(set, null, 2));
}
