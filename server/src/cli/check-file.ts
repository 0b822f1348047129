import * as path from 'node:path';
import { applyFixes, lint, positionOf, type EngineOptions, type Severity } from '../engine';
import { sha256 } from './cache';
import { readStory } from './read-story';
import { writeStoryAtomically } from './write-story';

/** One finding as the spec's JSON has it: 1-based lines and UTF-16 columns, end exclusive. */
export interface FileFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly story: string | null;
  readonly section: string | null;
  readonly fixable: boolean;
}

export interface FileStory {
  readonly title: string;
  readonly kind: string;
  readonly line: number;
  readonly words: number;
  readonly speakingSeconds: number;
  readonly sections: readonly string[];
}

export interface FileReport {
  readonly path: string;
  readonly stories: readonly FileStory[];
  readonly findings: readonly FileFinding[];
  /** Why the file could not be checked, when it could not. */
  readonly error?: string;
  /** Fixes written with --fix. */
  readonly fixed?: number;
  readonly ruleFailures?: readonly string[];
  /** sha256 of the bytes checked, when the request asks for it (for --cache); not part of any output. */
  readonly contentHash?: string;
}

export interface CheckFileRequest {
  readonly file: string;
  readonly displayPath: string;
  readonly options: EngineOptions;
  readonly fix: boolean;
  /** Report the hash of the bytes checked (contentHash). */
  readonly hashContent?: boolean;
}

/** Reads, lints and (with --fix) repairs one file. Never throws: problems come back in `error`. */
export function checkFile({ file, displayPath, options, fix, hashContent }: CheckFileRequest): FileReport {
  try {
    const read = readStory(file);
    const fileOptions = { ...options, fileName: path.basename(file) };
    let text = read.text;
    let fixed = 0;
    if (fix) {
      const result = applyFixes(text, fileOptions);
      if (result.text !== text) {
        writeStoryAtomically(file, result.text, read);
        text = result.text;
        fixed = result.fixed;
      }
    }
    const result = lint(text, fileOptions);
    const lines = result.document.lines;
    // Editors hide a byte-order mark, so it takes no column: line 1 counts from the character after it.
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const column = (at: { line: number; character: number }): number => (at.line === 0 ? Math.max(0, at.character - bom) : at.character) + 1;
    const titleOf = (index: number | null): string | null => (index === null ? null : result.stories[index]?.title ?? null);
    return {
      path: displayPath,
      stories: result.stories.map((story) => ({
        title: story.title,
        kind: story.kind,
        line: positionOf(lines, story.span.start).line + 1,
        words: story.words,
        speakingSeconds: story.speakingSeconds,
        sections: story.sections,
      })),
      findings: result.findings.map((finding) => {
        const start = positionOf(lines, finding.span.start);
        const end = positionOf(lines, finding.span.end);
        return {
          rule: finding.rule,
          severity: finding.severity,
          message: finding.message,
          line: start.line + 1,
          column: column(start),
          endLine: end.line + 1,
          endColumn: column(end),
          story: titleOf(finding.story),
          section: finding.section,
          fixable: finding.fixes.some((candidate) => candidate.safe),
        };
      }),
      ...(fix ? { fixed } : {}),
      ...(hashContent ? { contentHash: sha256(read.bytes) } : {}),
      ...(result.ruleFailures.length > 0 ? { ruleFailures: result.ruleFailures.map((failure) => `${failure.rule}: ${String(failure.error)}`) } : {}),
    };
  } catch (error) {
    return { path: displayPath, stories: [], findings: [], error: error instanceof Error ? error.message : String(error) };
  }
}
