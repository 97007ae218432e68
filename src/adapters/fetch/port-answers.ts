// A look at an operator-configured endpoint before an HTTP request to it: whether anything accepts a TCP connection
// at the URL's host and port (closed at once). Nothing listening, the usual case of the local-Ollama probe, is then
// known in a few milliseconds, without loading the HTTP client (50-100 ms of a CLI ask). URLs that came from outside
// never come here; they go through the guarded fetcher.
export type PortAnswer = 'open' | 'refused' | 'timeout';

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

export function portAnswers(url: string, timeoutMs: number): Promise<PortAnswer> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.resolve('refused');
  }
  const port = Number(parsed.port) || DEFAULT_PORTS[parsed.protocol];
  if (!port) return Promise.resolve('refused');
  // node:net loads only for a look (an ask with its model set, CROSSCHECK_MODEL, never looks).
  return import('node:net').then(({ default: net }) => new Promise((resolve) => {
    const socket = net.connect({ host: parsed.hostname.replace(/^\[|\]$/g, ''), port });
    const done = (answer: PortAnswer) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done('timeout'), timeoutMs);
    socket.once('connect', () => done('open'));
    // Refused, unreachable or a name that does not resolve: an HTTP request would have failed the same way.
    socket.once('error', () => done('refused'));
  }));
}

/**
 * Whether a URL names this machine (localhost, 127.0.0.0/8, ::1): only there is a refused connection the whole
 * answer, since a request elsewhere may go through a proxy (NODE_USE_ENV_PROXY) that reaches what this machine cannot.
 */
export function isLoopbackUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
