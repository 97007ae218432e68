// One HTTP(S) GET to an address that has already been checked: the socket's DNS lookup is replaced by one
// that returns that address, so a name cannot resolve to something else between the check and the connect.
import type { IncomingMessage } from 'node:http';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from './check-target.ts';

export interface OpenRequestOptions {
  url: URL;
  hostname: string;
  port: number;
  address: ResolvedAddress;
  headers: Record<string, string>;
  signal: AbortSignal;
}

export function pinnedLookup(address: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: address.address, family: address.family }]);
    else callback(null, address.address, address.family);
  }) as LookupFunction;
}

export function openRequest(options: OpenRequestOptions): Promise<IncomingMessage> {
  const { url, hostname, port, address, headers, signal } = options;
  const secure = url.protocol === 'https:';
  const literal = hostname === address.address || hostname.includes(':');
  return new Promise((resolve, reject) => {
    // node:http costs about 30 ms to load: a process that never fetches (an offline `ask`) never loads it.
    const { request: send } = process.getBuiltinModule(secure ? 'node:https' : 'node:http');
    const request = send({
      protocol: url.protocol,
      // A literal is connected to as checked; a name keeps its name (for SNI and certificates) but not its DNS.
      host: literal ? address.address : hostname,
      port,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { host: url.host, ...headers },
      agent: false,
      lookup: pinnedLookup(address),
      servername: secure && !literal ? hostname : undefined,
      signal,
    });
    request.once('response', resolve);
    request.once('error', reject);
    request.end();
  });
}
