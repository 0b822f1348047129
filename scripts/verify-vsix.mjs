// Packages the extension and installs the .vsix into a real VS Code (the offline test host's
// server build), then checks the installed extension holds the bundles and none of the sources.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hostPaths } from '../test/vscode-host/host.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);

execFileSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: 'inherit' });
let serverMain;
try {
  ({ serverMain } = hostPaths());
} catch (error) {
  console.error(`verify-vsix: ${error.message}`);
  process.exit(2);
}
const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-vsix-'));
try {
  const output = execFileSync(process.execPath, [serverMain, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--accept-server-license-terms'], { encoding: 'utf8' });
  process.stdout.write(output);
  const installed = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  const must = ['package.json', 'dist/client.js', 'dist/server.js', 'dist/server-main.js', 'dist/server-main.js.cache', 'dist/compromise.js', 'dist/bank-worker.js', 'dist/webview/rehearsal.js', 'media/rehearsal.css', 'syntaxes/story.tmLanguage.json', 'syntaxes/role.tmLanguage.json', 'language-configuration-role.json', 'media/story-bank.svg', 'snippets/story.json', 'docs/rules/hedging.md', manifest.icon, 'readme.md', 'LICENSE.txt', 'changelog.md'];
  const missing = must.filter((file) => !fs.existsSync(path.join(installed, file)));
  const leaked = ['server/src', 'client/src', 'node_modules', 'test', 'out'].filter((dir) => fs.existsSync(path.join(installed, dir)));
  if (missing.length > 0 || leaked.length > 0) {
    console.error(`verify-vsix: missing [${missing.join(', ')}], should not ship [${leaked.join(', ')}]`);
    process.exit(1);
  }
  console.log(`verify-vsix: ${path.basename(vsix)} (${Math.round(fs.statSync(vsix).size / 1024)} KiB) installs into VS Code and ships only what it needs.`);
} finally {
  fs.rmSync(extensionsDir, { recursive: true, force: true });
}
