// Small formatting helpers for benchmark tables and lines (Markdown, fixed decimals).

export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function fixed(value: number | undefined, digits = 3): string {
  return value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
}

export function verdict(met: boolean): string {
  return met ? 'meets' : 'misses';
}
