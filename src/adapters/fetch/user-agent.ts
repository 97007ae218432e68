// The User-Agent of every request the guarded fetcher makes: the product and, when the operator gives one, how
// site owners reach them. Apart from the fetcher so that describing it loads none of it.
export const PRODUCT_TOKEN = 'Crosscheck';

export function userAgent(contact?: string): string {
  return `${PRODUCT_TOKEN}/0.1 (self-hosted research and fact-check engine${contact ? `; +${contact}` : ''})`;
}
