import { type Directive, DIRECTIVE_NAMES, findRule, lineIndexAt, type StoryDocument } from '../../engine';

/** Over a `story-coach-…` comment: which rules it silences, and where. */
export function directiveHover(doc: StoryDocument, directive: Directive): string {
  if (directive.kind === null) {
    return `**Unknown directive \`${directive.name}\`** — it silences nothing. Use ${DIRECTIVE_NAMES.slice(0, -1).map((name) => `\`${name}\``).join(', ')} or \`${DIRECTIVE_NAMES[DIRECTIVE_NAMES.length - 1]}\`.`;
  }
  const verb = directive.kind === 'enable' ? 'Turns back on' : 'Silences';
  const rules = directive.rules.length === 0 ? ['every rule'] : directive.rules.map((ref) => ruleLine(ref.id));
  return [`**${verb}** ${scope(doc, directive)}:`, rules.map((line) => `- ${line}`).join('\n')].join('\n\n');
}

function ruleLine(id: string): string {
  const rule = findRule(id);
  return rule ? `\`${id}\` — ${rule.title} (${rule.guideline})` : `\`${id}\` — not a Story Coach rule, so nothing`;
}

function scope(doc: StoryDocument, directive: Directive): string {
  const line = lineIndexAt(doc.lines, directive.span.end);
  switch (directive.kind) {
    case 'disable-file':
      return 'in the whole file';
    case 'enable':
      return `from line ${line + 1} on`;
    case 'disable-next-line': {
      const target = nextTextLine(doc, line + 1);
      return target === null ? 'on the next line (there is none)' : `on line ${target + 1}`;
    }
    case 'disable': {
      const end = doc.directives.find((other) => other.kind === 'enable' && other.span.start > directive.span.end && enables(other, directive));
      return end ? `from line ${line + 1} to line ${lineIndexAt(doc.lines, end.span.start) + 1}` : `from line ${line + 1} to the end of the file`;
    }
    default:
      return '';
  }
}

/** Whether an enable directive turns back on at least one of the rules a disable turned off. */
function enables(enable: Directive, disable: Directive): boolean {
  if (enable.rules.length === 0 || disable.rules.length === 0) return true;
  return enable.rules.some((ref) => disable.rules.some((other) => other.id === ref.id));
}

function nextTextLine(doc: StoryDocument, from: number): number | null {
  for (let index = from; index < doc.lines.length; index++) {
    const line = doc.lines[index];
    if (doc.uncommented.slice(line.start, line.end).trim() !== '') return index;
  }
  return null;
}
