// Bundles the extension client, the language server and the CLI into dist/.
// Minified for the package; `--dev` keeps names readable and writes sourcemaps; `--watch` rebuilds.
import * as esbuild from 'esbuild';
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

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['server/src/lsp/main.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.js' },
  // Browser scripts: the dashboard and sheet webviews, and the behaviours inlined into `bank --format html`.
  ...[
    ['client/src/webview/views-main.ts', 'dist/webview/views.js'],
    ['client/src/webview/page-main.ts', 'dist/webview/page.js'],
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
}
