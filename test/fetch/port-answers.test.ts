// The look at a configured endpoint's port before the local-Ollama probe's request.
import assert from 'node:assert/strict';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { isLoopbackUrl, portAnswers } from '../../src/adapters/fetch/port-answers.ts';
import { probeOllama } from '../../src/adapters/llm/detect-ollama.ts';

test('a listening port is open, a closed one refused, a URL without a host or port refused', async () => {
  const server = createServer((socket) => socket.on('error', () => undefined).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  try {
    assert.equal(await portAnswers(`http://127.0.0.1:${port}/api/tags`, 1000), 'open');
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  assert.equal(await portAnswers(`http://127.0.0.1:${port}/api/tags`, 1000), 'refused');
  assert.equal(await portAnswers('not a url', 1000), 'refused');
  assert.equal(await portAnswers('ftp://127.0.0.1/', 1000), 'refused');
});

test('the probe says the same as before when nothing listens, and asks over HTTP when something does', async () => {
  const absent = await probeOllama({ host: 'http://127.0.0.1:9' });
  assert.deepEqual(absent, { ok: false, host: 'http://127.0.0.1:9', reason: 'no Ollama at http://127.0.0.1:9 (not running)' });
  // Something listening that is not Ollama: the request is made, and its failure is the reason.
  const server = createHttpServer((_request, response) => response.writeHead(404).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    assert.deepEqual(await probeOllama({ host }), { ok: false, host, reason: `HTTP 404 from ${host}/api/tags` });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('only this machine is looked at first: elsewhere a proxy may reach what a connection cannot', () => {
  for (const url of ['http://127.0.0.1:11434', 'http://localhost:11434', 'http://[::1]:11434', 'http://127.1.2.3']) assert.ok(isLoopbackUrl(url), url);
  for (const url of ['http://ollama.internal:11434', 'http://10.0.0.5:11434', 'http://127.0.0.1.example.com', 'nonsense']) assert.ok(!isLoopbackUrl(url), url);
});
