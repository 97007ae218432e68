// Publication dates from file metadata, made comparable: ISO dates stay as written, others become ISO.

export function normalizeDate(value: string | Date | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) {
    return Number.isNaN(Date.parse(trimmed.slice(0, 10))) ? undefined : trimmed;
  }
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}
