import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { explicitSettingsMiddleware } from './explicit-settings';
import { renderRulePageLinks } from './hover-links';
import type { CrashRestartPolicy } from './restart-policy';
import { isRulePage, showMarkdownPage } from './rule-docs';

/** The Story Coach language server (dist/server.js) over Node IPC, for `story` documents. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, restarts: CrashRestartPolicy): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'story' }, { language: 'role' }],
    // The story bank's findings on files that are not open come from workspace diagnostics (pull).
    initializationOptions: { workspaceDiagnostics: true },
    synchronize: { configurationSection: 'storyCoach' },
    outputChannel: output,
    middleware: {
      provideHover: renderRulePageLinks,
      workspace: { configuration: explicitSettingsMiddleware(context) },
      window: {
        // The server links rule pages as file URLs; in VS Code they read best rendered, beside the story.
        showDocument: async (params, token, next) => {
          const uri = vscode.Uri.parse(params.uri);
          if (!isRulePage(uri)) return next(params, token);
          await showMarkdownPage(uri);
          return { success: true };
        },
      },
    },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        if (!restarts.recordCrash()) {
          void vscode.window.showErrorMessage(
            `Story Coach's language server crashed ${restarts.recentCrashes} times in 3 minutes and will not be restarted. See the "Story Coach" output, then run "Story Coach: Restart Server".`,
          );
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        void vscode.window.setStatusBarMessage('Story Coach: language server stopped unexpectedly; restarting…', 5000);
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  return new LanguageClient('storyCoach', 'Story Coach', serverOptions, clientOptions);
}
