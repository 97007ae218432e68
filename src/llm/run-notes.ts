// Warnings from model hooks that run before the writer (the planner) reach the report through the writer's
// draft: they are kept per run, keyed by the run's usage meter, and taken once.
import type { UsageMeter } from '../contracts.ts';

const notes = new WeakMap<UsageMeter, string[]>();

export function addRunNote(meter: UsageMeter | undefined, note: string): void {
  if (!meter) return;
  notes.set(meter, [...(notes.get(meter) ?? []), note]);
}

export function takeRunNotes(meter: UsageMeter | undefined): string[] {
  if (!meter) return [];
  const taken = notes.get(meter) ?? [];
  notes.delete(meter);
  return taken;
}
