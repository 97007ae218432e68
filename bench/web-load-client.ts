// Closed-loop HTTP load for the web-throughput benchmark, in its own process so client and server do not
// share an event loop: `node bench/web-load-client.ts <url> <connections> <seconds>` keeps <connections>
// requests in flight for <seconds> after a one-second warm-up and prints one JSON line.
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  latenciesMs: number[];
}

async function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  let measuring = false;
  let stop = false;
  const worker = async () => {
    while (!stop) {
      const started = performance.now();
      try {
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(String(response.status));
        if (measuring) latenciesMs.push(performance.now() - started);
      } catch {
        if (measuring) errors++;
      }
    }
  };
  const workers = Array.from({ length: connections }, worker);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  measuring = true;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  measuring = false;
  const elapsed = (performance.now() - started) / 1000;
  stop = true;
  await Promise.all(workers);
  return { requests: latenciesMs.length, errors, seconds: elapsed, latenciesMs };
}

if (import.meta.main) {
  const [url, connections, seconds] = process.argv.slice(2);
  console.log(JSON.stringify(await load(url, Number(connections), Number(seconds))));
}
