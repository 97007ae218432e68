// Splits a stored text into plain and highlighted pieces: the quotes a report cites from it.
export interface Piece {
  text: string;
  marked: boolean;
}

export function highlight(text: string, quotes: string[]): Piece[] {
  const ranges: [number, number][] = [];
  for (const quote of new Set(quotes.map((entry) => entry.trim()).filter((entry) => entry.length >= 3))) {
    const start = text.indexOf(quote);
    if (start >= 0) ranges.push([start, start + quote.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
