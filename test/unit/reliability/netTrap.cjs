// Preload (`node --require netTrap.cjs …`): replaces every way Node can reach the network (and
// spawn a helper that could) with a function that records the attempt and throws. Attempts are
// appended, one JSON line each, to the file named by FACTLINT_NET_LOG (and to stderr).
'use strict';
const fs = require('node:fs');

const LOG = process.env.FACTLINT_NET_LOG;

function record(api, args) {
  let detail = '';
  try {
    detail = JSON.stringify(args, (_k, v) => (typeof v === 'function' ? '[function]' : v)).slice(0, 300);
  } catch {
    detail = '[unserialisable arguments]';
  }
  const line = JSON.stringify({ api, detail, stack: (new Error().stack || '').split('\n').slice(2, 6).join(' | ') });
  if (LOG) fs.appendFileSync(LOG, line + '\n');
  process.stderr.write(`netTrap: blocked ${api}\n`);
}

function trap(obj, name, label) {
  if (!obj || typeof obj[name] !== 'function') return;
  const api = label || name;
  const blocked = function (...args) {
    record(api, args);
    throw new Error(`network access is disabled in this test (${api})`);
  };
  try {
    Object.defineProperty(obj, name, { value: blocked, writable: true, configurable: true, enumerable: true });
  } catch {
    obj[name] = blocked;
  }
}

const net = require('node:net');
trap(net, 'connect', 'net.connect');
trap(net, 'createConnection', 'net.createConnection');
trap(net.Socket.prototype, 'connect', 'net.Socket#connect');
const tls = require('node:tls');
trap(tls, 'connect', 'tls.connect');
for (const mod of ['http', 'https']) {
  const m = require(`node:${mod}`);
  trap(m, 'request', `${mod}.request`);
  trap(m, 'get', `${mod}.get`);
}
trap(require('node:http2'), 'connect', 'http2.connect');
const dgram = require('node:dgram');
trap(dgram, 'createSocket', 'dgram.createSocket');
const dns = require('node:dns');
for (const fn of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'reverse']) trap(dns, fn, `dns.${fn}`);
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6']) trap(dns.promises, fn, `dns.promises.${fn}`);
const cp = require('node:child_process');
for (const fn of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) trap(cp, fn, `child_process.${fn}`);
trap(globalThis, 'fetch', 'fetch');
for (const cls of ['WebSocket', 'EventSource', 'XMLHttpRequest']) {
  Object.defineProperty(globalThis, cls, {
    configurable: true,
    get() {
      return function Blocked(...args) {
        record(cls, args);
        throw new Error(`network access is disabled in this test (${cls})`);
      };
    },
  });
}
