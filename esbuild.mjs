// Bundles the extension client, the language server and the CLI into dist/.
// Minified for the package; `--dev` keeps names readable and writes sourcemaps; `--watch` rebuilds.
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  legalComments: 'none',
  // The version the CLI and server report, fixed at build time from package.json.
  define: { 'process.env.STORY_COACH_VERSION': JSON.stringify(version) },
  logLevel: 'warning',
};

/**
 * The language server loads compromise only once its first lint is out: in a chunk of its own
 * (dist/compromise.js), the 300 KB are not even parsed at start-up.
 */
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(build) {
    build.onResolve({ filter: /^compromise\/two$/ }, () => ({ path: './compromise.js', external: true }));
  },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // dist/server.js loads dist/server-main.js with V8's code cache (server/src/lsp/launch.ts).
  { ...common, entryPoints: ['server/src/lsp/launch.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server-main.js', plugins: [lazyCompromise] },
  // The cold bank index's worker threads (server/src/lsp/bank/closed-stories.ts): no grammar, so no compromise.
  { ...common, entryPoints: ['server/src/lsp/bank/index-worker.ts'], outfile: 'dist/bank-worker.js', plugins: [lazyCompromise] },
  { ...common, stdin: { contents: "module.exports = require('compromise/two');", resolveDir: '.' }, outfile: 'dist/compromise.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.js' },
  // Browser scripts: the dashboard, sheet and rehearsal webviews, and the behaviours inlined into `bank --format html`.
  ...[
    ['client/src/webview/views-main.ts', 'dist/webview/views.js'],
    ['client/src/webview/page-main.ts', 'dist/webview/page.js'],
    ['client/src/webview/rehearsal-main.ts', 'dist/webview/rehearsal.js'],
  ].map(([entry, outfile]) => ({ ...common, platform: 'browser', target: 'es2022', format: 'iife', define: {}, entryPoints: [entry], outfile })),
];

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching client, server and CLI');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  await writeServerCodeCache();
}

/** Starts the built server once, through `initialize`, and has it write its code cache on exit. */
function writeServerCodeCache() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/server.js', '--stdio'], { env: { ...process.env, STORY_COACH_CODE_CACHE_WRITE: '1' }, stdio: ['pipe', 'pipe', 'inherit'] });
    const send = (message) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('"id":1') && !output.includes('"id":2')) send({ id: 2, method: 'shutdown' });
      if (output.includes('"id":2')) send({ method: 'exit' });
    });
    const timer = setTimeout(() => child.kill(), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`esbuild: the server exited with ${code} while writing its code cache`));
    });
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  });
}
