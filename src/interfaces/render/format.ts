// Small formatting helpers shared by the Markdown and HTML renderers.
import type { Sentence } from '../../contracts/schema.ts';
import { usDate } from '../../shared/text/us-date.ts';

export function longDate(iso: string): string {
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(time) ? iso : usDate(time, 'long');
}

export function citeMarks(sentence: Sentence): string {
  return sentence.cites.map((n) => `[${n}]`).join(' ');
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const DISCLAIMER = 'Automated report: Crosscheck can make mistakes. Verify important information and breaking news against the cited sources.';

export const SOURCE_KIND_LABELS: Record<string, string> = {
  official: 'official',
  news: 'news',
  analysis: 'analysis / think tank',
  encyclopedia: 'encyclopedia',
  'fact-checker': 'fact-checker',
  social: 'social media',
  other: 'other',
};
