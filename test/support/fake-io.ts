// A CliIo that records what a command prints, for CLI tests without a terminal.
import type { CliIo } from '../../src/interfaces/cli/io.ts';

export function fakeIo(cwd: string, options: { env?: Record<string, string | undefined>; stdin?: string; isTTY?: boolean } = {}): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
    readStdin: async () => options.stdin ?? '',
    isTTY: options.isTTY ?? false,
    // No model and no web unless a test asks: a developer's local Ollama or network must not change results.
    env: { CROSSCHECK_MODEL: 'none', CROSSCHECK_WEB: 'off', ...options.env },
    cwd,
  };
  return io;
}
