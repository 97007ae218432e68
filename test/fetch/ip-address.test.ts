// Address parsing and classification: every IPv4 spelling, IPv6 forms, and public addresses left alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAllowList } from '../../src/adapters/fetch/allow-list.ts';
import { classifyAddress, formatIpv4, hostLiteral, parseIpv4, parseIpv6 } from '../../src/adapters/fetch/ip-address.ts';

test('IPv4 in decimal, octal, hex and short forms', () => {
  for (const spelling of ['127.0.0.1', '2130706433', '0x7f000001', '0x7f.1', '0177.0.0.1', '127.1', '127.0.1', '0x7F.0.0.0x1']) {
    assert.equal(formatIpv4(parseIpv4(spelling)!), '127.0.0.1', spelling);
  }
  for (const invalid of ['256.0.0.1', '1.2.3.4.5', '08.1.1.1', '0x100000000', 'example.com', '', '1..2']) {
    assert.equal(parseIpv4(invalid), undefined, invalid);
  }
});

test('IPv6 with :: and dotted tails', () => {
  assert.deepEqual(parseIpv6('::1'), [0, 0, 0, 0, 0, 0, 0, 1]);
  assert.deepEqual(parseIpv6('[::ffff:127.0.0.1]'), [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
  assert.deepEqual(parseIpv6('2001:db8::8:800:200c:417a'), [0x2001, 0xdb8, 0, 0, 8, 0x800, 0x200c, 0x417a]);
  for (const invalid of ['1:2:3', '::1::', 'fe80::1%eth0', '12345::', 'g::1', '1:2:3:4:5:6:7:8:9']) assert.equal(parseIpv6(invalid), undefined, invalid);
});

test('public addresses pass; 6to4 embedding a public address passes', () => {
  for (const address of ['8.8.8.8', '93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '2002:5db8:d822::1']) {
    assert.deepEqual(classifyAddress(address), { public: true }, address);
  }
  assert.equal(classifyAddress('not-an-ip').public, false);
});

test('a host literal is returned in one canonical spelling', () => {
  assert.deepEqual(hostLiteral('0x7f.1'), { address: '127.0.0.1', family: 4 });
  assert.deepEqual(hostLiteral('[::1]'), { address: '0:0:0:0:0:0:0:1', family: 6 });
  assert.equal(hostLiteral('example.com'), undefined);
});

test('the allow-list parses hosts, host:port and [v6]:port, and reports bad entries', () => {
  const { list, errors } = parseAllowList('127.0.0.1:8080, localhost [::1]:9000 bad:port:x');
  assert.deepEqual(errors, ['"bad:port:x" is not a host, host:port or [ipv6]:port']);
  assert.equal(list.allowsAddress('127.0.0.1', 8080), true);
  assert.equal(list.allowsAddress('127.0.0.1', 8081), false);
  assert.equal(list.allowsName('LOCALHOST.', 1234), true);
  assert.equal(list.allowsAddress('::1', 9000), true);
  assert.equal(parseAllowList(undefined).list.entries.length, 0);
});
