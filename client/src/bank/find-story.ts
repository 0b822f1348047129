import * as vscode from 'vscode';
import { type LanguageClient, State } from 'vscode-languageclient/node';
import { BankRequest, type BankResult, FindStoriesRequest, type QuestionMatch } from '../../../server/src/protocol';
import { openInBank } from './bank-view';

export const FIND_STORY_COMMAND = 'storyCoach.findStoryForQuestion';

interface QuestionItem extends vscode.QuickPickItem {
  readonly matches?: readonly QuestionMatch[];
  readonly freeText?: string;
}

interface StoryItem extends vscode.QuickPickItem {
  readonly match: QuestionMatch;
}

/** What the command did: the ranked stories for the question and the story opened, if any. */
export interface FindStoryResult {
  readonly question: string;
  readonly matches: readonly QuestionMatch[];
  readonly opened: string | null;
}

/**
 * "Story Coach: Find a Story for a Question…": pick one of the bank's questions or type your own
 * (ranked by the server), then pick among the ranked stories and land on the chosen one.
 * Arguments skip the pickers (scripts and tests): a question's text, then 'best' to open the top story.
 */
export function registerFindStoryCommand(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(FIND_STORY_COMMAND, async (questionArgument?: unknown, choose?: unknown): Promise<FindStoryResult | undefined> => {
    if (client.state !== State.Running) {
      void vscode.window.showInformationMessage('Story Coach: the language server is starting; try again in a moment.');
      return undefined;
    }
    const bank = await client.sendRequest(BankRequest, {});
    if (!bank || bank.report.stories.length === 0) {
      void vscode.window.showInformationMessage('Story Coach: there are no stories in this workspace yet. Write one with "Story Coach: New Story".');
      return undefined;
    }
    const asked = typeof questionArgument === 'string' ? { label: questionArgument, freeText: questionArgument } : await pickQuestion(bank);
    if (!asked) return undefined;
    const matches = asked.matches ?? (await client.sendRequest(FindStoriesRequest, { text: asked.freeText ?? asked.label }))?.matches ?? [];
    const question = asked.freeText ?? asked.label;
    if (matches.length === 0) {
      void vscode.window.showInformationMessage(`Story Coach: no story answers "${question}" yet — a gap worth a new story.`);
      return { question, matches, opened: null };
    }
    const chosen = choose === 'best' ? matches[0] : await pickStory(bank, question, matches);
    if (!chosen) return { question, matches, opened: null };
    const story = bank.report.stories.find((candidate) => candidate.id === chosen.story);
    if (!story) return { question, matches, opened: null };
    await openInBank(bank.rootUri, story.path, story.line);
    return { question, matches, opened: story.id };
  });
}

/** The bank's questions, gaps marked; typing something else offers it as a question of your own. */
function pickQuestion(bank: BankResult): Promise<QuestionItem | undefined> {
  const titleOf = (id: string | undefined): string => bank.report.stories.find((story) => story.id === id)?.title ?? '';
  const questions: QuestionItem[] = bank.report.questions.map((question) => ({
    label: question.text,
    description: question.gap ? '$(warning) gap' : titleOf(question.matches[0]?.story),
    matches: question.matches,
  }));
  const picker = vscode.window.createQuickPick<QuestionItem>();
  picker.title = 'Find a story for a question';
  picker.placeholder = 'Pick a question, or type the one you expect';
  picker.matchOnDescription = true;
  picker.items = questions;
  return new Promise((resolve) => {
    picker.onDidChangeValue((value) => {
      const text = value.trim();
      picker.items = text === '' ? questions : [{ label: `$(search) ${text}`, description: 'your own question', freeText: text, alwaysShow: true }, ...questions];
    });
    picker.onDidAccept(() => {
      resolve(picker.selectedItems[0]);
      picker.hide();
    });
    picker.onDidHide(() => {
      resolve(undefined);
      picker.dispose();
    });
    picker.show();
  });
}

async function pickStory(bank: BankResult, question: string, matches: readonly QuestionMatch[]): Promise<QuestionMatch | undefined> {
  const items: StoryItem[] = matches.flatMap((match) => {
    const story = bank.report.stories.find((candidate) => candidate.id === match.story);
    if (!story) return [];
    const why = [...(match.competencies ?? []).map((id) => bank.competencyNames[id] ?? id), ...(match.terms ?? []).map((term) => `“${term}”`)];
    return [{ label: story.title, description: `${match.pinned ? 'pinned · ' : ''}fit ${match.score.toFixed(2)}`, detail: why.length > 0 ? `matched ${why.join(', ')}` : story.path, match }];
  });
  const picked = await vscode.window.showQuickPick(items, { title: `Stories for “${question}”`, placeHolder: 'Best first: pick the story to open', matchOnDetail: true });
  return picked?.match;
}
