// The bank in the editor's files: in the target role file, what covers each requirement (hover,
// code lens, go to definition) and a quick fix that starts a story for an uncovered one; in story
// files, a lens saying how many of the role's requirements each story fits.
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type CodeLens,
  type Diagnostic,
  type Hover,
  type Location,
  MarkupKind,
  type Position,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { competencyName, REQUIREMENT_COVERED_THRESHOLD, requirementsCoveredBy, type BankRequirement, type BankStory, type BankSummary } from '../../engine';
import { SERVER_COMMANDS } from '../../protocol';
import { type BankService, filePathOf } from './bank-service';
import type { BankDiagnosticData } from './bank-diagnostics';
import { newStoryFile, storySkeleton } from './new-story';
import type { FolderBank } from './folder-bank';

/** Server commands behind the lenses: any LSP client can run them (workspace/executeCommand). */
export const OPEN_LOCATION_COMMAND = SERVER_COMMANDS.openLocation;
export const NEW_STORY_FOR_REQUIREMENT_COMMAND = SERVER_COMMANDS.newStoryForRequirement;

export const NEW_STORY_TITLE = 'New story for this requirement';
const HOVER_STORIES = 5;

/** A document's place in a bank: its bank, the settled summary (stories, role, findings) and its path in it. */
export interface BankPlace {
  readonly bank: FolderBank;
  readonly report: BankSummary;
  readonly path: string;
}

export async function placeOf(service: BankService, uri: string): Promise<BankPlace | undefined> {
  const file = filePathOf(uri);
  const bank = file === undefined ? undefined : service.bankFor(uri);
  const path = file === undefined ? undefined : bank?.relative(file);
  if (!bank || path === undefined) return undefined;
  const { summary } = await bank.settledSummary();
  return { bank, report: summary, path };
}

/** The requirement on a (0-based) line of the target role file. */
export function requirementAt(place: BankPlace, line: number): BankRequirement | undefined {
  if (place.report.role?.path !== place.path) return undefined;
  return place.report.role.requirements.find((requirement) => requirement.line - 1 <= line && line <= (requirement.endLine ?? requirement.line) - 1);
}

export function storyById(report: BankSummary, id: string): BankStory | undefined {
  return report.stories.find((story) => story.id === id);
}

export function storyLocation(service: BankService, place: BankPlace, story: BankStory): Location {
  const line = Math.max(0, story.line - 1);
  return { uri: service.uriOf(place.bank.absolute(story.path)), range: { start: { line, character: 0 }, end: { line, character: 0 } } };
}

/** The stories that cover a requirement (score at or above the engine's threshold), best first. */
function covering(place: BankPlace, requirement: BankRequirement): { story: BankStory; score: number; terms: readonly string[] }[] {
  return requirement.matches
    .filter((match) => match.score >= REQUIREMENT_COVERED_THRESHOLD)
    .flatMap((match) => {
      const story = storyById(place.report, match.story);
      return story ? [{ story, score: match.score, terms: match.terms }] : [];
    });
}

export async function roleHover(service: BankService, document: TextDocument, position: Position): Promise<Hover | null> {
  const place = await placeOf(service, document.uri);
  const requirement = place && requirementAt(place, position.line);
  if (!place || !requirement) return null;
  const lines: string[] = [];
  const link = (story: BankStory): string => {
    const location = storyLocation(service, place, story);
    return `[${escapeMarkdown(story.title)}](${location.uri}#L${story.line})`;
  };
  const stories = covering(place, requirement);
  if (stories.length > 0) {
    lines.push(`**Covered** by ${stories.length === 1 ? 'one story' : `${stories.length} stories`}:`, '');
    for (const { story, score, terms } of stories.slice(0, HOVER_STORIES)) {
      lines.push(`- ${link(story)} — fit ${score.toFixed(2)}${terms.length > 0 ? ` · matched: ${terms.map((term) => `*${escapeMarkdown(term)}*`).join(', ')}` : ''}`);
    }
  } else {
    lines.push('**Not covered yet**: no story in your bank shows this requirement.');
    const closest = requirement.matches[0] && storyById(place.report, requirement.matches[0].story);
    if (closest) lines.push('', `Closest: ${link(closest)} (fit ${requirement.matches[0].score.toFixed(2)}, below what counts as covering it).`);
    lines.push('', `Use the quick fix *${NEW_STORY_TITLE}* to start one.`);
  }
  if (requirement.competencies.length > 0) lines.push('', `Asks for: ${requirement.competencies.map((id) => competencyName(id)).join(', ')}`);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') } };
}

export async function roleDefinition(service: BankService, document: TextDocument, position: Position): Promise<Location | null> {
  const place = await placeOf(service, document.uri);
  const requirement = place && requirementAt(place, position.line);
  const best = place && requirement ? covering(place, requirement)[0] : undefined;
  return place && best ? storyLocation(service, place, best.story) : null;
}

/** Role file: a lens per requirement. Story file: "fits 4 of 14 requirements of VP Operations" on each story. */
export async function bankCodeLenses(service: BankService, document: TextDocument, storyTitleLines?: readonly number[]): Promise<CodeLens[]> {
  const place = await placeOf(service, document.uri);
  if (!place) return [];
  const role = place.report.role;
  if (role && role.path === place.path) return role.requirements.map((requirement) => requirementLens(service, place, document, requirement));
  if (!role) return [];
  const stories = place.report.stories.filter((story) => story.path === place.path);
  const roleUri = service.uriOf(place.bank.absolute(role.path));
  return stories.map((story, index) => {
    const fits = requirementsCoveredBy(place.report, story.id);
    // The lint's title lines are current with the document; the report's may lag an edit behind.
    const line = storyTitleLines?.length === stories.length ? storyTitleLines[index] : story.line - 1;
    const title = `fits ${fits.length} of ${role.requirements.length} requirements of ${role.title}`;
    return {
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      command: { title, command: OPEN_LOCATION_COMMAND, arguments: [roleUri, (fits[0]?.line ?? 1) - 1], tooltip: fits.map((requirement) => `• ${requirement.text}`).join('\n') || 'No requirement of the role yet' },
    };
  });
}

function requirementLens(service: BankService, place: BankPlace, document: TextDocument, requirement: BankRequirement): CodeLens {
  const line = requirement.line - 1;
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  const stories = covering(place, requirement);
  if (stories.length === 0) {
    return { range, command: { title: 'No story covers this yet — write one', command: NEW_STORY_FOR_REQUIREMENT_COMMAND, arguments: [document.uri, requirement.line] } };
  }
  const best = storyLocation(service, place, stories[0].story);
  const others = stories.length > 1 ? ` (+${stories.length - 1} more)` : '';
  return { range, command: { title: `Covered by ${stories[0].story.title}${others}`, command: OPEN_LOCATION_COMMAND, arguments: [best.uri, best.range.start.line], tooltip: stories.map(({ story, score }) => `${story.title} — fit ${score.toFixed(2)}`).join('\n') } };
}

/** Quick fixes on `role-uncovered` diagnostics: a new story file with `Competencies:` filled. */
export async function roleCodeActions(service: BankService, document: TextDocument, params: CodeActionParams, canCreateFiles: boolean): Promise<CodeAction[]> {
  const only = params.context.only;
  if (!canCreateFiles || (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind)))) return [];
  const uncovered = params.context.diagnostics.filter((diagnostic) => diagnostic.code === 'role-uncovered');
  if (uncovered.length === 0) return [];
  const place = await placeOf(service, document.uri);
  if (!place) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of uncovered) {
    const line = (diagnostic.data as BankDiagnosticData | undefined)?.line ?? diagnostic.range.start.line + 1;
    const requirement = requirementAt(place, line - 1);
    if (!requirement) continue;
    const created = newStoryEdit(service, place, requirement);
    actions.push({
      title: NEW_STORY_TITLE,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic as Diagnostic],
      isPreferred: true,
      edit: created.edit,
      command: { title: 'Open the new story', command: OPEN_LOCATION_COMMAND, arguments: [created.uri, 0] },
    });
  }
  return actions;
}

/** The edit that creates a story for a requirement: a new file (never an existing one) with the skeleton. */
export function newStoryEdit(service: BankService, place: BankPlace, requirement: BankRequirement): { uri: string; edit: WorkspaceEdit } {
  const file = newStoryFile(place, requirement, (candidate) => service.isTaken(candidate));
  const uri = service.uriOf(file);
  const text = storySkeleton(requirement, place.report.role);
  return {
    uri,
    edit: {
      documentChanges: [
        { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ],
    },
  };
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
