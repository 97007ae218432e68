// Plain fetch for endpoints the operator configured (search APIs, a local SearXNG): not guarded, because
// the operator chose them and they may rightly be on localhost. URLs that came from outside never use it.
export const operatorFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);
