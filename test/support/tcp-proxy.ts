// A TCP proxy between the app and PostgreSQL that a test can cut, to play a database outage from the
// outside: "reset" drops every connection and refuses new ones (PostgreSQL restarting), "blackhole"
// keeps connections open but carries nothing, for good (a partition behind a stateful firewall: those
// connections never recover, even after restore(); only new ones work).
import net from 'node:net';

export type OutageMode = 'reset' | 'blackhole';

export interface TcpProxy {
  readonly port: number;
  /** The same database URL, through the proxy. */
  url(databaseUrl: string): string;
  cut(mode?: OutageMode): void;
  /** New connections work again; the ones a blackhole held stay dead (silent) until closed by their owner. */
  restore(): void;
  /** Connections open through the proxy now. */
  connections(): number;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let outage: OutageMode | undefined;
  type Pair = { client: net.Socket; upstream?: net.Socket; dead?: boolean };
  const pairs = new Set<Pair>();
  const drop = (pair: Pair) => {
    pairs.delete(pair);
    pair.client.destroy();
    pair.upstream?.destroy();
  };
  const server = net.createServer((client) => {
    const pair: Pair = { client };
    pairs.add(pair);
    client.on('error', () => drop(pair));
    client.on('close', () => drop(pair));
    if (outage === 'reset') return drop(pair);
    if (outage === 'blackhole') {
      pair.dead = true; // accepted, never answered
      return;
    }
    const upstream = net.connect(target.port, target.host);
    pair.upstream = upstream;
    upstream.on('error', () => drop(pair));
    upstream.on('close', () => drop(pair));
    client.on('data', (chunk) => {
      if (!pair.dead) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!pair.dead) client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    url(databaseUrl) {
      const parsed = new URL(databaseUrl);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    cut(mode = 'reset') {
      outage = mode;
      for (const pair of [...pairs]) {
        if (mode === 'reset') drop(pair);
        else pair.dead = true;
      }
    },
    restore() {
      outage = undefined;
    },
    connections: () => pairs.size,
    close() {
      for (const pair of [...pairs]) drop(pair);
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port free on 127.0.0.1 now (for a server whose public URL must be known before it starts). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
