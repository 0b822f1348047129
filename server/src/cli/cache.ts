// `story-coach check --cache`: results kept by file content, settings and tool build, as ESLint's
// --cache does. A re-run over an unchanged bank reads and hashes each file, then lints nothing.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EngineOptions } from '../engine';
import type { FileReport } from './check-file';

export const DEFAULT_CACHE_FILE = '.storycoachcache';
const CACHE_FORMAT = 1;

/** What a cached file's report holds: everything but where it is shown and what --fix wrote. */
type CachedReport = Omit<FileReport, 'path' | 'fixed' | 'contentHash'>;

interface CacheEntry {
  /** sha256 of the file's bytes, of the settings that applied, as hex. */
  readonly content: string;
  readonly settings: string;
  readonly report: CachedReport;
}

interface CacheFile {
  readonly format: number;
  /** The tool's version and a hash of its code: a new build invalidates every entry. */
  readonly tool: string;
  readonly files: Record<string, CacheEntry>;
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The cache file for --cache-location: a folder (existing, or written with a trailing slash) holds .storycoachcache. */
export function cacheFilePath(location: string | undefined): string {
  if (location === undefined) return path.resolve(DEFAULT_CACHE_FILE);
  const resolved = path.resolve(location);
  const isFolder = /[\\/]$/.test(location) || (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory());
  return isFolder ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved;
}

/** The tool build's fingerprint: its version and its code (the running bundle), so a rebuild starts afresh. */
export function toolFingerprint(version: string): string {
  let code = '';
  try {
    code = sha256(fs.readFileSync(__filename));
  } catch {
    // Without its own file (an unusual loader), the version alone keys the cache.
  }
  return `${version}+${code.slice(0, 16)}`;
}

export class CheckCache {
  private readonly files: Record<string, CacheEntry>;
  private readonly settingsHashes = new Map<EngineOptions, string>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly tool: string,
    files: Record<string, CacheEntry>,
  ) {
    this.files = files;
  }

  /** Reads the cache; a missing, unreadable, corrupt or other-build cache starts empty (never an error). */
  static open(file: string, tool: string): CheckCache {
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<CacheFile>;
      if (parsed.format === CACHE_FORMAT && parsed.tool === tool && typeof parsed.files === 'object' && parsed.files !== null) return new CheckCache(file, tool, { ...parsed.files });
    } catch {
      // start afresh
    }
    return new CheckCache(file, tool, {});
  }

  settingsHash(options: EngineOptions): string {
    let hash = this.settingsHashes.get(options);
    if (hash === undefined) {
      hash = sha256(JSON.stringify(options));
      this.settingsHashes.set(options, hash);
    }
    return hash;
  }

  /** The cached report for this file, if its bytes and settings are the ones it was made for. */
  lookup(file: string, options: EngineOptions): CachedReport | undefined {
    const entry = this.files[path.resolve(file)];
    if (!entry || entry.settings !== this.settingsHash(options)) return undefined;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    return entry.content === sha256(bytes) ? entry.report : undefined;
  }

  /** Keeps a fresh report, keyed by the content the check read (reports with problems are not kept). */
  store(file: string, options: EngineOptions, report: FileReport): void {
    if (report.contentHash === undefined || report.error !== undefined || (report.ruleFailures?.length ?? 0) > 0 || (report.fixed ?? 0) > 0) return;
    const { path: _path, fixed: _fixed, contentHash, ...kept } = report;
    this.files[path.resolve(file)] = { content: contentHash, settings: this.settingsHash(options), report: kept };
    this.changed = true;
  }

  /** Writes the cache atomically, dropping entries of files that no longer exist. Returns a problem, or null. */
  save(): string | null {
    for (const file of Object.keys(this.files)) {
      if (!fs.existsSync(file)) {
        delete this.files[file];
        this.changed = true;
      }
    }
    if (!this.changed) return null;
    const content: CacheFile = { format: CACHE_FORMAT, tool: this.tool, files: this.files };
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(temporary, JSON.stringify(content));
      fs.renameSync(temporary, this.file);
      return null;
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      return `cannot write cache ${this.file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); results were not cached`;
    }
  }
}
