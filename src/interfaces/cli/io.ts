// The CLI's view of the outside world, injectable so commands are tested without a terminal.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

export type Command = (argv: string[], io: CliIo) => Promise<number>;

/** Writes to stderr and returns the exit code, so commands can `return fail(io, message, 2)`. */
export function fail(io: CliIo, text: string, code: number): number {
  io.stderr(text.endsWith('\n') ? text : `${text}\n`);
  return code;
}

/** Writes to stdout and returns 0. */
export function print(io: CliIo, text: string): number {
  io.stdout(text);
  return 0;
}
