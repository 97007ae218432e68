// Who announced it: the claim's speakers against the sentence's ("Cardinal Parolin announced that the Pope had
// died" / "Cardinal Farrell announces …"), the person who spoke rather than their country.
import { isSubordinate } from '../language/clauses.ts';
import type { EventFrame } from '../language/event-frame.ts';
import { compareNames, findName, findPerson, isPersonLike } from '../language/compare-names.ts';
import { isOwnName, type NameMention } from '../language/names.ts';
import { isReporting } from '../language/predicates.ts';
import type { SlotResult } from './slots.ts';

/** Words naming an office that speaks for a country. */
const OFFICES = /\b(minister|president|prime|premier|chancellor|government|ministry|spokes(man|woman|person)|secretary|official)\b/i;

/** Who announced it: "Cardinal Parolin announced that the Pope had died" against "Cardinal Farrell announces …". */
export function compareReporters(claim: EventFrame, source: EventFrame): SlotResult[] {
  // Not a verb inside a qualifier phrase ("the most any Asian country has ever reported in a single day").
  const span = [...claim.qualifierSpan];
  const qualifying = (index: number) => span.some((at) => at < index) && span.some((at) => at > index);
  const claimed = claim.predicates.filter((predicate) => isReporting(predicate.key) && predicate !== claim.main && predicate.agents.length > 0 && !qualifying(predicate.index));
  const stated = source.predicates.filter((predicate) => isReporting(predicate.key) && predicate.agents.length > 0);
  // "Iraq's interim president Ghazi al-Yawer said", "Relief Agency head Mira Holt said": the person who spoke,
  // named last after the body and the title, not their country.
  const speaker = (agents: NameMention[]) => agents.findLast((agent) => agent.words.length >= 2 && isPersonLike(agent) && !agent.modifier) ?? agents[0];
  return claimed.flatMap((predicate) => [speaker(predicate.agents)].map((agent): SlotResult => {
    // "The Palestinian foreign minister said" / "The Foreign Affairs Minister of the Palestinian National Authority announces".
    if (stated.some((other) => findName(other.agents, agent) || other.agents.some((name) => name.owner && compareNames(name.owner, agent) === 'same'))) return { slot: 'actor', outcome: 'match', claim: agent.surface };
    // Only the sentence's own reporter is a rival, not one inside a clause ("… until that country declared").
    const rival = stated.find((other) => !isSubordinate(source.tokens, other.index))?.agents[0];
    // "Canada said it had reached its target" / "Immigration Minister John McCallum says Canada has reached …": an
    // office holder of no other country speaks for the country the sentence names.
    const country = isOwnName(agent);
    if (rival && country && OFFICES.test(rival.surface) && (rival.actor === undefined || rival.actor === agent.actor) && findName(source.names, agent)) return { slot: 'actor', outcome: 'match', claim: agent.surface };
    // "The Guardian reports that …" with "reports" read as a noun: the reporter is still named.
    if (!rival && findPerson(source.names, agent)) return { slot: 'actor', outcome: 'match', claim: agent.surface };
    // "According to The New York Times, …" / "The New York Times reports that …": the sentence's subject, named before
    // any verb, is its reporter whatever a later clause's verb of saying is read to have.
    const opener = source.names.find((name) => compareNames(name, agent) === 'same' && !source.tokens.slice(0, name.index).some((token) => token.pos === 'VERB' || token.pos === 'AUX'));
    if (opener) return { slot: 'actor', outcome: 'match', claim: agent.surface };
    return rival ? { slot: 'actor', outcome: 'conflict', claim: agent.surface, source: rival.surface } : { slot: 'actor', outcome: 'unstated', claim: agent.surface };
  }));
}
