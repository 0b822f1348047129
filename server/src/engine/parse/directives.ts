import type { Directive, DirectiveKind, DirectiveRuleRef, Span } from './types';
import { DIRECTIVE_KINDS, DIRECTIVE_PREFIX } from './vocabulary';

const LEADING_SPACE = /^\s*/;
const DIRECTIVE_KIND = /^[A-Za-z-]*/;

/** Reads `<!-- story-coach-… -->` directives out of the comments (spec §4). */
export function parseDirectives(text: string, comments: readonly Span[]): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const innerStart = comment.start + 4;
    const innerEnd = text.startsWith('-->', comment.end - 3) && comment.end - 3 >= innerStart ? comment.end - 3 : comment.end;
    const inner = text.slice(innerStart, innerEnd);
    const indent = LEADING_SPACE.exec(inner)?.[0].length ?? 0;
    if (!inner.startsWith(DIRECTIVE_PREFIX, indent)) continue;
    const written = DIRECTIVE_KIND.exec(inner.slice(indent + DIRECTIVE_PREFIX.length))?.[0] ?? '';
    const name = written.toLowerCase();
    const nameStart = innerStart + indent;
    const nameSpan = { start: nameStart, end: nameStart + DIRECTIVE_PREFIX.length + written.length };
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
