// Entry point of `story-coach-language-server`: speaks LSP over stdio (`--stdio`), Node IPC
// (`--node-ipc`) or a socket (`--socket=N`), as chosen by the command line.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

if (process.argv.includes('--version')) {
  process.stdout.write(`${process.env.STORY_COACH_VERSION ?? 'story-coach-language-server'}\n`);
  process.exit(0);
}
if (!process.argv.some((arg) => /^--(?:stdio|node-ipc|socket|pipe|clientProcessId)/.test(arg))) {
  process.stderr.write('Usage: story-coach-language-server --stdio | --node-ipc | --socket=PORT\n');
  process.exit(2);
}

startServer(createConnection(ProposedFeatures.all));
