// `npm run eval:rules [-- DIR] [--verbose]`: recall and false alarms per rule over an evaluation set
// laid out as DIR/<rule-id>/{weak,strong}.story (default test/fixtures/eval; see its README).
// A weak story is caught when the rule fires at least once in it; a strong story is a false alarm
// when the rule fires at all. Each story is linted on its own, with every rule on.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, parseStoryDocument } from '../server/src/engine';

export interface StoryOutcome {
  readonly title: string;
  readonly fired: boolean;
  /** The rule's findings, quoted, for reading a miss or a false alarm. */
  readonly quotes: readonly string[];
}

export interface RuleEvaluation {
  readonly rule: string;
  readonly weak: readonly StoryOutcome[];
  readonly strong: readonly StoryOutcome[];
  /** Share of weak stories caught (1 when there are none). */
  readonly recall: number;
  /** Share of strong stories the rule fired on (0 when there are none). */
  readonly falseAlarmRate: number;
}

const EVAL_ROOT = path.resolve(__dirname, '..', '..', 'test', 'fixtures', 'eval');

/** Splits a file into its stories' texts: a story starts at a `# Title` line. */
export function storyTexts(text: string): string[] {
  const doc = parseStoryDocument(text);
  if (doc.stories.length <= 1) return [text];
  return doc.stories.map((story, index) => text.slice(index === 0 ? 0 : story.span.start, doc.stories[index + 1]?.span.start ?? text.length));
}

function outcomes(file: string, rule: string): StoryOutcome[] {
  if (!fs.existsSync(file)) return [];
  return storyTexts(fs.readFileSync(file, 'utf8')).map((text) => {
    const result = lint(text, { fileName: path.basename(file) });
    const findings = result.findings.filter((finding) => finding.rule === rule);
    return {
      title: result.stories[0]?.title ?? '(untitled)',
      fired: findings.length > 0,
      quotes: findings.map((finding) => text.slice(finding.span.start, finding.span.end).replace(/\s+/g, ' ')),
    };
  });
}

export function evaluateRules(dir: string = EVAL_ROOT): RuleEvaluation[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((rule) => {
      const weak = outcomes(path.join(dir, rule, 'weak.story'), rule);
      const strong = outcomes(path.join(dir, rule, 'strong.story'), rule);
      const caught = weak.filter((story) => story.fired).length;
      const alarms = strong.filter((story) => story.fired).length;
      return { rule, weak, strong, recall: weak.length ? caught / weak.length : 1, falseAlarmRate: strong.length ? alarms / strong.length : 0 };
    });
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

function main(argv: string[]): number {
  const dir = argv.find((arg) => !arg.startsWith('--')) ?? EVAL_ROOT;
  const verbose = argv.includes('--verbose');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error('usage: npm run eval:rules [-- DIR] [--verbose]   (DIR holds <rule-id>/weak.story and strong.story)');
    return 2;
  }
  const results = evaluateRules(dir);
  console.log(`Evaluation set: ${dir}\n`);
  console.log('| rule | recall | false alarms |');
  console.log('|---|---|---|');
  let weak = 0;
  let caught = 0;
  let strong = 0;
  let alarms = 0;
  for (const result of results) {
    const ruleCaught = result.weak.filter((story) => story.fired).length;
    const ruleAlarms = result.strong.filter((story) => story.fired).length;
    weak += result.weak.length;
    caught += ruleCaught;
    strong += result.strong.length;
    alarms += ruleAlarms;
    console.log(`| ${result.rule} | ${percent(result.recall)} (${ruleCaught}/${result.weak.length}) | ${percent(result.falseAlarmRate)} (${ruleAlarms}/${result.strong.length}) |`);
  }
  console.log(`| **all** | ${percent(weak ? caught / weak : 1)} (${caught}/${weak}) | ${percent(strong ? alarms / strong : 0)} (${alarms}/${strong}) |`);
  if (verbose) {
    for (const result of results) {
      for (const story of result.weak) if (!story.fired) console.log(`MISS  ${result.rule}: ${story.title}`);
      for (const story of result.strong) if (story.fired) console.log(`ALARM ${result.rule}: ${story.title} «${story.quotes.join('» «')}»`);
    }
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
