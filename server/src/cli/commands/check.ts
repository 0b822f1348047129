// `story-coach check` (story-format spec §6): lint .story files, print text, JSON or SARIF.
import * as path from 'node:path';
import { DEFAULT_OPTIONS, type EngineOptions } from '../../engine';
import { ConfigLocator, loadProjectConfig } from '../../config';
import { CheckCache, cacheFilePath, toolFingerprint } from '../cache';
import type { CheckFileRequest, FileReport } from '../check-file';
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
  synopsis: 'check [PATH...] [--format text|json|sarif] [--fix] [--config FILE] [--quiet] [--cache] [--cache-location PATH]',
  summary: 'check .story files for what an interviewer would notice',
  help: `Checks .story files (folders are searched recursively, skipping node_modules and dot-folders;
no PATH means the current folder).

Options:
  --format FORMAT  text (default), json or sarif
  --fix            apply every safe fix in place (each file written atomically)
  --config FILE    settings file (default: the nearest .storycoach.json upwards)
  --quiet          report errors only
  --cache          keep results by file content, settings and tool version; unchanged files are not
                   checked again
  --cache-location PATH
                   the cache file, or a folder for it (default: .storycoachcache in the current folder)
  -h, --help       show this help

Exit status: 0 no error-severity finding, 1 at least one, 2 bad usage, unreadable path or invalid configuration.`,
  options: {
    format: { type: 'string' },
    fix: { type: 'boolean' },
    config: { type: 'string' },
    quiet: { type: 'boolean' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
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
    if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location needs --cache');
    const cache = values.cache ? CheckCache.open(cacheFilePath(values['cache-location']), toolFingerprint(version)) : null;
    let reports = await checkWithCache(requests, cache);
    const cacheProblem = cache?.save();
    if (cacheProblem) process.stderr.write(`story-coach: ${cacheProblem}\n`);
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

/** Reports from the cache where the file, its settings and the tool are unchanged; the rest checked (and kept). */
async function checkWithCache(requests: readonly CheckFileRequest[], cache: CheckCache | null): Promise<FileReport[]> {
  if (!cache) return checkFiles(requests);
  const reports: FileReport[] = new Array(requests.length);
  const misses: number[] = [];
  requests.forEach((request, index) => {
    const hit = cache.lookup(request.file, request.options);
    // With --fix, a cached report that has something to fix is not enough: the fix must run.
    if (hit && !(request.fix && hit.findings.some((finding) => finding.fixable))) reports[index] = { path: request.displayPath, ...hit, ...(request.fix ? { fixed: 0 } : {}) };
    else misses.push(index);
  });
  const fresh = await checkFiles(misses.map((index) => ({ ...requests[index], hashContent: true })));
  fresh.forEach((report, k) => {
    const request = requests[misses[k]];
    cache.store(request.file, request.options, report);
    const { contentHash: _contentHash, ...shown } = report;
    reports[misses[k]] = shown;
  });
  return reports;
}

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
