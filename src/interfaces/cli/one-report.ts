// A process that makes one report and ends (the CLI's `ask`) runs its large regular expressions a few hundred times
// at most: compiled without V8's regexp optimisations they cost a fraction of the time to compile and match about
// half as fast, the better trade for one report (a server, which matches thousands of texts, keeps the default).
import { setFlagsFromString } from 'node:v8';
import { compileDatesForFewTexts } from '../../shared/language/time-slot.ts';
import { isInstructionToMachine } from '../../shared/text/untrusted-text.ts';

export function prepareForOneReport(): void {
  // The date parser's expressions compile on its first parses, inside the report.
  compileDatesForFewTexts();
  // The injection detector's: V8 compiles an expression on its first two runs (bytecode, then machine code) and
  // keeps that code, so two plain texts here compile them all. The flag is read when an expression is compiled and
  // set back at once: code compiled later, and the compile cache that V8 checks against its flags, are as before.
  setFlagsFromString('--no-regexp-optimization');
  try {
    isInstructionToMachine('A source reports what happened.');
    isInstructionToMachine('Another source reports it too.');
  } finally {
    setFlagsFromString('--regexp-optimization');
  }
}
