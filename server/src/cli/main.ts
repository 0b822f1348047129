// `story-coach`: the command line over the engine (spec §6).
import * as path from 'node:path';
import { DEFAULT_OPTIONS, type EngineOptions } from '../engine';
import { parseArgs, USAGE, UsageError, type CheckArgs } from './args';
import { ConfigError, ConfigLocator, loadConfigFile } from './config-file';
import { findStoryFiles, PathError } from './files';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { checkFiles } from './pool';
import { rehearseCommand } from './rehearse/command';
import type { CheckFileRequest } from './check-file';

const VERSION = process.env.STORY_COACH_VERSION ?? '0.1.0';

async function main(argv: readonly string[]): Promise<number> {
  try {
    if (argv[0] === 'rehearse') return await rehearseCommand(argv.slice(1));
    const parsed = parseArgs(argv);
    if (parsed.command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (parsed.command === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    return await check(parsed.args);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PathError || error instanceof ConfigError) {
      process.stderr.write(`story-coach: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`story-coach: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

async function check(args: CheckArgs): Promise<number> {
  const files = findStoryFiles(args.paths);
  const explicit = args.config ? loadConfigFile(args.config) : null;
  const locator = new ConfigLocator();
  const loaded = new Map<string, EngineOptions>();
  const optionsFor = (file: string): EngineOptions => {
    if (explicit) return explicit;
    const config = locator.nearest(path.dirname(file));
    if (!config) return DEFAULT_OPTIONS;
    let options = loaded.get(config);
    if (!options) {
      options = loadConfigFile(config);
      loaded.set(config, options);
    }
    return options;
  };

  const requests: CheckFileRequest[] = files.map((file) => ({
    file,
    displayPath: path.relative(process.cwd(), file).split(path.sep).join('/') || path.basename(file),
    options: optionsFor(file),
    fix: args.fix,
  }));
  let reports = await checkFiles(requests);
  if (args.quiet) reports = reports.map((report) => ({ ...report, findings: report.findings.filter((finding) => finding.severity === 'error') }));

  for (const report of reports) {
    if (report.error) process.stderr.write(`story-coach: ${report.path}: ${report.error}\n`);
    for (const failure of report.ruleFailures ?? []) process.stderr.write(`story-coach: ${report.path}: rule failed and was skipped: ${failure}\n`);
  }
  const output =
    args.format === 'json' ? formatJson(reports) : args.format === 'sarif' ? formatSarif(reports, VERSION) : formatText(reports, process.stdout.isTTY === true && !process.env.NO_COLOR);
  process.stdout.write(output);

  if (reports.some((report) => report.error)) return 2;
  return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
