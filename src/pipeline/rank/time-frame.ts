// Whether a passage belongs to the question's time frame: published inside it, or naming one of its years.
import type { Plan } from '../../contracts/types.ts';

export function inTimeFrame(frame: Plan['timeFrame'], publishedAt: string | undefined, text: string): boolean {
  if (!frame) return true;
  const fromYear = frame.from ? Number(frame.from.slice(0, 4)) : undefined;
  const toYear = frame.to ? Number(frame.to.slice(0, 4)) : undefined;
  const mentioned = (text.match(/\b(19|20)\d{2}\b/g) ?? []).map(Number);
  if (mentioned.some((year) => (fromYear === undefined || year >= fromYear) && (toYear === undefined || year <= toYear))) return true;
  if (!publishedAt) return false;
  const date = publishedAt.slice(0, 10);
  return (!frame.from || date >= frame.from) && (!frame.to || date <= `${frame.to}`);
}
