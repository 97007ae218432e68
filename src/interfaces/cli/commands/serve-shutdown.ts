// Signals for the long-running commands (`serve`, `worker`): the first SIGTERM or SIGINT starts a
// graceful stop; if that has not finished within the grace period plus a margin (a database that
// stopped answering, a stuck connection), the process exits anyway. A second signal exits at once.
import { loadBackendSettings } from '../../../runtime/backend/backend-settings.ts';
import type { CliIo } from '../io.ts';

/** Beyond the grace period: time for handing jobs back and closing connections, each step bounded. */
export const SHUTDOWN_MARGIN_MS = 15_000;

/** How long a stop may take in all, from the settings (the default grace when they are invalid: the command reports that). */
export function hardStopMs(env: Record<string, string | undefined>): number {
  try {
    return loadBackendSettings(env).shutdownGraceSeconds * 1000 + SHUTDOWN_MARGIN_MS;
  } catch {
    return 25_000 + SHUTDOWN_MARGIN_MS;
  }
}

export function untilSignal(io: CliIo, role: string, options: { hardStopMs: number; exit?: (code: number) => void }): Promise<NodeJS.Signals> {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      process.once('SIGTERM', () => exit(143));
      process.once('SIGINT', () => exit(130));
      setTimeout(() => {
        io.stderr(`crosscheck ${role}: stopping took longer than ${Math.round(options.hardStopMs / 1000)} s; exiting now (unfinished reports go back to the queue)\n`);
        exit(1);
      }, options.hardStopMs).unref();
      resolve(signal);
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });
}
