import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLinter } from '../document-linter';
import { isRoleDocument } from '../bank';
import { openFindingCount, storyAt } from './story-figures';
import { formatDuration } from '../../engine';
import { StoryStatsRequest, type StoryStats } from '../../protocol';

/** `storyCoach/storyStats`: words and speaking time of the story under the cursor (VS Code's status bar). */
export function registerStoryStats(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter): void {
  connection.onRequest(StoryStatsRequest, async (params): Promise<StoryStats | null> => {
    const document = documents.get(params.uri);
    if (!document || isRoleDocument(document)) return null;
    const result = await linter.lint(document);
    const story = storyAt(result, document.offsetAt(params.position));
    if (!story) return null;
    return {
      title: story.title,
      words: story.words,
      seconds: story.speakingSeconds,
      secondsText: formatDuration(story.speakingSeconds),
      target: story.targetSeconds,
      targetText: story.targetSeconds === null ? null : formatDuration(story.targetSeconds),
      openFindings: openFindingCount(result, story.index),
    };
  });
}
