// robots.txt: the parser (groups, longest match, Allow wins ties, wildcards) and the fetcher honouring it,
// fetched through the same guard and cached per host.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createGuardedFetcher } from '../../src/adapters/fetch/guarded-fetcher.ts';
import { groupsFor, isAllowed, parseRobots } from '../../src/adapters/fetch/robots.ts';
import { html, localServer } from './local-server.ts';

const ROBOTS = `# comment
User-agent: Googlebot
Disallow: /

User-agent: crosscheck
User-agent: OtherBot
Disallow: /private
Allow: /private/open
Disallow: /*.pdf$
Disallow: /search?
Sitemap: https://example.org/sitemap.xml

User-agent: *
Disallow: /
`;

test('the group naming our product token wins over *, and consecutive User-agent lines share a group', () => {
  const groups = parseRobots(ROBOTS);
  assert.equal(groups.length, 3);
  assert.deepEqual(groupsFor(groups, 'Crosscheck')[0].agents, ['crosscheck', 'otherbot']);
  assert.equal(isAllowed(groups, 'Crosscheck', '/news/story'), true, 'not disallowed for us although * is');
  assert.equal(isAllowed(groups, 'SomeoneElse', '/news/story'), false, '* applies to others');
});

test('the longest matching rule decides; wildcards and $ anchor; /robots.txt is always allowed', () => {
  const groups = parseRobots(ROBOTS);
  assert.equal(isAllowed(groups, 'Crosscheck', '/private/secret'), false);
  assert.equal(isAllowed(groups, 'Crosscheck', '/private/open/page'), true, 'the longer Allow wins');
  assert.equal(isAllowed(groups, 'Crosscheck', '/files/report.pdf'), false);
  assert.equal(isAllowed(groups, 'Crosscheck', '/files/report.pdf?download=1'), true, '$ anchors the end');
  assert.equal(isAllowed(groups, 'Crosscheck', '/search?q=nato'), false);
  assert.equal(isAllowed(parseRobots('User-agent: *\nDisallow: /'), 'Crosscheck', '/robots.txt'), true);
});

test('an Allow wins a tie; an empty Disallow allows everything; no groups allow everything', () => {
  assert.equal(isAllowed(parseRobots('User-agent: *\nDisallow: /page\nAllow: /page'), 'Crosscheck', '/page'), true);
  assert.equal(isAllowed(parseRobots('User-agent: *\nDisallow:'), 'Crosscheck', '/anything'), true);
  assert.equal(isAllowed(parseRobots(''), 'Crosscheck', '/anything'), true);
  assert.equal(isAllowed(parseRobots('garbage without fields\n\u0000\u0001'), 'Crosscheck', '/x'), true);
});

test('percent-encoding is compared alike in rules and paths', () => {
  const groups = parseRobots('User-agent: *\nDisallow: /caf%c3%a9\n');
  assert.equal(isAllowed(groups, 'Crosscheck', '/caf%C3%A9/menu'), false);
  assert.equal(isAllowed(groups, 'Crosscheck', '/café/menu'), false);
});

test('the fetcher honours robots.txt, fetches it once per host and says why a page was skipped', async () => {
  const server = await localServer((request, response) => {
    if (request.url === '/robots.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      return response.end('User-agent: *\nDisallow: /private\n');
    }
    html(response, '<p>Public.</p>');
  });
  try {
    const fetcher = createGuardedFetcher({ allow: server.host });
    const [open, closed, again] = await Promise.all([
      fetcher.fetch(`${server.origin}/open`),
      fetcher.fetch(`${server.origin}/private/page`),
      fetcher.fetch(`${server.origin}/another`),
    ]);
    assert.ok(open.ok && again.ok);
    assert.ok(!closed.ok && closed.reason === `disallowed by ${server.origin}/robots.txt`);
    assert.equal(server.requests.filter((request) => request.url === '/robots.txt').length, 1, 'cached per host');
    assert.ok(!server.requests.some((request) => request.url === '/private/page'), 'the disallowed page was never requested');
    assert.match(String(server.requests[0].headers['user-agent']), /^Crosscheck\/0\.1 \(/);
    const ignoring = createGuardedFetcher({ allow: server.host, robots: false });
    assert.ok((await ignoring.fetch(`${server.origin}/private/page`)).ok, 'robots: false ignores it');
  } finally {
    await server.close();
  }
});

test('a missing robots.txt allows everything; a failing one closes the site (RFC 9309)', async () => {
  const missing = await localServer((request, response) => (request.url === '/robots.txt' ? (response.writeHead(404), response.end()) : html(response, '<p>ok</p>')));
  const failing = await localServer((request, response) => (request.url === '/robots.txt' ? (response.writeHead(503), response.end()) : html(response, '<p>ok</p>')));
  try {
    const fetcher = createGuardedFetcher({ allow: `${missing.host},${failing.host}` });
    assert.ok((await fetcher.fetch(`${missing.origin}/page`)).ok);
    const closed = await fetcher.fetch(`${failing.origin}/page`);
    assert.ok(!closed.ok && /robots\.txt of 127\.0\.0\.1:\d+ could not be read \(HTTP 503/.test(closed.reason), !closed.ok ? closed.reason : '');
  } finally {
    await missing.close();
    await failing.close();
  }
});

test('the contact setting goes into the User-Agent', async () => {
  const server = await localServer((_request, response) => html(response, '<p>ok</p>'));
  try {
    await createGuardedFetcher({ allow: server.host, robots: false, contact: 'https://factcheck.example/bot' }).fetch(`${server.origin}/`);
    assert.equal(server.requests[0].headers['user-agent'], 'Crosscheck/0.1 (self-hosted research and fact-check engine; +https://factcheck.example/bot)');
  } finally {
    await server.close();
  }
});
