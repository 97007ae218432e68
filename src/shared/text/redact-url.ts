// A database URL fit for messages and logs: its password replaced. In its own file so the CLI can name a
// store without loading the PostgreSQL backend.

/** The database URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL (not a valid URL)';
  }
}
