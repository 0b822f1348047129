import type { Connection, ExecuteCommandParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { COMPETENCIES, QUESTION_GAP_THRESHOLD, REQUIREMENT_COVERED_THRESHOLD } from '../../engine';
import { BankChangedNotification, BankRequest, FindStoriesRequest, type BankResult, type FindStoriesResult } from '../../protocol';
import { type BankService, fileUri, isRoleDocument } from './bank-service';
import { NEW_STORY_FOR_REQUIREMENT_COMMAND, newStoryEdit, OPEN_LOCATION_COMMAND, placeOf, requirementAt, roleDefinition } from './role-features';

const COMPETENCY_NAMES: Readonly<Record<string, string>> = Object.fromEntries(COMPETENCIES.map((competency) => [competency.id, competency.name]));

/**
 * The bank for clients: `storyCoach/bank` (the report), `storyCoach/bankChanged` (after every
 * change), `storyCoach/findStories` (free text), go to definition from a requirement to its best story.
 */
export function registerBankRequests(connection: Connection, documents: TextDocuments<TextDocument>, service: BankService): void {
  service.onDidChange((bank, state) => {
    void connection.sendNotification(BankChangedNotification, { rootUri: fileUri(bank.root), version: state.version, stories: state.summary.stories.length });
  });

  connection.onRequest(BankRequest, async (params): Promise<BankResult | null> => {
    const bank = service.bankFor(params?.uri);
    if (!bank) return null;
    const state = await bank.settled();
    return { rootUri: fileUri(bank.root), version: state.version, report: state.report, coveredThreshold: REQUIREMENT_COVERED_THRESHOLD, competencyNames: COMPETENCY_NAMES };
  });

  connection.onRequest(FindStoriesRequest, async (params): Promise<FindStoriesResult | null> => {
    const bank = service.bankFor(params?.uri);
    if (!bank || typeof params?.text !== 'string') return null;
    const matches = await bank.findStories(params.text.slice(0, 1000));
    return { rootUri: fileUri(bank.root), matches, gap: (matches[0]?.score ?? 0) < QUESTION_GAP_THRESHOLD };
  });

  connection.onDefinition(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !isRoleDocument(document)) return null;
    return roleDefinition(service, document, position);
  });
}

/** The bank's server commands; undefined when the command is not one of them. */
export async function executeBankCommand(connection: Connection, service: BankService, params: ExecuteCommandParams): Promise<boolean | undefined> {
  const [uri, line] = params.arguments ?? [];
  if (params.command === OPEN_LOCATION_COMMAND) {
    if (typeof uri !== 'string') return false;
    const at = { line: typeof line === 'number' && line >= 0 ? line : 0, character: 0 };
    const shown = await connection.window.showDocument({ uri, takeFocus: true, selection: { start: at, end: at } }).catch(() => ({ success: false }));
    return shown.success;
  }
  if (params.command === NEW_STORY_FOR_REQUIREMENT_COMMAND) {
    if (typeof uri !== 'string' || typeof line !== 'number') return false;
    const place = await placeOf(service, uri);
    const requirement = place && requirementAt(place, line - 1);
    if (!place || !requirement) return false;
    const created = newStoryEdit(service, place, requirement);
    const applied = await connection.workspace.applyEdit({ label: 'Story Coach: new story for a requirement', edit: created.edit }).catch(() => ({ applied: false }));
    if (!applied.applied) return false;
    await connection.window.showDocument({ uri: created.uri, takeFocus: true }).catch(() => undefined);
    return true;
  }
  return undefined;
}
