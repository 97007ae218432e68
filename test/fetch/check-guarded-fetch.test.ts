// The lint rule itself: outbound requests outside src/adapters/fetch/ are reported; the guarded fetcher, injected
// fetches, contract declarations and comments are not.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { findViolations } from '../../scripts/check-guarded-fetch.ts';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'crosscheck-lint-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

test('direct requests outside src/adapters/fetch/ are violations, one per line, naming the file and line', () => {
  const root = tree({
    'pipeline/search/leaky.ts': "const page = await fetch(hit.url);\nimport https from 'node:https';\nconst again = globalThis.fetch(url);\n",
    'pipeline/read/sneaky.ts': "const http = await import('node:http');\nconst socket = new WebSocket(url);\nimport tls from 'tls';\n",
  });
  const violations = findViolations(root);
  assert.equal(violations.length, 6, violations.join('\n'));
  assert.ok(violations.some((line) => line.startsWith('src/pipeline/search/leaky.ts:1: global fetch()')));
  assert.ok(violations.some((line) => line.startsWith('src/pipeline/search/leaky.ts:2: node:http/https import')));
  assert.ok(violations.some((line) => line.startsWith('src/pipeline/read/sneaky.ts:1: dynamic import')));
});

test('the guarded fetcher, injected fetches, declarations and comments are allowed', () => {
  const root = tree({
    'adapters/fetch/guarded.ts': "import http from 'node:http';\nexport const plain = (input) => globalThis.fetch(input);\n",
    'adapters/search-providers/provider.ts': 'const response = await options.fetch(url, init);\nconst other = await http.fetch(url);\n',
    'contracts/ports.ts': 'export interface Fetcher { fetch(url: string): Promise<unknown> }\n',
    'runtime/engine/doc.ts': '/** Adapters default to the global fetch (through the guarded fetcher). */\n// fetch(url) in a comment\n * fetch(url) in a block comment\n',
  });
  assert.deepEqual(findViolations(root), []);
});

test('the real source tree passes', () => {
  assert.deepEqual(findViolations(), []);
});
