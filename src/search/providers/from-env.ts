// Web research from configuration: which search providers are enabled and how remote pages are read.
// Until the web-research work lands, nothing beyond the local corpus is enabled.
import type { SearchProvider, Store } from '../../contracts.ts';
import type { RemoteReader } from '../../read/index.ts';

export interface WebResearch {
  providers: SearchProvider[];
  readRemote?: RemoteReader;
  warnings: string[];
  /** One line per provider for `crosscheck doctor`. */
  describe: string[];
}

export async function webResearchFromEnv(_options: { env: Record<string, string | undefined>; store: Store; fetch?: typeof fetch }): Promise<WebResearch> {
  return { providers: [], warnings: [], describe: ['web search: not available in this build (local corpus only)'] };
}
