// What a model call costs: US dollars per million input and output tokens, from a built-in table of list
// prices that configuration (CROSSCHECK_PRICES, inline JSON or a JSON file) extends or overrides.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Price {
  /** USD per million input tokens. */
  input: number;
  /** USD per million output tokens. */
  output: number;
}

export type PriceTable = Record<string, Price>;

/**
 * List prices (USD per million tokens) as published by the vendors in 2025; they change, so they are
 * estimates: set CROSSCHECK_PRICES for your contract or for any model not listed here.
 */
export const DEFAULT_PRICES: PriceTable = {
  'openai:gpt-4o-mini': { input: 0.15, output: 0.6 },
  'openai:gpt-4o': { input: 2.5, output: 10 },
  'openai:gpt-4.1': { input: 2, output: 8 },
  'openai:gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'openai:gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'openai:gpt-5': { input: 1.25, output: 10 },
  'openai:gpt-5-mini': { input: 0.25, output: 2 },
  'openai:gpt-5-nano': { input: 0.05, output: 0.4 },
  'anthropic:claude-3-haiku': { input: 0.25, output: 1.25 },
  'anthropic:claude-3-5-haiku': { input: 0.8, output: 4 },
  'anthropic:claude-haiku-4-5': { input: 1, output: 5 },
  'anthropic:claude-sonnet-4': { input: 3, output: 15 },
  'anthropic:claude-3-7-sonnet': { input: 3, output: 15 },
  'anthropic:claude-opus-4': { input: 15, output: 75 },
};

export type PriceTableResult = { ok: true; table: PriceTable } | { ok: false; error: string };

const FORMAT = 'a JSON object such as {"openai:gpt-4o-mini": {"input": 0.15, "output": 0.6}} (USD per million tokens), inline or in a file';

/** Reads CROSSCHECK_PRICES: inline JSON when it starts with `{`, otherwise a path to a JSON file. */
export function readPriceTable(setting: string | undefined, options: { cwd?: string } = {}): PriceTableResult {
  if (!setting) return { ok: true, table: { ...DEFAULT_PRICES } };
  let text = setting;
  if (!setting.trimStart().startsWith('{')) {
    const file = path.resolve(options.cwd ?? process.cwd(), setting);
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      return { ok: false, error: `CROSSCHECK_PRICES="${setting}": cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); give ${FORMAT}.` };
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `CROSSCHECK_PRICES is not valid JSON (${(error as Error).message}); give ${FORMAT}.` };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, error: `CROSSCHECK_PRICES: give ${FORMAT}.` };
  const table: PriceTable = { ...DEFAULT_PRICES };
  for (const [model, price] of Object.entries(parsed)) {
    const { input, output } = (price ?? {}) as Partial<Price>;
    if (!isPrice(input) || !isPrice(output)) return { ok: false, error: `CROSSCHECK_PRICES["${model}"]: needs "input" and "output", non-negative numbers (USD per million tokens).` };
    table[model] = { input, output };
  }
  return { ok: true, table };
}

function isPrice(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * The price of a model: `provider:model` exactly, then the bare model name, then the longest listed name the
 * model starts with (so `claude-sonnet-4-20250514` takes the `claude-sonnet-4` price). Local Ollama models cost nothing.
 */
export function priceFor(table: PriceTable, modelId: string): Price | undefined {
  const [provider] = modelId.split(':', 1);
  const bare = modelId.slice(provider.length + 1);
  const exact = table[modelId] ?? table[bare];
  if (exact) return exact;
  const prefixes = Object.keys(table).filter((key) => modelId.startsWith(key) || bare.startsWith(key)).sort((left, right) => right.length - left.length);
  if (prefixes.length > 0) return table[prefixes[0]];
  return provider === 'ollama' ? { input: 0, output: 0 } : undefined;
}

/** Estimated cost in USD, rounded to a millionth of a dollar; undefined when the model has no price. */
export function costOf(price: Price | undefined, inputTokens: number, outputTokens: number): number | undefined {
  if (!price) return undefined;
  return Math.round(((inputTokens * price.input + outputTokens * price.output) / 1_000_000) * 1e6) / 1e6;
}
