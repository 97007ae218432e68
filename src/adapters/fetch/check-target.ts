// The checks every URL passes before a connection: scheme, credentials, host name, every resolved address,
// and port. The answer is the one address to connect to, so what was checked is what is reached.
import { lookup } from 'node:dns/promises';
import type { AllowList } from './allow-list.ts';
import { classifyAddress, hostLiteral } from './ip-address.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all of its A/AAAA records. Injected in tests. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));

export type TargetCheck = { ok: true; url: URL; hostname: string; port: number } | { ok: false; reason: string };
export type AddressCheck = { ok: true; address: ResolvedAddress } | { ok: false; reason: string };

const WEB_PORTS = new Set([80, 443, 8080, 8443]);

/** Syntax-level checks that need no DNS: scheme, credentials, well-formed host. */
export function checkUrl(raw: string): TargetCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: `refused: "${raw.slice(0, 200)}" is not a valid URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `refused: the ${url.protocol.replace(/:$/, '')} scheme is not allowed (only http and https)` };
  }
  if (url.username || url.password) return { ok: false, reason: 'refused: URLs with credentials (user:password@) are not fetched' };
  const hostname = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (!hostname) return { ok: false, reason: 'refused: the URL has no host' };
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return { ok: true, url, hostname, port };
}

/** Resolves the host (unless it is a literal) and refuses unless every address is public or allow-listed. */
export async function checkAddresses(target: { hostname: string; port: number }, resolver: Resolver, allow: AllowList): Promise<AddressCheck> {
  const { hostname, port } = target;
  const nameAllowed = allow.allowsName(hostname, port);
  const literal = hostLiteral(hostname);
  let addresses: ResolvedAddress[];
  if (literal) {
    addresses = [literal];
  } else {
    if (!nameAllowed && (hostname === 'localhost' || hostname.endsWith('.localhost'))) {
      return { ok: false, reason: `refused: ${hostname} always names this machine (loopback)` };
    }
    try {
      addresses = await resolver(hostname);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return { ok: false, reason: `could not resolve ${hostname} (${code})` };
    }
    if (addresses.length === 0) return { ok: false, reason: `could not resolve ${hostname} (no addresses)` };
  }
  for (const { address } of addresses) {
    if (nameAllowed || allow.allowsAddress(address, port)) continue;
    const verdict = classifyAddress(address);
    if (!verdict.public) {
      const subject = literal ? address : `${hostname} resolves to ${address},`;
      return { ok: false, reason: `refused: ${subject} ${literal ? 'is ' : ''}${verdict.why}` };
    }
  }
  const chosen = addresses[0];
  if (!WEB_PORTS.has(port) && !nameAllowed && !allow.allowsAddress(chosen.address, port)) {
    return { ok: false, reason: `refused: port ${port} is not a web port (80, 443, 8080, 8443)` };
  }
  return { ok: true, address: literal ? literal : chosen };
}
