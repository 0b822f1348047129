import { DIRECTIVE_NAMES } from '../parse/vocabulary';
import { didYouMean } from '../text/similarity';
import type { Rule } from './rule';


export const unknownDirective: Rule = {
  id: 'unknown-directive',
  title: 'Unknown directive or rule id',
  guideline: 'Format hygiene',
  defaultSeverity: 'warning',
  summary: 'A `story-coach-…` comment with an unknown directive or rule id; near misses get a did-you-mean fix.',
  fixable: true,
  docs: {
    why: 'A misspelt directive silences nothing, so the findings you meant to switch off keep coming back. Story Coach reports the typo instead of ignoring it.',
    weak: '<!-- story-coach-disable-next-line hedgin -->',
    strong: '<!-- story-coach-disable-next-line hedging -->',
    quietWhen: `Directives: ${DIRECTIVE_NAMES.join(', ')}, each followed by rule ids separated by spaces or commas (none means every rule). Only a story-coach-disable-file directive can silence this rule.`,
  },
  scope: 'file',
  check(context) {
    for (const directive of context.doc.directives) {
      if (directive.kind === null) {
        const suggestion = didYouMean(directive.name, DIRECTIVE_NAMES);
        context.report({
          span: directive.nameSpan,
          message: `"${directive.name}" is not a Story Coach directive${suggestion ? `. Did you mean "${suggestion}"?` : `: use ${DIRECTIVE_NAMES.join(', ')}.`}`,
          fixes: suggestion
            ? [{ title: `Change to "${suggestion}"`, edits: [{ ...directive.nameSpan, newText: suggestion }], safe: true, preferred: true }]
            : [],
        });
        continue;
      }
      for (const rule of directive.rules) {
        if (context.ruleIds.includes(rule.id)) continue;
        const suggestion = didYouMean(rule.id, context.ruleIds);
        context.report({
          span: rule.span,
          message: `"${rule.id}" is not a Story Coach rule${suggestion ? `. Did you mean "${suggestion}"?` : ''}`,
          fixes: suggestion
            ? [{ title: `Change to "${suggestion}"`, edits: [{ ...rule.span, newText: suggestion }], safe: true, preferred: true }]
            : [],
        });
      }
    }
  },
};
