// Rehearsal in the editor, server side (issue 12): the cue card of the story at a position, logging
// a finished rehearsal (the log line, then today's date in `Rehearsed:` as an edit of the open
// document with its version, so VS Code refuses it rather than apply it to text that moved on), the
// "Rehearse" code lens with the record, and the hover on `Rehearsed:`.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  cueCardFor,
  localIsoDate,
  localIsoDateTime,
  rehearsalLine,
  rehearsedEdit,
  sectionSeconds,
  summarizeHistory,
  storyIds,
  type LintResult,
  type Story,
} from '../../engine';
import { LogRehearsalRequest, RehearsalCardRequest, type LogRehearsalResult, type RehearsalCard } from '../../protocol';
import { appendRehearsal } from '../../node/rehearsal-log';
import { RehearsalRecords } from '../../node/rehearsal-records';
import type { DocumentLinter } from '../document-linter';
import { storyAt } from './story-figures';

/** Where a document's bank is, and its interview date. */
export interface PracticeSettings {
  /** The bank root of a document; null for documents not on disk. */
  rootOf(uri: string): Promise<string | null>;
  interviewDateOf(uri: string): Promise<string | null>;
  wordsPerMinuteOf(uri: string): Promise<number>;
}

export class RehearsalFeature {
  readonly records = new RehearsalRecords();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly linter: DocumentLinter,
    private readonly settings: PracticeSettings,
  ) {}

  register(connection: Connection): void {
    connection.onRequest(RehearsalCardRequest, ({ uri, position }) => this.card(uri, position));
    connection.onRequest(LogRehearsalRequest, async (params): Promise<LogRehearsalResult> => {
      const document = this.documents.get(params.uri);
      if (!document) return { logged: false, dateAdded: false, message: 'The story is no longer open; nothing logged.' };
      const root = await this.settings.rootOf(params.uri);
      if (!root) return { logged: false, dateAdded: false, message: 'Save the story in a folder to log its rehearsals.' };
      const result = await this.linter.lint(document);
      const index = this.storyIds(result, root, params.uri).indexOf(params.storyId);
      if (index < 0) return { logged: false, dateAdded: false, message: 'The story was renamed or removed during the rehearsal; nothing logged.' };
      const card = cueCardFor(result.document, result.prose, index, await this.settings.wordsPerMinuteOf(params.uri));
      const now = new Date();
      await appendRehearsal(root, {
        story: params.storyId,
        at: localIsoDateTime(now),
        seconds: Math.round(params.measured.reduce((sum, value) => sum + value, 0)),
        sections: sectionSeconds(card, params.measured),
        rating: params.rating,
      });
      const dateAdded = await this.addDate(connection, params.uri, params.storyId, root, localIsoDate(now));
      const story = (await this.linter.lint(this.documents.get(params.uri) ?? document)).document.stories[index];
      const { schedule, today } = await this.records.record(root, params.storyId, story, await this.settings.interviewDateOf(params.uri));
      return { logged: true, dateAdded, message: `Logged. Now ${rehearsalLine(schedule, today)}.` };
    });
  }

  async card(uri: string, position: { line: number; character: number }): Promise<RehearsalCard | null> {
    const document = this.documents.get(uri);
    if (!document) return null;
    const result = await this.linter.lint(document);
    const summary = storyAt(result, document.offsetAt(position));
    if (!summary) return null;
    const root = await this.settings.rootOf(uri);
    const storyId = root ? this.storyIds(result, root, uri)[summary.index] : null;
    const story = result.document.stories[summary.index];
    const { schedule, today } = await this.records.record(root, storyId, story, await this.settings.interviewDateOf(uri));
    const card = cueCardFor(result.document, result.prose, summary.index, await this.settings.wordsPerMinuteOf(uri));
    return { storyId, storyIndex: summary.index, card, record: rehearsalLine(schedule, today) };
  }

  /** The record line of each story, for the code lens: "rehearsed 3× · last Tue · due Fri". */
  async recordLines(uri: string, result: LintResult): Promise<string[]> {
    const root = await this.settings.rootOf(uri);
    const ids = root ? this.storyIds(result, root, uri) : [];
    const interviewDate = await this.settings.interviewDateOf(uri);
    return Promise.all(
      result.document.stories.map(async (story, index) => {
        const { schedule, today } = await this.records.record(root, ids[index] ?? null, story, interviewDate);
        return rehearsalLine(schedule, today);
      }),
    );
  }

  /** The hover on a `Rehearsed:` line: count, times against the target, trend, what is next. */
  async hover(uri: string, result: LintResult, story: Story): Promise<string> {
    const root = await this.settings.rootOf(uri);
    const storyId = root ? this.storyIds(result, root, uri)[story.index] : null;
    const { history, schedule, today } = await this.records.record(root, storyId, story, await this.settings.interviewDateOf(uri));
    const summary = summarizeHistory(history, story.targetSeconds);
    return [...summary.lines, '', `_${rehearsalLine(schedule, today)}_`].join('\n');
  }

  private storyIds(result: LintResult, root: string, uri: string): string[] {
    const file = fileURLToPath(uri);
    const relative = path.relative(root, file).split(path.sep).join('/');
    return storyIds(relative, result.document.stories.map((story) => story.title));
  }

  /** Adds the date through workspace/applyEdit against the document's version; retried once if it moved on. */
  private async addDate(connection: Connection, uri: string, storyId: string, root: string, date: string): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const document = this.documents.get(uri);
      if (!document) return false;
      const result = await this.linter.lint(document);
      const index = this.storyIds(result, root, uri).indexOf(storyId);
      if (index < 0) return false;
      const edit = rehearsedEdit(document.getText(), index, date, result.document);
      if (!edit) return true; // already there
      const range = { start: document.positionAt(edit.start), end: document.positionAt(edit.end) };
      const applied = await connection.workspace.applyEdit({
        label: 'Record rehearsal',
        edit: { documentChanges: [{ textDocument: { uri, version: document.version }, edits: [{ range, newText: edit.newText }] }] },
      });
      if (applied.applied) return true;
    }
    return false;
  }
}
