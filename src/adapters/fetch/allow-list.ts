// The explicit allow-list (CROSSCHECK_FETCH_ALLOW): hosts or addresses the guarded fetcher may reach even
// though they are not public. For tests and local stubs only; production configurations leave it empty.
import { hostLiteral } from './ip-address.ts';

export interface AllowEntry {
  /** A lower-case host name, or a canonical IP address. */
  host: string;
  /** Undefined allows every port. */
  port?: number;
}

export interface AllowList {
  entries: AllowEntry[];
  /** True when the URL's host name (and port) is listed. */
  allowsName(hostname: string, port: number): boolean;
  /** True when the resolved address (and port) is listed. */
  allowsAddress(address: string, port: number): boolean;
}

/** Parses `127.0.0.1:8080, localhost, [::1]:9000` (comma or space separated). Bad entries are reported, not ignored. */
export function parseAllowList(text: string | undefined): { list: AllowList; errors: string[] } {
  const entries: AllowEntry[] = [];
  const errors: string[] = [];
  for (const raw of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
    const match = raw.match(/^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/);
    const port = match?.[2] === undefined ? undefined : Number(match[2]);
    if (!match || (port !== undefined && (port < 1 || port > 65535))) {
      errors.push(`"${raw}" is not a host, host:port or [ipv6]:port`);
      continue;
    }
    const host = match[1].toLowerCase().replace(/\.$/, '');
    entries.push({ host: hostLiteral(host)?.address ?? host, port });
  }
  return { list: allowList(entries), errors };
}

export function allowList(entries: AllowEntry[]): AllowList {
  const matches = (host: string, port: number) => entries.some((entry) => entry.host === host && (entry.port === undefined || entry.port === port));
  return {
    entries,
    allowsName: (hostname, port) => matches(hostname.toLowerCase().replace(/\.$/, ''), port),
    allowsAddress: (address, port) => matches(hostLiteral(address)?.address ?? address, port),
  };
}
