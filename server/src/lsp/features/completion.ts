import {
  type CompletionItem,
  CompletionItemKind,
  type Connection,
  MarkupKind,
  type Range,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIRECTIVES, METADATA_KEYS, METADATA_TITLES, type MetadataKey, RULES, SECTION_NAMES, SECTION_TITLES, type SectionKind } from '../../engine';
import type { DocumentLinter } from '../document-linter';
import { isRoleDocument } from '../bank';
import { completionContext } from './completion-context';
import { COMMON_COMPETENCIES, KIND_CHOICES, METADATA_GUIDE, TARGET_CHOICES, type MetadataValueChoice } from './metadata-guide';
import { NOTES_GUIDE, SECTION_GUIDE } from './section-guide';

export const COMPLETION_TRIGGERS = ['#', ' ', ',', '-'];

const DIRECTIVE_CHOICES: readonly MetadataValueChoice[] = Object.entries(DIRECTIVES).map(([value, meaning]) => ({ value, meaning }));
/** Heading names offered besides the canonical ones: the combined heading and common variants. */
const EXTRA_HEADINGS = ['Situation & Task', 'Lessons learned', 'What I learned', 'Context', 'Challenge', 'Approach', 'Outcome', 'Impact'];
// Triggers the value list right after a key or label is accepted (VS Code's command; others ignore it).
const SUGGEST_AGAIN = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

/**
 * Section names at a heading or at the start of a line (label form), metadata keys and values at
 * the start of a story, rule ids inside `story-coach-…` directives.
 */
export function registerCompletion(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter): void {
  connection.onCompletion(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || isRoleDocument(document)) return [];
    const result = await linter.lint(document);
    const offset = document.offsetAt(position);
    const context = completionContext(result, offset);
    if (!context) return [];
    const range: Range = { start: document.positionAt(context.partialStart), end: position };
    switch (context.kind) {
      case 'directive-name':
        return DIRECTIVE_CHOICES.map((choice, index) => item(range, choice.value, choice.meaning, CompletionItemKind.Keyword, index, `${choice.value} `));
      case 'directive-rule':
        return RULES.filter((rule) => !context.listed.includes(rule.id)).map((rule, index) =>
          item(range, rule.id, `**${rule.title}** — _${rule.guideline}_. ${rule.summary}`, CompletionItemKind.Value, index),
        );
      case 'heading':
        return headingItems(range);
      case 'metadata-value':
        return metadataValueItems(range, context.key, context.listed, await usedCompetencies(documents, linter, { uri: document.uri, offset }));
      case 'line-start': {
        const present = new Set(context.story?.metadata.map((entry) => entry.key) ?? []);
        const keys = context.inMetadata ? metadataKeyItems(range, present) : [];
        return [...keys, ...labelItems(range, keys.length)];
      }
      default:
        return [];
    }
  });
}

function item(range: Range, label: string, documentation: string, kind: CompletionItemKind, order: number, newText = label): CompletionItem {
  return {
    label,
    kind,
    documentation: { kind: MarkupKind.Markdown, value: documentation },
    sortText: String(order).padStart(3, '0'),
    textEdit: { range, newText },
  };
}

function sectionDoc(kind: SectionKind | 'notes'): string {
  if (kind === 'notes') return NOTES_GUIDE;
  const aliases = [...SECTION_NAMES].filter(([name, value]) => value === kind && name.length > 1).map(([name]) => name);
  return `${SECTION_GUIDE[kind].holds}\n\n${SECTION_GUIDE[kind].aim}\n\nAlso accepted: ${aliases.join(', ')}.`;
}

function canonicalSections(): Array<[string, SectionKind | 'notes']> {
  return [...(Object.entries(SECTION_TITLES) as Array<[SectionKind, string]>).map(([kind, title]) => [title, kind] as [string, SectionKind]), ['Notes', 'notes']];
}

function headingItems(range: Range): CompletionItem[] {
  const canonical = canonicalSections().map(([title, kind], index) => ({ ...item(range, title, sectionDoc(kind), CompletionItemKind.Module, index), detail: 'section' }));
  const extra = EXTRA_HEADINGS.map((title, index) => {
    const kinds = title.split(' & ').map((part) => SECTION_NAMES.get(part.toLowerCase()) ?? 'notes');
    const detail = `section: ${kinds.map((kind) => (kind === 'notes' ? 'Notes' : SECTION_TITLES[kind])).join(' & ')}`;
    return { ...item(range, title, kinds.map(sectionDoc).join('\n\n'), CompletionItemKind.Module, canonical.length + index), detail };
  });
  return [...canonical, ...extra];
}

function labelItems(range: Range, offset: number): CompletionItem[] {
  return canonicalSections().map(([title, kind], index) => ({
    ...item(range, `${title}:`, sectionDoc(kind), CompletionItemKind.Module, offset + index, `${title}: `),
    detail: 'section label',
    filterText: title,
  }));
}

function metadataKeyItems(range: Range, present: ReadonlySet<MetadataKey>): CompletionItem[] {
  const keys = Object.keys(METADATA_TITLES) as MetadataKey[];
  return keys
    .filter((key) => key === 'question' || !present.has(key))
    .map((key, index) => {
      const title = METADATA_TITLES[key];
      const aliases = [...METADATA_KEYS].filter(([name, value]) => value === key && name !== key).map(([name]) => name);
      const guide = METADATA_GUIDE[key];
      const documentation = `${guide.meaning}\n\nValues: ${guide.values}${aliases.length > 0 ? `\n\nAlso written: ${aliases.join(', ')}` : ''}`;
      return {
        ...item(range, `${title}:`, documentation, CompletionItemKind.Property, index, `${title}: `),
        detail: 'metadata',
        filterText: title,
        ...(key === 'kind' || key === 'target' || key === 'competencies' ? { command: SUGGEST_AGAIN } : {}),
      };
    });
}

function metadataValueItems(range: Range, key: MetadataKey, listed: readonly string[], used: readonly string[]): CompletionItem[] {
  const choices = (values: readonly MetadataValueChoice[]) =>
    values.map((choice, index) => item(range, choice.value, choice.meaning, CompletionItemKind.EnumMember, index));
  switch (key) {
    case 'kind':
      return choices(KIND_CHOICES);
    case 'target':
      return choices(TARGET_CHOICES);
    case 'when':
      return choices(whenChoices(new Date()));
    case 'rehearsed':
      return choices([{ value: isoDate(new Date()), meaning: 'Today.' }]);
    case 'competencies': {
      const ownFirst = [...used.map((value) => ({ value, meaning: 'Used in your stories.' })), ...COMMON_COMPETENCIES.map((value) => ({ value, meaning: 'Commonly asked about.' }))];
      const seen = new Set(listed);
      const fresh = ownFirst.filter((choice) => {
        if (seen.has(choice.value)) return false;
        seen.add(choice.value);
        return true;
      });
      return choices(fresh);
    }
    default:
      return [];
  }
}

function whenChoices(today: Date): MetadataValueChoice[] {
  const year = today.getFullYear();
  const quarter = Math.floor(today.getMonth() / 3) + 1;
  return [
    { value: String(year), meaning: 'This year.' },
    { value: `${year}-Q${quarter}`, meaning: 'This quarter.' },
    { value: String(year - 1), meaning: 'Last year.' },
  ];
}

function isoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Competencies written in any open story, most used first; the line being typed does not count. */
async function usedCompetencies(
  documents: TextDocuments<TextDocument>,
  linter: DocumentLinter,
  cursor: { readonly uri: string; readonly offset: number },
): Promise<string[]> {
  const counts = new Map<string, number>();
  for (const document of documents.all()) {
    const result = await linter.lint(document);
    for (const story of result.document.stories) {
      for (const entry of story.metadata) {
        if (entry.key !== 'competencies') continue;
        if (document.uri === cursor.uri && cursor.offset >= entry.line.start && cursor.offset <= entry.line.end) continue;
        for (const value of entry.value.split(',')) {
          const name = value.trim().toLowerCase();
          if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
        }
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}
