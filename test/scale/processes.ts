// Spawns `crosscheck serve` and `crosscheck worker` as real processes (node src/interfaces/cli/main.ts), reads the
// address each one prints, collects their JSON logs, and stops them by signal.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const MAIN = path.resolve(import.meta.dirname, '../../src/interfaces/cli/main.ts');

export interface Spawned {
  role: string;
  url: string;
  child: ChildProcess;
  output: () => string;
  /** JSON log lines written so far. */
  logs: () => Record<string, unknown>[];
  /** Sends the signal and resolves with the exit code (or the signal that ended it). */
  stop(signal: NodeJS.Signals): Promise<number | string>;
}

export async function spawnCrosscheck(role: string, args: string[], env: Record<string, string>, urlPattern: RegExp, timeoutMs = 30_000): Promise<Spawned> {
  const child = spawn(process.execPath, [MAIN, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${role} did not start in ${timeoutMs} ms:\n${stdout}\n${stderr}`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = urlPattern.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${role} exited (${code}) before starting:\n${stdout}\n${stderr}`));
    });
  });
  return {
    role,
    url,
    child,
    output: () => `${stdout}\n${stderr}`,
    logs: () => stderr.split('\n').flatMap((line) => {
      try {
        return line.startsWith('{') ? [JSON.parse(line) as Record<string, unknown>] : [];
      } catch {
        return [];
      }
    }),
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export const spawnWeb = (env: Record<string, string>) => spawnCrosscheck('web', ['serve', '--port', '0', '--no-jobs'], env, /serving on (http:\/\/\S+)/);
export const spawnWorker = (env: Record<string, string>) => spawnCrosscheck('worker', ['worker', '--port', '0'], env, /health on (http:\/\/\S+)/);

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
