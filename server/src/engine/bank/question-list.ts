// The built-in question list (story-bank spec §3): common behavioural and executive interview
// questions in our own wording, each with the competencies it probes and the kind of story it needs.
import type { QuestionKind } from './report';

export interface QuestionDefinition {
  readonly id: string;
  readonly text: string;
  readonly competencies: readonly string[];
  readonly kind: QuestionKind;
}

const q = (id: string, text: string, competencies: readonly string[], kind: QuestionKind = 'any'): QuestionDefinition => ({ id, text, competencies, kind });

export const BUILTIN_QUESTIONS: readonly QuestionDefinition[] = [
  // Failure and learning
  q('time-you-failed', 'Tell me about a time you failed.', ['growth', 'ownership'], 'failure'),
  q('biggest-mistake', 'What is the biggest mistake you have made at work, and what did you do about it?', ['ownership', 'growth'], 'failure'),
  q('missed-deadline', 'Tell me about a time you missed a deadline or a commitment.', ['ownership', 'execution'], 'failure'),
  q('project-did-not-go-to-plan', 'Describe a project that did not go to plan. What would you do differently?', ['growth', 'judgment'], 'failure'),
  q('critical-feedback', 'Tell me about the hardest feedback you have received and what you changed because of it.', ['growth', 'communication'], 'failure'),
  q('wrong-decision', 'Tell me about a decision you got wrong.', ['judgment', 'growth'], 'failure'),
  q('bounced-back', 'Describe a setback in your career and how you recovered from it.', ['growth', 'ownership'], 'failure'),
  // Conflict
  q('disagreed-with-manager', 'Tell me about a time you disagreed with your manager.', ['conflict', 'influence'], 'conflict'),
  q('conflict-with-colleague', 'Describe a conflict with a colleague and how you resolved it.', ['conflict', 'collaboration'], 'conflict'),
  q('difficult-conversation', 'Tell me about a difficult conversation you had to have with someone on your team.', ['conflict', 'communication', 'leadership'], 'conflict'),
  q('disagree-and-commit', 'Tell me about a time you committed to a decision you disagreed with.', ['conflict', 'judgment'], 'conflict'),
  q('pushed-back-on-executive', 'Tell me about a time you pushed back on a senior leader or the board.', ['conflict', 'influence'], 'conflict'),
  q('difficult-stakeholder', 'Describe working with a difficult stakeholder.', ['conflict', 'influence', 'collaboration'], 'conflict'),
  // Leadership and talent
  q('led-a-team-through-difficulty', 'Tell me about a time you led a team through a difficult period.', ['leadership', 'ambiguity'], 'achievement'),
  q('motivated-a-team', 'How have you motivated a team whose morale was low?', ['leadership'], 'achievement'),
  q('developed-someone', 'Tell me about someone you developed who went on to do well.', ['leadership', 'talent'], 'achievement'),
  q('built-a-team', 'Describe how you built a team from scratch.', ['talent', 'leadership'], 'achievement'),
  q('underperformer', 'Tell me about a time you managed an underperforming team member.', ['talent', 'leadership', 'communication'], 'any'),
  q('let-someone-go', 'Tell me about a time you had to let someone go.', ['talent', 'judgment', 'communication'], 'any'),
  q('hiring-decision', 'Tell me about a hiring decision you are proud of, or one you regret.', ['talent', 'judgment'], 'any'),
  q('delegated', 'Describe a time you delegated something important and how you made sure it succeeded.', ['leadership', 'execution'], 'achievement'),
  q('reorganised-a-team', 'Tell me about a time you changed how a team or organisation was structured.', ['talent', 'strategy', 'ambiguity'], 'achievement'),
  // Influence and communication
  q('influence-without-authority', 'Tell me about a time you influenced people who did not report to you.', ['influence', 'collaboration'], 'achievement'),
  q('changed-someones-mind', 'Describe a time you changed a senior leader’s mind.', ['influence', 'communication'], 'achievement'),
  q('sold-an-unpopular-idea', 'Tell me about a time you won support for an unpopular idea.', ['influence', 'innovation'], 'achievement'),
  q('complex-to-non-experts', 'Tell me about a time you explained something complex to a non-expert audience.', ['communication'], 'achievement'),
  q('delivered-bad-news', 'Tell me about a time you had to deliver bad news.', ['communication', 'ownership'], 'any'),
  q('presented-to-board', 'Describe a presentation to executives or a board that mattered.', ['communication', 'influence'], 'achievement'),
  // Execution and ownership
  q('turned-around-a-project', 'Tell me about a time you turned around a failing project.', ['execution', 'leadership'], 'achievement'),
  q('tight-deadline', 'Describe a time you delivered under a very tight deadline.', ['execution'], 'achievement'),
  q('went-beyond-your-role', 'Tell me about a time you took on something outside your responsibilities.', ['ownership'], 'achievement'),
  q('proudest-achievement', 'What is the achievement you are proudest of?', ['execution', 'ownership'], 'achievement'),
  q('competing-priorities', 'How did you handle several urgent priorities competing at once?', ['execution', 'judgment'], 'any'),
  q('crisis', 'Tell me about a crisis you managed.', ['execution', 'ambiguity', 'leadership'], 'achievement'),
  // Judgment, ambiguity and strategy
  q('decision-without-data', 'Tell me about a decision you made without all the information you wanted.', ['judgment', 'ambiguity'], 'any'),
  q('hard-trade-off', 'Describe a difficult trade-off you made.', ['judgment'], 'any'),
  q('said-no', 'Tell me about a time you said no to a senior stakeholder or a customer.', ['judgment', 'influence'], 'any'),
  q('led-through-change', 'Tell me about a time you led people through a major change.', ['ambiguity', 'leadership'], 'achievement'),
  q('unclear-goal', 'Describe a time the goal was unclear and how you found a way forward.', ['ambiguity', 'ownership'], 'any'),
  q('set-a-strategy', 'Tell me about a strategy you set and how it played out.', ['strategy', 'leadership'], 'achievement'),
  q('long-term-over-short-term', 'Describe a time you chose a long-term benefit over a short-term win.', ['strategy', 'judgment'], 'any'),
  q('killed-a-project', 'Tell me about a project you stopped, and why.', ['judgment', 'strategy'], 'any'),
  // Customers, innovation and standards
  q('customer-focus', 'Tell me about a time you went out of your way for a customer.', ['customer'], 'achievement'),
  q('customer-insight', 'Describe a time customer feedback changed your plans.', ['customer', 'innovation'], 'achievement'),
  q('new-idea', 'Tell me about an innovative idea you brought to life.', ['innovation'], 'achievement'),
  q('simplified-a-process', 'Describe a time you simplified or improved a process.', ['innovation', 'execution'], 'achievement'),
  q('raised-the-bar', 'Tell me about a time you raised the quality bar for your team.', ['quality', 'leadership'], 'achievement'),
  q('went-deep', 'Describe a problem you solved by digging into the details yourself.', ['quality', 'ownership'], 'achievement'),
  // Collaboration and business
  q('cross-team-project', 'Tell me about a project where you worked across several teams or companies.', ['collaboration', 'execution'], 'achievement'),
  q('built-trust', 'How did you build trust with a team or partner that was sceptical of you?', ['collaboration', 'influence'], 'achievement'),
  q('grew-revenue', 'Tell me about a time you grew revenue or won a market.', ['business', 'strategy'], 'achievement'),
  q('cut-costs', 'Describe a time you reduced costs without hurting the business.', ['business', 'judgment'], 'achievement'),
  q('owned-a-budget', 'Tell me about a budget or P&L you owned and what you did with it.', ['business', 'ownership'], 'achievement'),
  q('learned-quickly', 'Tell me about a time you had to learn something new very quickly.', ['growth', 'ambiguity'], 'any'),
];
