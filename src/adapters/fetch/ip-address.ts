// Which IP addresses the guarded fetcher may connect to: only public unicast ones. Every other range
// (loopback, private, link-local, metadata, CGNAT, multicast, reserved, and IPv6 forms that embed them) is refused.

export type AddressVerdict = { public: true } | { public: false; why: string };

/** IPv4 ranges that are not publicly routable, most specific first (so 169.254.169.254 is named as metadata). */
const IPV4_RANGES: Array<[string, number, string]> = [
  ['169.254.169.254', 32, 'the cloud metadata address'],
  ['255.255.255.255', 32, 'the broadcast address'],
  ['0.0.0.0', 8, 'an unspecified ("this network") address'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a carrier-grade NAT (shared) address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'a reserved (IETF protocol) address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.88.99.0', 24, 'a reserved (6to4 relay) address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];

/**
 * Parses IPv4 in every spelling the WHATWG URL parser and inet_aton accept: 1 to 4 parts, each decimal,
 * octal (leading 0) or hex (0x), the last part filling the remaining bytes (127.1, 2130706433, 0x7f.1, 0177.0.0.1).
 */
export function parseIpv4(text: string): number | undefined {
  const parts = text.replace(/\.$/, '').split('.');
  if (parts.length === 0 || parts.length > 4) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    let value: number;
    if (/^0x[0-9a-f]*$/i.test(part)) value = part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16);
    else if (/^0[0-7]+$/.test(part)) value = Number.parseInt(part.slice(1), 8);
    else if (/^(0|[1-9]\d*)$/.test(part)) value = Number(part);
    else return undefined;
    values.push(value);
  }
  const last = values.pop()!;
  if (values.some((value) => value > 255) || last >= 256 ** (4 - values.length)) return undefined;
  return values.reduce((sum, value, index) => sum + value * 256 ** (3 - index), 0) + last;
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** Parses IPv6 (with `::` and an optional dotted IPv4 tail) into eight 16-bit groups; zone ids are refused. */
export function parseIpv6(text: string): number[] | undefined {
  const address = text.replace(/^\[|\]$/g, '');
  if (!address.includes(':') || address.includes('%')) return undefined;
  let groupsText = address;
  const tail: number[] = [];
  const dotted = address.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const v4 = strictIpv4(dotted[2]);
    if (v4 === undefined) return undefined;
    groupsText = dotted[1].endsWith('::') ? dotted[1] : dotted[1].slice(0, -1);
    tail.push(Math.floor(v4 / 65536), v4 % 65536);
  }
  const halves = groupsText.split('::');
  if (halves.length > 2) return undefined;
  const parse = (half: string) => (half === '' ? [] : half.split(':').map((group) => (/^[0-9a-f]{1,4}$/i.test(group) ? Number.parseInt(group, 16) : Number.NaN)));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  if ([...head, ...rest].some(Number.isNaN)) return undefined;
  const known = head.length + rest.length + tail.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return undefined;
  return [...head, ...new Array(8 - known).fill(0), ...rest, ...tail];
}

function strictIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255)) return undefined;
  return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

function inRange(value: number, base: string, bits: number): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(value / size) === Math.floor(strictIpv4(base)! / size);
}

export function classifyIpv4(value: number): AddressVerdict {
  for (const [base, bits, why] of IPV4_RANGES) {
    if (inRange(value, base, bits)) return { public: false, why };
  }
  return { public: true };
}

/** IPv6 is public only inside global unicast 2000::/3, minus the ranges that tunnel, translate or document. */
export function classifyIpv6(groups: number[]): AddressVerdict {
  const embedded = (high: number, low: number) => formatIpv4(high * 65536 + low);
  const zeroPrefix = groups.slice(0, 5).every((group) => group === 0);
  if (groups.every((group) => group === 0)) return { public: false, why: 'the unspecified address' };
  if (zeroPrefix && groups[5] === 0 && groups[6] === 0 && groups[7] === 1) return { public: false, why: 'a loopback address' };
  if (zeroPrefix && groups[5] === 0xffff) return { public: false, why: `an IPv4-mapped address (${embedded(groups[6], groups[7])})` };
  if (zeroPrefix && groups[5] === 0) return { public: false, why: `an IPv4-compatible address (${embedded(groups[6], groups[7])})` };
  if (groups[0] === 0x64 && groups[1] === 0xff9b) return { public: false, why: `a NAT64-translated address (${embedded(groups[6], groups[7])})` };
  if ((groups[0] & 0xfe00) === 0xfc00) return { public: false, why: 'a unique-local address' };
  if ((groups[0] & 0xffc0) === 0xfe80) return { public: false, why: 'a link-local address' };
  if ((groups[0] & 0xffc0) === 0xfec0) return { public: false, why: 'a site-local address' };
  if ((groups[0] & 0xff00) === 0xff00) return { public: false, why: 'a multicast address' };
  if ((groups[0] & 0xe000) !== 0x2000) return { public: false, why: 'a reserved address (outside global unicast 2000::/3)' };
  if (groups[0] === 0x2001 && groups[1] === 0) return { public: false, why: 'a Teredo tunnel address' };
  if (groups[0] === 0x2001 && groups[1] === 0x0db8) return { public: false, why: 'a documentation address' };
  if (groups[0] === 0x2001 && (groups[1] & 0xffe0) === 0x0020) return { public: false, why: 'a reserved (ORCHID) address' };
  if (groups[0] === 0x2001 && (groups[1] & 0xfff0) === 0x0010) return { public: false, why: 'a reserved (ORCHID) address' };
  if (groups[0] === 0x2002) {
    const inner = classifyIpv4(groups[1] * 65536 + groups[2]);
    if (!inner.public) return { public: false, why: `a 6to4 address embedding ${embedded(groups[1], groups[2])}, ${inner.why}` };
  }
  return { public: true };
}

/** Classifies an address as a resolver or a URL gives it; anything unparsable is refused. */
export function classifyAddress(address: string): AddressVerdict {
  const v6 = parseIpv6(address);
  if (v6) return classifyIpv6(v6);
  const v4 = parseIpv4(address);
  if (v4 !== undefined) return classifyIpv4(v4);
  return { public: false, why: 'not an IP address' };
}

/** The literal IP a URL host names (in any IPv4 spelling, or bracketed IPv6), or undefined for a DNS name. */
export function hostLiteral(hostname: string): { address: string; family: 4 | 6 } | undefined {
  if (hostname.includes(':') || hostname.startsWith('[')) {
    const groups = parseIpv6(hostname);
    // One spelling per address (uncompressed hex), so allow-list entries and resolver answers compare equal.
    return groups ? { address: groups.map((group) => group.toString(16)).join(':'), family: 6 } : undefined;
  }
  const v4 = parseIpv4(hostname);
  return v4 === undefined ? undefined : { address: formatIpv4(v4), family: 4 };
}
