// A sentence's tokens as a short JSON row for the analysis cache: what the text gives back (a token's words by its
// offsets, its lower case) is left out. A row read back is checked field by field, so a damaged or hostile cache
// gives a miss, never an exception or a token of the wrong shape.
import type { AnalysedToken } from '../../shared/language/analysis-memo.ts';

/** [start, end, part of speech, lemma (0: the lower case), negated (1/0), text (0: the text at its offsets)]. */
type Row = [number, number, string, string | 0, 0 | 1, string | 0];

const MAX_OFFSET = 1_000_000;

/** The tokens as JSON, or undefined when they cannot be written so that they read back exactly. */
export function encodeTokens(text: string, tokens: readonly AnalysedToken[]): string | undefined {
  const rows: Row[] = tokens.map((token) => [
    token.start,
    token.end,
    token.pos,
    token.lemma === token.lower ? 0 : token.lemma,
    token.negated ? 1 : 0,
    text.slice(token.start, token.end) === token.text ? 0 : token.text,
  ]);
  const encoded = JSON.stringify(rows);
  const back = decodeTokens(text, encoded);
  return back && back.length === tokens.length && back.every((token, index) => sameToken(token, tokens[index])) ? encoded : undefined;
}

function sameToken(left: AnalysedToken, right: AnalysedToken): boolean {
  return left.text === right.text && left.lower === right.lower && left.lemma === right.lemma && left.pos === right.pos
    && left.negated === right.negated && left.start === right.start && left.end === right.end;
}

/** New token objects from a stored row, or undefined when the row is not one this codec writes. */
export function decodeTokens(text: string, encoded: string): AnalysedToken[] | undefined {
  let rows: unknown;
  try {
    rows = JSON.parse(encoded);
  } catch {
    return undefined;
  }
  if (!Array.isArray(rows)) return undefined;
  const tokens: AnalysedToken[] = [];
  for (const row of rows as unknown[]) {
    const token = tokenOf(text, row);
    if (!token) return undefined;
    tokens.push(token);
  }
  return tokens;
}

function tokenOf(text: string, row: unknown): AnalysedToken | undefined {
  if (!Array.isArray(row) || row.length !== 6) return undefined;
  const [start, end, pos, lemma, negated, written] = row as unknown[];
  if (!isOffset(start) || !isOffset(end) || end < start || typeof pos !== 'string' || pos === '') return undefined;
  if ((lemma !== 0 && typeof lemma !== 'string') || (negated !== 0 && negated !== 1) || (written !== 0 && typeof written !== 'string')) return undefined;
  const tokenText = written === 0 ? text.slice(start, end) : written;
  const lower = tokenText.toLowerCase();
  return { text: tokenText, lower, lemma: lemma === 0 ? lower : lemma, pos, negated: negated === 1, start, end };
}

function isOffset(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_OFFSET;
}
