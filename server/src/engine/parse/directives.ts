import type { Directive, DirectiveKind, DirectiveRuleRef, Span } from './types';
import { DIRECTIVE_KINDS, DIRECTIVE_PREFIX } from './vocabulary';

const DIRECTIVE = new RegExp(`^(\\s*)${DIRECTIVE_PREFIX}([A-Za-z-]*)`);

/** Reads `<!-- story-coach-… -->` directives out of the comments (spec §4). */
export function parseDirectives(text: string, comments: readonly Span[]): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const innerStart = comment.start + 4;
    const innerEnd = text.startsWith('-->', comment.end - 3) && comment.end - 3 >= innerStart ? comment.end - 3 : comment.end;
    const inner = text.slice(innerStart, innerEnd);
    const match = DIRECTIVE.exec(inner);
    if (!match) continue;
    const name = match[2].toLowerCase();
    const nameStart = innerStart + match[1].length;
    const nameSpan = { start: nameStart, end: nameStart + DIRECTIVE_PREFIX.length + match[2].length };
    const rules: DirectiveRuleRef[] = [];
    const idPattern = /[^\s,]+/g;
    const argsStart = nameSpan.end;
    const args = text.slice(argsStart, innerEnd);
    for (let id = idPattern.exec(args); id; id = idPattern.exec(args)) {
      rules.push({ id: id[0], span: { start: argsStart + id.index, end: argsStart + id.index + id[0].length } });
    }
    const kind = (DIRECTIVE_KINDS as readonly string[]).includes(name) ? (name as DirectiveKind) : null;
    directives.push({ kind, name: `${DIRECTIVE_PREFIX}${name}`, nameSpan, rules, span: comment });
  }
  return directives;
}
