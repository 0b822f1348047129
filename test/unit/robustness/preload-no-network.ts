// Loaded with `node --require` into the built server or CLI by the privacy test (never shipped).
// Every way Node offers to reach the network — TCP/IPC sockets, TLS, UDP, DNS, HTTP(S), HTTP/2,
// fetch — and every way to start another program is replaced by a stub that appends a line to the
// file named by STORY_COACH_NETWORK_LOG and then fails. An empty log means no attempt was made.
import child_process from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { isMainThread } from 'node:worker_threads';

const log = process.env.STORY_COACH_NETWORK_LOG;
// Proof that the guard is in place (in this process and in each worker thread), so an empty log means something.
if (log) fs.appendFileSync(`${log}.loaded`, `${isMainThread ? 'main' : 'worker'} ${process.pid}\n`);

function record(what: string): Error {
  const line = `${what} (pid ${process.pid}${isMainThread ? '' : ', worker'})\n${new Error().stack ?? ''}\n`;
  if (log) fs.appendFileSync(log, line);
  return new Error(`network and process access are forbidden in this test: ${what}`);
}

function forbid<T extends object>(target: T, name: string, label: string): void {
  Object.defineProperty(target, name, {
    configurable: true,
    writable: true,
    value: function forbidden(): never {
      throw record(label);
    },
  });
}

forbid(net.Socket.prototype, 'connect', 'net.Socket#connect');
forbid(net, 'connect', 'net.connect');
forbid(net, 'createConnection', 'net.createConnection');
forbid(net.Server.prototype, 'listen', 'net.Server#listen');
forbid(tls, 'connect', 'tls.connect');
forbid(dgram, 'createSocket', 'dgram.createSocket');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'reverse'] as const) forbid(dns, name, `dns.${name}`);
forbid(dns.promises, 'lookup', 'dns.promises.lookup');
forbid(dns.promises, 'resolve', 'dns.promises.resolve');
forbid(http, 'request', 'http.request');
forbid(http, 'get', 'http.get');
forbid(https, 'request', 'https.request');
forbid(https, 'get', 'https.get');
forbid(http2, 'connect', 'http2.connect');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const) forbid(child_process, name, `child_process.${name}`);
if (typeof globalThis.fetch === 'function') forbid(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') forbid(globalThis, 'WebSocket', 'WebSocket');
