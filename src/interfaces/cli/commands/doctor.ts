// `crosscheck doctor`: what is configured (store, search, language model, prices, cassette) and whether the
// model answers; every problem comes with the setting to fix. Exit 1 when something configured does not work.
import { parseArgs } from 'node:util';
import { type DemoCorpusState, demoCorpusState } from '../../../adapters/demo-corpus/demo-corpus.ts';
import { createEngine } from '../../../runtime/engine/create-engine.ts';
import { modelFromEnv } from '../../../runtime/model-from-settings.ts';
import { readSettings, settingSpec } from '../../../runtime/settings.ts';
import { type Command, fail, print } from '../io.ts';
import { openStore } from '../open-store.ts';

export const DOCTOR_USAGE = `Usage: crosscheck doctor [--store FILE]

Prints what Crosscheck is configured to use (the store, search providers, the language model, its prices,
a record/replay cassette) and checks that the model answers. Keys are never printed.
Exit code 0 when everything configured works, 1 when a setting must be fixed or the model cannot be reached.
`;

const DOCTOR_OPTIONS = { store: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export const doctor: Command = async (argv, io) => {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof DOCTOR_OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, options: DOCTOR_OPTIONS });
  } catch (error) {
    return fail(io, `crosscheck doctor: ${(error as Error).message}\n\n${DOCTOR_USAGE}`, 2);
  }
  if (parsed.values.help) return print(io, DOCTOR_USAGE);
  let problems = 0;
  const line = (ok: boolean | undefined, text: string) => {
    if (ok === false) problems++;
    io.stdout(`${ok === undefined ? ' ' : ok ? '✓' : '✗'} ${text}\n`);
  };
  io.stdout('Crosscheck doctor\n');
  // The same schema as the README's settings table: every bad value, with what it must be (the model's below).
  const settings = readSettings(io.env);
  for (const problem of settings.problems.filter((entry) => settingSpec(entry.name).group !== 'model')) line(false, `setting: ${problem.message}`);
  const opened = await openStore(parsed.values, io);
  if (!opened.ok) line(false, `store: ${opened.message}`);
  else {
    const documents = await opened.store.countDocuments().catch(() => undefined);
    line(true, `store: ${opened.location} (${documents === undefined ? 'unknown number of' : documents.toLocaleString('en-US')} documents${documents === 0 ? '; the demo corpus loads on the first ask' : ''})`);
    const corpus = await demoCorpusState(opened.store).catch((error: unknown) => ({ status: 'unreadable' as const, reason: (error as Error).message }));
    if (corpus.status !== 'absent' || documents !== 0) {
      line(corpus.status === 'loading' || corpus.status === 'unreadable' ? false : corpus.status === 'complete' ? true : undefined, `demo corpus: ${describeCorpus(corpus)}`);
    }
    try {
      const engine = await createEngine({ settings, store: opened.store });
      for (const text of engine.describe.filter((entry) => !/^(model|prices|cassette):/.test(entry))) line(undefined, text);
    } finally {
      await opened.store.close();
    }
  }
  const model = await modelFromEnv({ settings, cwd: io.cwd });
  for (const text of model.describe) line(model.errors.length > 0 ? false : undefined, text);
  const check = await model.check();
  if (check) line(check.ok, `model check: ${check.message}`);
  io.stdout(problems === 0 ? 'Everything configured works.\n' : `${problems} problem${problems === 1 ? '' : 's'} to fix (see ✗ above).\n`);
  return problems === 0 ? 0 : 1;
};

function describeCorpus(corpus: DemoCorpusState | { status: 'unreadable'; reason: string }): string {
  switch (corpus.status) {
    case 'complete': return `${corpus.name}, loaded in full`;
    case 'absent': return 'no load mark yet; the first ask or start checks whether these documents are the demo corpus';
    case 'skipped': return `not loaded (${corpus.reason})`;
    case 'loading': return `the load stopped after line ${corpus.line.toLocaleString('en-US')} (killed or failed); the next ask or start resumes it`;
    case 'unreadable': return `cannot tell whether it is loaded (${corpus.reason})`;
  }
}
