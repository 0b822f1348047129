// `story-coach check` (story-format spec §6): lint .story files, print text, JSON or SARIF.
import * as path from 'node:path';
import { DEFAULT_OPTIONS, type EngineOptions } from '../../engine';
import { ConfigLocator, loadProjectConfig } from '../../config';
import type { CheckFileRequest } from '../check-file';
import { defineCommand, UsageError } from '../command';
import { findStoryFiles } from '../files';
import { formatJson } from '../formats/json';
import { formatSarif } from '../formats/sarif';
import { formatText } from '../formats/text';
import { checkFiles } from '../pool';

export type OutputFormat = 'text' | 'json' | 'sarif';
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export const checkCommand = defineCommand({
  name: 'check',
  synopsis: 'check [PATH...] [--format text|json|sarif] [--fix] [--config FILE] [--quiet]',
  summary: 'check .story files for what an interviewer would notice',
  help: `Checks .story files (folders are searched recursively, skipping node_modules and dot-folders;
no PATH means the current folder).

Options:
  --format FORMAT  text (default), json or sarif
  --fix            apply every safe fix in place (each file written atomically)
  --config FILE    settings file (default: the nearest .storycoach.json upwards)
  --quiet          report errors only
  -h, --help       show this help

Exit status: 0 no error-severity finding, 1 at least one, 2 bad usage, unreadable path or invalid configuration.`,
  options: {
    format: { type: 'string' },
    fix: { type: 'boolean' },
    config: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  async run({ values, positionals }, { version }) {
    const format = values.format ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
    const files = findStoryFiles(positionals.length > 0 ? positionals : ['.']);
    const optionsFor = settingsPerFile(values.config ?? null);
    const requests: CheckFileRequest[] = files.map((file) => ({
      file,
      displayPath: path.relative(process.cwd(), file).split(path.sep).join('/') || path.basename(file),
      options: optionsFor(file),
      fix: values.fix === true,
    }));
    let reports = await checkFiles(requests);
    if (values.quiet) reports = reports.map((report) => ({ ...report, findings: report.findings.filter((finding) => finding.severity === 'error') }));

    for (const report of reports) {
      if (report.error) process.stderr.write(`story-coach: ${report.path}: ${report.error}\n`);
      for (const failure of report.ruleFailures ?? []) process.stderr.write(`story-coach: ${report.path}: rule failed and was skipped: ${failure}\n`);
    }
    const output =
      format === 'json' ? formatJson(reports) : format === 'sarif' ? formatSarif(reports, version) : formatText(reports, process.stdout.isTTY === true && !process.env.NO_COLOR);
    process.stdout.write(output);

    if (reports.some((report) => report.error)) return 2;
    return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
  },
});

/** The engine options for each file: from --config, else the nearest .storycoach.json upwards, else the defaults. */
function settingsPerFile(explicitFile: string | null): (file: string) => EngineOptions {
  const explicit = explicitFile === null ? null : loadProjectConfig(explicitFile).options;
  const locator = new ConfigLocator();
  const loaded = new Map<string, EngineOptions>();
  return (file) => {
    if (explicit) return explicit;
    const config = locator.nearest(path.dirname(file));
    if (!config) return DEFAULT_OPTIONS;
    let options = loaded.get(config);
    if (!options) {
      options = loadProjectConfig(config).options;
      loaded.set(config, options);
    }
    return options;
  };
}
