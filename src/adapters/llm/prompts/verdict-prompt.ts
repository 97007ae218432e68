// Prompt for the verdict of claim mode: the claim's event frame, each slot read against the sources (with
// the source and its value, which the slot check looks for in that source's text), then one label of the
// documented scale and a one-sentence cited reason.
import { describeScale } from '../../../shared/claims/verdict-scale.ts';
import { quoted } from '../untrusted-sources.ts';
import { UNTRUSTED_DATA_RULES, WRITING_RULES } from './shared-rules.ts';

export const VERDICT_NAME = 'crosscheck_verdict';

const FRAME_RULES = `First fill "frame": the event the claim in <question> states, slot by slot, as the claim states it.
- actors: each party to the event, with its role in the claim ("agent" did it, "patient" had it done to them).
- predicate: the event's verb in its dictionary form, and whether the claim says it did not happen.
- times (as stated, with their precision: date, month or year), places, quantities (the number as a value, and what it counts), qualifiers ("first", "only", "record", "all", "unanimously", superlatives).
Leave out nothing the claim states, and add nothing it does not.
Then read each slot against the sources, for the same event:
- "match" when a source says the same, "conflict" when it says something else (another date, number, place or party; the parties the other way round; the opposite event; the event not happening), "not stated" when no source says.
- "source" is the id of the one source you read it from, and "sourceValue" what that source says there, copied exactly from its text (a date may be the source's published date as YYYY-MM-DD). For the predicate, "sourceValue" is the source's words for the event ("officially joins", "did not join").
- Every "sourceValue" is looked for in the text of the source you cite: a value that source does not contain is set aside, and the verdict is computed again without it.`;

export function verdictPrompt(input: { claim: string; sources: string }) {
  const instructions = `You give the verdict of a fact check on the claim in <question>, from the sources given and only from them.

${UNTRUSTED_DATA_RULES}

${WRITING_RULES}

${FRAME_RULES}

Then choose exactly one label:
${describeScale()}
Any core slot (party, role, event, date, place, number) in conflict makes the claim "false"; a qualifier no source states makes it "misleading"; nothing found about the event makes it "unsupported".
Then give the reason: one cited sentence that states what the sources say about the claim.`;
  return { instructions, prompt: `${quoted('question', input.claim)}\n\n${input.sources}` };
}
