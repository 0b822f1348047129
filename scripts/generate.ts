// Derives everything that lists the rules from the registry: one documentation page per rule,
// the VS Code settings (package.json contributes.configuration) and the README's tables.
// `npm run generate` writes them; `npm run generate -- --check` (and the unit tests) fail on drift.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BANK_RULES, RULES, type BankRule, type Rule } from '../server/src/engine';
import { DEFAULT_OPTIONS } from '../server/src/engine/config/options';
import { SECONDS_OPTIONS, WORD_OPTIONS } from '../server/src/engine/config/rule-options';
import { SEVERITY_CHOICES, WORD_LIST_LIMIT, WPM_RANGE } from '../server/src/engine/config/settings';
import type { RuleOption } from '../server/src/engine/rules/rule';
import { DEFAULT_DEBOUNCE_MS } from '../server/src/lsp/settings';

export const ROOT = path.resolve(__dirname, '..', '..');

const SEVERITY_SETTING: Readonly<Record<string, string>> = { error: 'error', warning: 'warning', info: 'information', hint: 'hint' };

/** A rule option's setting key and what the settings UI and docs say about it, from its declaration alone. */
function optionSetting(option: RuleOption): { key: string; description: string } {
  if (option.kind === 'seconds') return { key: `storyCoach.speakingTime.${option.key}`, description: option.description };
  const grammar = option.lexiconClass
    ? ` Each phrase also joins the coaching lexicon (as \`#${option.lexiconClass}\`), so the rule's grammar finds it in other forms too: a phrase's first word is conjugated ("sit on" also finds "sat on", "sitting on").`
    : '';
  return { key: `storyCoach.words.${option.key}`, description: `${option.description} Matched case-insensitively as whole words.${grammar}` };
}

/** A rule as its docs, settings and tables see it: story rules and bank rules alike. */
type DocumentedRule = Rule | BankRule;

/** Every documented rule: the story rules, then the bank rules (story-bank spec §5). */
export const DOCUMENTED_RULES: readonly DocumentedRule[] = [...RULES, ...BANK_RULES];

/** The settings a rule owns, on its page. */
function optionsSection(options: readonly RuleOption[]): string[] {
  if (options.length === 0) return [];
  const lines = options.map((option) => {
    const { key, description } = optionSetting(option);
    const value = option.kind === 'words' ? 'a list of phrases, empty by default' : `whole seconds from ${option.minimum} to ${option.maximum}, default ${option.default}`;
    return `- \`${key}\` (${value}): ${description}`;
  });
  return ['## Settings', '', ...lines, ''];
}

function isBankRule(rule: DocumentedRule): rule is BankRule {
  return 'scope' in rule && rule.scope === 'bank';
}

/** A rule's documentation page; a bank rule's says where it is reported and shows its target role. */
export function rulePage(rule: DocumentedRule): string {
  const bank = isBankRule(rule);
  const fence = (text: string, language = 'story') => ['```' + language, text, '```'].join('\n');
  const role = bank && rule.docs.role ? ['', 'With this target role (`.role` file):', '', fence(rule.docs.role, 'markdown')] : [];
  const off = `\`"storyCoach.rules.${rule.id}": "off"\` in VS Code, or \`{ "rules": { "${rule.id}": "off" } }\` in \`.storycoach.json\`.`;
  return [
    `# \`${rule.id}\` — ${rule.title}`,
    '',
    `Guideline: **${rule.guideline}** · Default severity: **${rule.defaultSeverity}** · ${bank ? 'Scope: **bank** (the whole set of stories)' : `Quick fix: **${rule.fixable ? 'yes' : 'no'}**`}`,
    '',
    rule.summary,
    '',
    '## Why interviewers care',
    '',
    rule.docs.why,
    '',
    '## Weak',
    '',
    fence(rule.docs.weak),
    ...role,
    '',
    '## Strong',
    '',
    fence(rule.docs.strong),
    '',
    ...(rule.docs.quietWhen ? ['## What it leaves alone', '', rule.docs.quietWhen, ''] : []),
    ...optionsSection(bank ? [] : (rule.options ?? [])),
    ...(bank
      ? [
          '## Where it is reported',
          '',
          'A finding about one story (or a pair) is reported on the story\'s title line; a finding about the bank as a whole on the first line of the target role file when there is one, and otherwise in the Story Bank view and the output of `story-coach bank`.',
          '',
          '## How to silence it',
          '',
          `Set ${off}`,
        ]
      : [
          '## How to silence it',
          '',
          `- One line: put \`<!-- story-coach-disable-next-line ${rule.id} -->\` on the line before.`,
          `- A passage: wrap it in \`<!-- story-coach-disable ${rule.id} -->\` … \`<!-- story-coach-enable ${rule.id} -->\`.`,
          `- A file: \`<!-- story-coach-disable-file ${rule.id} -->\` anywhere in it.`,
          `- Everywhere: set ${off}`,
        ]),
    '',
  ].join('\n');
}

/**
 * docs/rules/rules.json: every rule's metadata as data, for what cannot load the registry: the VS Code
 * client's rule picker and the language server's documentation links read it.
 */
export function rulesJson(): string {
  const rules = DOCUMENTED_RULES.map((rule) => ({
    id: rule.id,
    title: rule.title,
    guideline: rule.guideline,
    summary: rule.summary,
    defaultSeverity: rule.defaultSeverity,
    fixable: rule.fixable,
    scope: isBankRule(rule) ? 'bank' : 'story',
    page: `${rule.id}.md`,
  }));
  return `${JSON.stringify({ version: 1, rules }, null, 2)}\n`;
}

export function rulesIndexPage(): string {
  return ['# Story Coach rules', '', rulesTable('./'), ''].join('\n');
}

export function rulesTable(linkBase: string): string {
  const rows = DOCUMENTED_RULES.map(
    (rule) => `| [\`${rule.id}\`](${linkBase}${rule.id}.md) | ${rule.guideline} | ${rule.summary.replace(/\|/g, '\\|')} | ${rule.defaultSeverity} | ${rule.fixable ? 'yes' : ''} |`,
  );
  return ['| rule | guideline | flags | default | fix |', '|---|---|---|---|---|', ...rows].join('\n');
}

type Property = Record<string, unknown>;

export function configuration(): Property[] {
  const rules: Record<string, Property> = {};
  DOCUMENTED_RULES.forEach((rule, order) => {
    rules[`storyCoach.rules.${rule.id}`] = {
      type: 'string',
      enum: [...SEVERITY_CHOICES],
      default: SEVERITY_SETTING[rule.defaultSeverity],
      markdownDescription: `**${rule.title}** — _${rule.guideline}_. ${rule.summary}`,
      scope: 'resource',
      order,
    };
  });
  const words: Record<string, Property> = {};
  WORD_OPTIONS.forEach(({ option }, order) => {
    const { key, description } = optionSetting(option);
    words[key] = {
      type: 'array',
      items: { type: 'string', maxLength: WORD_LIST_LIMIT.characters },
      maxItems: WORD_LIST_LIMIT.entries,
      default: [],
      markdownDescription: description,
      scope: 'resource',
      order,
    };
  });
  const seconds: Record<string, Property> = {};
  SECONDS_OPTIONS.forEach(({ option }, order) => {
    const { key, description } = optionSetting(option);
    seconds[key] = { type: 'integer', default: option.default, minimum: option.minimum, maximum: option.maximum, markdownDescription: description, scope: 'resource', order: order + 1 };
  });
  return [
    { id: 'storyCoach.rules', title: 'Rules', properties: rules },
    {
      id: 'storyCoach.speaking',
      title: 'Speaking time',
      properties: {
        'storyCoach.wordsPerMinute': {
          type: 'number',
          default: DEFAULT_OPTIONS.wordsPerMinute,
          minimum: WPM_RANGE.min,
          maximum: WPM_RANGE.max,
          markdownDescription: 'Your speaking pace, used to estimate how long each story takes to tell.',
          scope: 'resource',
          order: 0,
        },
        ...seconds,
      },
    },
    { id: 'storyCoach.words', title: 'Word lists', properties: words },
    {
      id: 'storyCoach.advanced',
      title: 'Advanced',
      properties: {
        'storyCoach.debounceMs': {
          type: 'integer',
          default: DEFAULT_DEBOUNCE_MS,
          minimum: 0,
          maximum: 5000,
          markdownDescription: 'Delay after the last keystroke before published diagnostics refresh (clients that pull diagnostics, such as VS Code, ask for them themselves).',
          scope: 'resource',
          order: 0,
        },
        'storyCoach.trace.server': {
          type: 'string',
          enum: ['off', 'messages', 'verbose'],
          default: 'off',
          markdownDescription: 'Log the messages between VS Code and the Story Coach language server to the output channel.',
          scope: 'window',
          order: 1,
        },
      },
    },
  ];
}

export function settingsTable(): string {
  const rows: string[] = [];
  for (const group of configuration()) {
    for (const [key, value] of Object.entries(group.properties as Record<string, Property>)) {
      if (key.startsWith('storyCoach.rules.')) continue;
      rows.push(`| \`${key}\` | \`${JSON.stringify(value.default)}\` | ${String(value.markdownDescription).replace(/\|/g, '\\|')} |`);
    }
  }
  return [
    '| setting | default | meaning |',
    '|---|---|---|',
    `| \`storyCoach.rules.<rule>\` | the rule's default | \`${SEVERITY_CHOICES.join('` `')}\`: one setting per rule, listed in the table above |`,
    ...rows,
  ].join('\n');
}

/** Replaces the text between `<!-- generated:NAME:start -->` and its end marker. */
export function replaceBlock(text: string, name: string, content: string): string {
  const start = `<!-- generated:${name}:start -->`;
  const end = `<!-- generated:${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`missing ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** Every generated file with the content it should have. */
export function expectedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of DOCUMENTED_RULES) files.set(path.join('docs', 'rules', `${rule.id}.md`), rulePage(rule));
  files.set(path.join('docs', 'rules', 'README.md'), rulesIndexPage());
  files.set(path.join('docs', 'rules', 'rules.json'), rulesJson());

  const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  packageJson.contributes.configuration = configuration();
  files.set('package.json', `${JSON.stringify(packageJson, null, 2)}\n`);

  let readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  readme = replaceBlock(readme, 'rules', rulesTable('docs/rules/'));
  readme = replaceBlock(readme, 'settings', settingsTable());
  files.set('README.md', readme);
  return files;
}

/** Paths whose content differs from what the registry says it should be. */
export function drift(): string[] {
  const stale: string[] = [];
  for (const [file, content] of expectedFiles()) {
    const full = path.join(ROOT, file);
    if (!fs.existsSync(full) || fs.readFileSync(full, 'utf8') !== content) stale.push(file);
  }
  return stale;
}

if (require.main === module) {
  if (process.argv.includes('--check')) {
    const stale = drift();
    if (stale.length > 0) {
      console.error(`Out of date (run npm run generate): ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log('Generated files are up to date.');
  } else {
    fs.mkdirSync(path.join(ROOT, 'docs', 'rules'), { recursive: true });
    for (const [file, content] of expectedFiles()) fs.writeFileSync(path.join(ROOT, file), content);
    console.log(`Wrote ${DOCUMENTED_RULES.length} rule pages, the rules index, package.json settings and README tables.`);
  }
}
