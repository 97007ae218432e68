// Lint rule: outbound requests to addresses that came from outside go through the one guarded fetcher.
// Fails when source code outside the allowed modules calls fetch(), node:http(s) request/get, or undici.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../src');
/** Modules allowed to open outbound connections (the guarded fetcher, and adapters that receive an injected fetch). */
const ALLOWED = [/^adapters\/fetch\//];
const FORBIDDEN = [
  // A call, not a method declaration such as `fetch(url: string): Promise<...>` in a contract.
  { pattern: /(?<![\w.])fetch\s*\((?!\s*\w+\??\s*:)/, why: 'global fetch()' },
  { pattern: /globalThis\.fetch/, why: 'globalThis.fetch' },
  { pattern: /from ['"](node:)?https?['"]/, why: 'node:http/https import' },
  { pattern: /from ['"]undici['"]/, why: 'undici import' },
  { pattern: /from ['"](node:)?net['"]/, why: 'node:net import' },
  { pattern: /from ['"](node:)?(http2|tls|dgram)['"]/, why: 'node:http2/tls/dgram import' },
  { pattern: /(import|require)\s*\(\s*['"](node:)?(https?|http2|net|tls|dgram|undici)['"]\s*\)/, why: 'dynamic import of a network module' },
  { pattern: /new\s+WebSocket\s*\(/, why: 'WebSocket connection' },
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : full.endsWith('.ts') ? [full] : [];
  });
}

export function findViolations(root = ROOT): string[] {
  const violations: string[] = [];
  for (const file of walk(root)) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (ALLOWED.some((allowed) => allowed.test(relative))) continue;
    readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
      if (/^\s*(\/\/|\/?\*)/.test(line)) return;
      for (const { pattern, why } of FORBIDDEN) {
        if (pattern.test(line)) violations.push(`src/${relative}:${index + 1}: ${why}; use the guarded fetcher (src/adapters/fetch/) or an injected fetch`);
      }
    });
  }
  return violations;
}

if (import.meta.main) {
  const violations = findViolations();
  for (const violation of violations) console.error(violation);
  if (violations.length > 0) process.exit(1);
  console.log('guarded-fetch check: no direct outbound requests outside src/adapters/fetch/');
}
