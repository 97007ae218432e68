// A stand-in SearXNG on 127.0.0.1 that answers every search after a delay with no results: it keeps
// reports running long enough to watch them across processes (and to kill a worker midway).
import { createServer } from 'node:http';

export async function startSlowSearxng(delayMs: number): Promise<{ url: string; searches: () => number; close(): Promise<void> }> {
  let searches = 0;
  const server = createServer((request, response) => {
    searches++;
    const timer = setTimeout(() => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ query: new URL(request.url ?? '/', 'http://x').searchParams.get('q'), results: [] }));
    }, delayMs);
    request.on('close', () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    searches: () => searches,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
