import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind, CloseAction, ErrorAction } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const output = vscode.window.createOutputChannel('Story Coach', { log: true });
  const restarts: number[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'story' }],
    synchronize: { configurationSection: 'storyCoach' },
    outputChannel: output,
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      // Restart after a crash, but not endlessly: a server that keeps dying stays down with a message.
      closed: () => {
        const now = Date.now();
        restarts.push(now);
        while (restarts.length > 0 && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
        if (restarts.length > MAX_RESTARTS) {
          void vscode.window.showErrorMessage(
            `Story Coach's language server crashed ${restarts.length} times in 3 minutes and will not be restarted. See the "Story Coach" output, then run "Story Coach: Restart Server".`,
          );
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        void vscode.window.setStatusBarMessage('Story Coach: language server stopped unexpectedly; restarting…', 5000);
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  client = new LanguageClient('storyCoach', 'Story Coach', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('storyCoach.restartServer', async () => {
      restarts.length = 0;
      await client?.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
