import { lineIndexAt } from './parse/lines';
import type { StoryDocument } from './parse/types';
import type { Finding } from './types';

const ALL = '*';

/**
 * Applies `story-coach-disable…` directives (spec §4). Directive problems themselves are reported
 * by the unknown-directive rule and can only be silenced by a file-wide directive.
 */
export function applyDirectives(doc: StoryDocument, findings: readonly Finding[]): Finding[] {
  if (doc.directives.length === 0) return [...findings];
  const fileWide = new Set<string>();
  const regionEvents: Array<{ offset: number; disable: boolean; rules: string[] }> = [];
  const lineRules = new Map<number, Set<string>>();

  for (const directive of doc.directives) {
    const rules = directive.rules.length > 0 ? directive.rules.map((rule) => rule.id) : [ALL];
    switch (directive.kind) {
      case 'disable-file':
        rules.forEach((rule) => fileWide.add(rule));
        break;
      case 'disable':
      case 'enable':
        regionEvents.push({ offset: directive.span.end, disable: directive.kind === 'disable', rules });
        break;
      case 'disable-next-line': {
        const line = nextNonBlankLine(doc, lineIndexAt(doc.lines, directive.span.end) + 1);
        if (line >= 0) {
          const set = lineRules.get(line) ?? new Set<string>();
          rules.forEach((rule) => set.add(rule));
          lineRules.set(line, set);
        }
        break;
      }
      default:
        break;
    }
  }

  return findings.filter((finding) => {
    if (fileWide.has(ALL) || fileWide.has(finding.rule)) return false;
    if (finding.rule === 'unknown-directive') return true;
    const onLine = lineRules.get(lineIndexAt(doc.lines, finding.span.start));
    if (onLine && (onLine.has(ALL) || onLine.has(finding.rule))) return false;
    return !disabledAt(regionEvents, finding.span.start, finding.rule);
  });
}

function disabledAt(events: readonly { offset: number; disable: boolean; rules: string[] }[], offset: number, rule: string): boolean {
  let allDisabled = false;
  const disabled = new Set<string>();
  for (const event of events) {
    if (event.offset > offset) break;
    for (const target of event.rules) {
      if (target === ALL) {
        allDisabled = event.disable;
        if (!event.disable) disabled.clear();
      } else if (event.disable) disabled.add(target);
      else disabled.delete(target);
    }
  }
  return allDisabled || disabled.has(rule);
}

function nextNonBlankLine(doc: StoryDocument, from: number): number {
  for (let index = from; index < doc.lines.length; index++) {
    const line = doc.lines[index];
    if (doc.uncommented.slice(line.start, line.end).trim() !== '') return index;
  }
  return -1;
}
