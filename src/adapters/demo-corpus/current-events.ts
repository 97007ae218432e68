// Turns one day of Wikipedia's Current Events portal (flattened list items) into demo documents:
// one per cited event, with its outlets parsed from the trailing parentheses and its topic labels.
import { contentWords } from '../../shared/text/tokens.ts';
import type { DemoDocument } from './demo-document.ts';

export interface CurrentEventsDay {
  date: string;
  page: string;
  sections: Record<string, string[]>;
}

export interface CitedItem {
  /** The event sentence(s) without the outlet parentheses. */
  text: string;
  outlets: string[];
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
const TRAILING_GROUP = /\(([^()]*)\)$/;
/**
 * What may sit between two outlet groups: "(Reuters) (CNN)", "(bne IntelliNews), (Politico)", "[(BBC)". Not a
 * full stop: in "(0227 UTC). (BBC)" the first group belongs to the sentence.
 */
const SEPARATOR = /[\s,;|[\]\u00a0]*$/;
/** A group that starts a run of outlets must follow a word boundary, or "Changesite–(Y)" would count. */
const GROUP_BOUNDARY = /(?:^|[\s.,;:!?"”'’|[\]\u00a0)])$/;

/** "24 February 2022" from "2022-02-24". */
export function formatDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * Splits "Text. (Reuters) (CNN)" into text and outlets; undefined when the item does not end
 * with a parenthesised outlet (labels, uncited items, or a sentence ending in "(D-NY).").
 */
export function parseCitedItem(item: string): CitedItem | undefined {
  const trimmed = item.trim();
  const afterLast = trimmed.match(/[\s.,]*$/)![0];
  let text = trimmed.slice(0, trimmed.length - afterLast.length);
  let cursor = text;
  const outlets: string[] = [];
  for (;;) {
    const group = cursor.match(TRAILING_GROUP);
    if (!group || !looksLikeOutlet(group[1])) break;
    const before = cursor.slice(0, group.index);
    // Only the last group may be glued to a word ("by 320 runs(Cricinfo)"); earlier ones need a boundary.
    if (outlets.length > 0 && !GROUP_BOUNDARY.test(before)) break;
    outlets.unshift(group[1].trim());
    text = before;
    cursor = before.replace(SEPARATOR, '');
  }
  text = text.replace(/[\s,;|[\u00a0]+$/, '');
  if (outlets.length === 0 || !text) return undefined;
  // Punctuation after the parentheses means they belong to the sentence, unless the sentence had already ended.
  if (/[.,]/.test(afterLast) && !/[.!?]["”'’]?$/.test(text)) return undefined;
  return { text, outlets: [...new Set(outlets)] };
}

function looksLikeOutlet(name: string): boolean {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  if (/^[\d\s–\-:/,.]+(?:UTC|GMT)?$/i.test(name.trim())) return false;
  if (/^(?:see\b|→|note:)/i.test(name.trim())) return false;
  if (words.length > 4 && /^\p{Ll}/u.test(name.trim())) return false;
  return !(words.length > 3 && /\.$/.test(name.trim()));
}

/** An event item: ends with outlet parentheses and has more than six words. */
export function parseEventItem(item: string): CitedItem | undefined {
  if (item.trim().split(/\s+/).length <= 6) return undefined;
  return parseCitedItem(item);
}

/** A topic label: a heading-like item ("Russia–NATO relations", "A, B; C") rather than a sentence. */
export function isTopicLabel(item: string): boolean {
  const trimmed = item.trim();
  if (!trimmed || /[.!?]["”'’]?$/.test(trimmed) || parseEventItem(trimmed)) return false;
  const parts = trimmed.split(/[,;]\s+/);
  return trimmed.split(/\s+/).length <= 30 && parts.every((part) => part.split(/\s+/).length <= 10);
}

/** Content words of labels, without bare numbers: a shared "2022" says nothing about the topic. */
function labelWords(labels: string[]): Set<string> {
  return new Set(labels.flatMap((label) => contentWords(label)).filter((word) => !/^\d+$/.test(word)));
}

export interface LabelledEvent extends CitedItem {
  labels: string[];
}

/**
 * Re-attaches the flattened topic labels: consecutive labels form a path; an event gets the path when it
 * is the first item after the labels or shares a content word with them (stand-alone events follow too).
 */
export function labelEvents(items: string[]): LabelledEvent[] {
  const events: LabelledEvent[] = [];
  let path: string[] = [];
  let afterLabel = false;
  let words = new Set<string>();
  for (const item of items) {
    if (isTopicLabel(item)) {
      path = afterLabel ? [...path, item.trim()] : [item.trim()];
      words = labelWords(path);
      afterLabel = true;
      continue;
    }
    const first = afterLabel;
    afterLabel = false;
    const event = parseEventItem(item);
    if (!event) continue;
    const related = first || contentWords(event.text).some((word) => words.has(word));
    events.push({ ...event, labels: related ? path : [] });
  }
  return events;
}

export function outletLabel(outlets: string[]): string {
  return `Wikipedia Current Events (citing ${outlets.join(', ')})`;
}

/** One demo document per event of the day, in portal order. */
export function dayToDocuments(day: CurrentEventsDay): DemoDocument[] {
  const documents: DemoDocument[] = [];
  const when = formatDay(day.date);
  for (const [section, items] of Object.entries(day.sections)) {
    const sectionTopics = section.trim() && section !== 'Uncategorized' ? [section.trim()] : [];
    for (const event of labelEvents(items)) {
      const label = event.labels.at(-1);
      documents.push({
        url: day.page,
        title: label ? `${label} — Wikipedia Current Events, ${when}` : `Wikipedia Current Events, ${when}`,
        outlet: outletLabel(event.outlets),
        publishedAt: day.date,
        kind: 'encyclopedia',
        text: event.text,
        topics: [...new Set([...sectionTopics, ...event.labels])],
      });
    }
  }
  return documents;
}
