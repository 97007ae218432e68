// A memo of source sentences' frames that outlives the process: the CLI's `ask` plugs one in (`useFrameMemo`, a table
// of its analysis cache file), so a warm ask reads the frames of the sentences it read before instead of reading them
// again (about 0.6 ms a sentence, most of the write stage of a question). Whatever holds the memo must key it by the
// version of the code that makes frames (adapters/analysis-cache/frame-version.ts), so it never serves a frame that
// other code would have read differently.
import type { EventFrame } from './frame-types.ts';

export interface FrameMemo {
  /** The frame stored for exactly this text and day ('' for none), as new objects; undefined when there is none. Never throws. */
  get(text: string, day: string): EventFrame | undefined;
  /** A frame frameOf just made, before any caller has seen it. Never throws. */
  remember(text: string, day: string, frame: EventFrame): void;
}

let memo: FrameMemo | undefined;

/** Plugs a memo in (or takes it out, with undefined): one per process, set by the command that owns it. */
export function useFrameMemo(next: FrameMemo | undefined): void {
  memo = next;
}

export function storedFrame(text: string, day: string): EventFrame | undefined {
  return memo?.get(text, day);
}

export function rememberFrame(text: string, day: string, frame: EventFrame): void {
  memo?.remember(text, day, frame);
}
