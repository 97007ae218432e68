// Stage-by-stage progress on stderr: one updating line on a terminal, plain lines otherwise.
import type { ProgressEvent } from '../../contracts/types.ts';
import type { CliIo } from './io.ts';

const QUIET_TYPES = new Set(['source-found']);

export function createProgressReporter(io: CliIo, options: { quiet?: boolean } = {}) {
  let lastLength = 0;
  let sourcesFound = 0;
  const started = Date.now();
  const line = (text: string) => {
    if (io.isTTY) {
      const visible = text.length > 110 ? `${text.slice(0, 107)}...` : text;
      io.stderr(`\r${visible}${' '.repeat(Math.max(0, lastLength - visible.length))}`);
      lastLength = visible.length;
    } else {
      io.stderr(`${text}\n`);
    }
  };
  return {
    onEvent(event: ProgressEvent) {
      if (options.quiet) return;
      if (event.type === 'source-found') sourcesFound++;
      if (QUIET_TYPES.has(event.type) && !io.isTTY) return;
      const elapsed = ((Date.now() - started) / 1000).toFixed(1);
      const detail = event.type === 'source-found' ? `${sourcesFound} sources found` : event.message;
      line(`[${elapsed}s] ${event.type}: ${detail}`);
    },
    note(message: string) {
      if (!options.quiet) line(message);
    },
    finish() {
      if (io.isTTY && lastLength > 0) io.stderr('\n');
      lastLength = 0;
    },
  };
}
