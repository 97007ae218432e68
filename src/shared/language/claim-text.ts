// How a claim is written in a question ("Fact check: …") and the claim itself, in one place.
import type { Plan } from '../../contracts/types.ts';

export const CLAIM_PREFIX = /^(fact[- ]?check|claim|true or false|is it true that)\s*[:,-]?\s*/i;

/** The claim a question states, without its "Fact check:" prefix. */
export function claimOf(question: string): string {
  return question.replace(CLAIM_PREFIX, '').trim();
}

/** A report's title: the question, or "Fact check: <claim>". */
export function titleFor(plan: Plan): string {
  return plan.kind === 'claim' ? `Fact check: ${claimOf(plan.question)}` : plan.question;
}

/**
 * The statement a claim makes, without the words around it that state nothing: a quote's attribution
 * ('As one MP put it: "Eight people were killed …"') and its quotation marks. What is quoted is checked.
 */
export function statementOf(claim: string): string {
  const quoted = /^([^"“”]{0,80}?)[:,]\s*["“]([^"“”]{20,})["”]\s*(.*)$/u.exec(claim.trim());
  // A named speaker ('Biden said: "…"') is part of the claim: what they said is what is checked.
  if (!quoted || /\s\p{Lu}\p{Ll}/u.test(quoted[1])) return claim.trim();
  const after = quoted[3].replace(/^[-–—,\s]+/, '').trim();
  return `${quoted[2].trim().replace(/[.,;]$/, '')}${after ? ` in ${after}` : ''}.`.replace(/\.\.$/, '.');
}
