// robots.txt (RFC 9309): groups of User-agent lines with Allow/Disallow rules; the group naming our product
// token wins over `*`; the longest matching rule decides, and an Allow wins a tie.

export interface RobotsRule {
  allow: boolean;
  pattern: string;
  regex: RegExp;
}

export interface RobotsGroup {
  agents: string[];
  rules: RobotsRule[];
}

/** RFC 9309 asks crawlers to parse at least 500 KiB; anything beyond is ignored. */
export const ROBOTS_MAX_BYTES = 512 * 1024;

export function parseRobots(text: string): RobotsGroup[] {
  const groups: RobotsGroup[] = [];
  let current: RobotsGroup | undefined;
  let lastWasAgent = false;
  for (const rawLine of text.slice(0, ROBOTS_MAX_BYTES).split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const match = line.match(/^([A-Za-z-]+)\s*:\s*(.*)$/);
    if (!match) continue;
    const field = match[1].toLowerCase();
    const value = match[2].trim();
    if (field === 'user-agent') {
      // Consecutive User-agent lines share one group; one after rules opens a new group.
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
    } else if (field === 'allow' || field === 'disallow') {
      lastWasAgent = false;
      if (!current || value === '') continue;
      current.rules.push({ allow: field === 'allow', pattern: value, regex: patternRegex(value) });
    } else {
      // Sitemap, Crawl-delay and unknown fields neither open nor close a group.
    }
  }
  return groups;
}

function patternRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((piece) => normalizePath(piece).replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** Percent-encodes what a URL path would carry encoded, and upper-cases escapes, so rule and path compare alike. */
function normalizePath(path: string): string {
  return path
    .replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase())
    .replace(/[^\x21-\x7e]/g, (character) => encodeURIComponent(character));
}

/** The groups that apply to our product token: those naming it, else those for `*`. */
export function groupsFor(groups: RobotsGroup[], productToken: string): RobotsGroup[] {
  const token = productToken.toLowerCase();
  const named = groups.filter((group) => group.agents.some((agent) => agent.split(/[/\s]/)[0] === token));
  return named.length > 0 ? named : groups.filter((group) => group.agents.includes('*'));
}

/** Whether `pathAndQuery` may be fetched. No matching rule means allowed; /robots.txt is always allowed. */
export function isAllowed(groups: RobotsGroup[], productToken: string, pathAndQuery: string): boolean {
  if (pathAndQuery === '/robots.txt') return true;
  const path = normalizePath(pathAndQuery || '/');
  let best: RobotsRule | undefined;
  for (const group of groupsFor(groups, productToken)) {
    for (const rule of group.rules) {
      if (!rule.regex.test(path)) continue;
      const longer = !best || rule.pattern.length > best.pattern.length;
      const tieAllow = best && rule.pattern.length === best.pattern.length && rule.allow;
      if (longer || tieAllow) best = rule;
    }
  }
  return best ? best.allow : true;
}
