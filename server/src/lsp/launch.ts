// Entry point of dist/server.js: loads the language server bundle (dist/server-main.js) with V8's
// code cache (dist/server-main.js.cache, written by the build), so a start does not compile the
// bundle again. That is a quarter of the start-up time of Node itself. A cache from another Node or V8
// (VS Code's own runtime, say) is rejected by V8 and the bundle is compiled as usual.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

const MAIN = path.join(__dirname, 'server-main.js');
const CACHE = `${MAIN}.cache`;

function readCache(): Buffer | undefined {
  try {
    return fs.readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

const cachedData = readCache();
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(MAIN, 'utf8')}\n})`, { filename: MAIN, cachedData });
if (process.env.STORY_COACH_CODE_CACHE_DEBUG) process.stderr.write(`story-coach: code cache ${cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
// The build writes the cache after an `initialize` round trip, so it holds the functions a start runs.
if (process.env.STORY_COACH_CODE_CACHE_WRITE) process.once('exit', () => fs.writeFileSync(CACHE, script.createCachedData()));

const mainModule = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(mainModule.exports, createRequire(MAIN), mainModule, MAIN, __dirname);
