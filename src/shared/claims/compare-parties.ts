// Who did it and to whom, slot by slot: the claim's parties against the source's for the same event (a
// party in the other role is a role swap, another name in the role a changed actor), side names, and who
// announced it.
import { stem } from '../text/tokens.ts';
import { actorByName } from '../actors/actors.ts';
import { isSubordinate } from '../language/clauses.ts';
import { type EventFrame, PLACE_NOUNS, type Predicate } from '../language/event-frame.ts';
import { compareNames, findName, findPerson, isPersonLike, namedSame } from '../language/compare-names.ts';
import { DEMONYM_ENDING, endOf, isOwnName, type NameMention } from '../language/names.ts';
import { isReporting, isTwoParty, relateSenses } from '../language/predicates.ts';
import { isSettlementNoun, wordsRelate } from '../language/wordnet.ts';
import type { SlotResult } from './slots.ts';
import { describedAlike, describedRival } from './described-party.ts';
import { compareReporters } from './compare-reporters.ts';
import { otherBody, otherDestination, otherMemberOf, rivalDemonym, sameKindName } from './rival-parties.ts';
import { isPersonKind } from './theme-words.ts';

/** Agents and patients over every predicate naming the event ("Obama wins …, beating McCain"). */
export function partiesOf(frame: EventFrame, keys: string[], sameOnly = false, undoing?: Predicate): { agents: NameMention[]; patients: NameMention[] } {
  // Not the noun the event undoes ("a year-long ban was lifted"): the ban's parties are no party to the lifting.
  const undone = (predicate: Predicate) => undoing !== undefined && predicate !== undoing && frame.tokens[predicate.index]?.pos === 'NOUN' && Math.abs(predicate.index - undoing.index) <= 3 && relateSenses(undoing.keys, predicate.keys) === 'opposite';
  const same = frame.predicates.filter((predicate) => !undone(predicate) && (sameOnly ? relateSenses(keys, predicate.keys) === 'same' : relateSenses(keys, predicate.keys) !== undefined));
  const unique = (names: NameMention[]) => [...new Set(names)];
  return { agents: unique(same.flatMap((predicate) => predicate.agents)), patients: unique(same.flatMap((predicate) => predicate.patients)) };
}

export function compareParties(claim: EventFrame, source: EventFrame, predicate: Predicate | undefined, context: NameMention[]): SlotResult[] {
  const main = claim.main;
  const results: SlotResult[] = [];
  const sourceNames = source.names.filter((name) => !source.places.includes(name));
  // The claim's own event's parties: not those of an opposite event it mentions ("freed hostages who had been
  // kidnapped by Boko Haram": Boko Haram did not free them).
  const claimed = main ? partiesOf(claim, main.keys, true) : { agents: [], patients: [] };
  const stated = main && predicate ? partiesOf(source, main.keys, false, predicate) : { agents: [], patients: [] };
  if (predicate) {
    const known = (party: NameMention) => stated.agents.includes(party) || stated.patients.includes(party);
    stated.agents.push(...predicate.agents.filter((party) => !known(party)));
    stated.patients.push(...predicate.patients.filter((party) => !known(party)));
    // "President Lansana Conté's appointment of a Prime Minister": the possessor of an event noun did it.
    const ends = (name: NameMention, at: number) => endOf(name) === at;
    const possessive = source.tokens[predicate.index]?.pos === 'NOUN' && /^['’]s$/.test(source.tokens[predicate.index - 1]?.text ?? '');
    const possessor = possessive ? source.names.find((name) => ends(name, predicate.index - 1)) : undefined;
    if (possessor && !known(possessor)) stated.agents.push(possessor);
    // "Finland's NATO application": a name between the possessor and the event noun is what the event is for.
    const target = source.tokens[predicate.index]?.pos === 'NOUN' ? source.names.find((name) => ends(name, predicate.index)) : undefined;
    const owner = target && /^['’]s$/.test(source.tokens[target.index - 1]?.text ?? '') ? source.names.find((name) => ends(name, target.index - 1)) : undefined;
    if (target && owner) {
      stated.agents.splice(0, stated.agents.length, ...stated.agents.filter((party) => party !== target), ...(known(owner) ? [] : [owner]));
      if (!stated.patients.includes(target)) stated.patients.push(target);
    }
    // "Governor Doug Burgum announces that the state has extended …": with no one named doing it, the one
    // who announces it in the main clause did it.
    // Only for the clause it introduces ("announces that …", "says it will …"), and not where the claim names that announcer as such ("The WHO
    // confirmed that Ebola had resurfaced").
    const reporter = stated.agents.length === 0 ? source.predicates.find((other) => isReporting(other.key) && other.index < predicate.index && other.agents.length > 0 && !isSubordinate(source.tokens, other.index)) : undefined;
    const introduces = reporter !== undefined && !source.predicates.some((other) => other.index > reporter.index && other.index < predicate.index) && (source.tokens.slice(reporter.index + 1, predicate.index).some((token) => token.lower === 'that') || ['it', 'they', 'he', 'she'].includes(source.tokens[reporter.index + 1]?.lower ?? ''));
    if (reporter && introduces && !reporter.agents.some((party) => findName(claim.names, party))) stated.agents.push(...reporter.agents.filter((party) => !known(party)));
  }
  const twoParty = main !== undefined && isTwoParty(main.key);
  // Who killed is no more where it happened, nor a people's word on another name, than who won or attacked.
  const doerMatters = twoParty || main?.key === 'kill';
  // The claim's other events count for a swap too: "Clarkson was sworn in, replacing Jean" against "Jean is sworn in, replacing Clarkson".
  // Who tells it in the claim and in the source alike ("…, the country's disease control centre said" / "The disease
  // control centre reports …") is the teller in both, no party on either side of the event told.
  const sourceTellers = source.predicates.filter((other) => isReporting(other.key)).flatMap((other) => other.agents);
  const tellers = claim.predicates.filter((other) => other !== main && isReporting(other.key)).flatMap((other) => other.agents).filter((name) => findName(sourceTellers, name));
  const elsewhereInClaim = main ? claim.predicates.filter((other) => other !== main && relateSenses(main.keys, other.keys) === undefined).flatMap((other) => [...other.agents, ...other.patients]).filter((name) => !tellers.includes(name)) : [];
  const check = (wanted: NameMention, inRole: NameMention[], other: NameMention[], label: 'agent' | 'patient') => {
    // What the event is done to is not its owner: joining "NATO's Cooperative Cyber Defence Centre" is not joining NATO.
    const ownedBy = (name: NameMention) => name.owner !== undefined && compareNames(name.owner, wanted) === 'same';
    // Unless the claim names it as an owner too ("an attack on Libya's foreign ministry").
    const owner = /^['’]s$/.test(claim.tokens[endOf(wanted)]?.text ?? '');
    // Of a death, a person named as whose someone or something is ("Osama bin Laden's third in command, Mustafa Abu
    // al-Yazid, is reported killed", "Nelson Mandela's letters … reveal", "Gaddafi's compound") is not the party, unless
    // that is the event itself ("Mandela's death") or acts for them ("Obama's administration").
    const possessorOfOther = (name: NameMention) => {
      const next = source.tokens[endOf(name) + 1];
      if (owner || main?.key !== 'kill' || name.words.length < 2 || !isPersonLike(name) || !/^['’]s$/.test(source.tokens[endOf(name)]?.text ?? '') || !next || next.pos === 'PROPN') return false;
      const at = source.tokens.findIndex((token, index) => index > endOf(name) && token.pos === 'NOUN' && !/^\p{Lu}/u.test(token.text));
      return at > 0 && at !== predicate?.index && !ACTS_FOR.has(source.tokens[at].lemma);
    };
    const own = (label === 'patient' ? inRole.filter((name) => !ownedBy(name)) : inRole).filter((name) => !possessorOfOther(name));
    const part = label === 'patient' && own.length === 0 && !owner ? inRole.find(ownedBy) : undefined;
    if (part) return results.push({ slot: 'actor', outcome: 'conflict', claim: wanted.surface, source: `${part.owner!.surface}'s ${part.surface}` });
    // A person is not found as their country ("Gabon's Paul Biyoghé Mba" / "Gabonese unions"), unless the
    // sentence names them too ("pro-Donald Trump protesters storm the United States Capitol").
    const namedToo = namedSame(sourceNames, wanted);
    if ((findPerson(own, wanted) || (namedToo && findName(own, wanted))) && !(twoParty && findName(other, wanted) && !findName(own, wanted))) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    // A swap: this party holds the other role in the source, and the claim's other party is not in this one.
    const counterpart = label === 'agent' ? claimed.patients : claimed.agents;
    // Not a people's word describing the other side's noun ("to withdraw Georgian troops" / "Georgia … pull its
    // troops out"): that says whose the thing is, not who acts.
    const describing = (name: NameMention) => name.modifier === true || (name.actor !== undefined && !isOwnName(name) && source.tokens[endOf(name)]?.pos === 'NOUN');
    const otherSide = other.filter((name) => !describing(name) || wanted.modifier === true || claim.tokens[endOf(wanted)]?.pos === 'NOUN');
    const opposite = findName(otherSide, wanted);
    const swapped = opposite && (counterpart.length === 0 || counterpart.some((party) => findName(own, party))) && !ownsAlike(claim, source, opposite);
    if (swapped) return results.push({ slot: 'role', outcome: 'conflict', claim: `${wanted.surface} as ${label}`, source: opposite.surface });
    // The source gives this role to the claim's other party ("France intends to return to … NATO" against
    // "NATO would return to France's …"): the roles are the other way round, whatever the event.
    // So does a name the claim puts on the verb's other side, read as a party or not ("Afghan soldiers killed at
    // least five German troops" against "German troops kill at least five Afghan soldiers").
    const acrossVerb = claim.names.filter((name) => !claim.places.includes(name) && (label === 'agent' ? name.index > main!.index : name.index < main!.index) && !tellers.includes(name));
    // "Chinese tycoon Guo Guangchang", "North Korean leader Kim Jong-il": a people's word describing the named party
    // is no party of its own.
    const describer = (name: NameMention) => {
      const end = endOf(name);
      return name.words.length <= 2 && demonymOfActor(name) && /^\p{Ll}/u.test(source.tokens[end]?.text ?? '') && source.names.some((other) => other.index === end + 1);
    };
    // Not a party the source has on both sides ("the Department for Exiting the European Union … upon leaving the
    // EU", a name the reading split): that says nothing of which side it is on.
    const crossed = own.find((name) => !describer(name) && (findName(counterpart, name) || findName(elsewhereInClaim, name) || findName(acrossVerb, name)) && !findName(label === 'agent' ? claimed.agents : claimed.patients, name) && !findName(other, name));
    if (crossed) return results.push({ slot: 'role', outcome: 'conflict', claim: `${wanted.surface} as ${label}`, source: crossed.surface });
    // Someone else holds the role in the source: the claim names the wrong party, even if its name
    // appears elsewhere in the sentence ("disqualifies Grace Poe, a rival of Mar Roxas").
    // "the Bank of England's Monetary Policy Committee" acts for the Bank of England.
    if (own.some((name) => name.owner && compareNames(name.owner, wanted) !== 'different')) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    // "Greek border guards" / "Hellenic Police border guards": the country's adjective in another word (WordNet).
    const adjectiveIn = (names: NameMention[]) => wanted.actor !== undefined && wanted.words.length === 1 && names.some((name) => name.words.some((word) => word !== wanted.words[0] && wordsRelate(word, wanted.words[0], 'adj')));
    if (adjectiveIn(own)) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    // "British activists with the Black Lives Matter movement": a people's word describes the party the claim
    // names elsewhere in the sentence; it is no rival.
    const named = wanted.actor ? undefined : findName(sourceNames, wanted);
    if (named && own.length > 0 && own.every((name) => name.actor !== undefined && name.words.length === 1) && own.some((name) => named.index > name.index && named.index - name.index <= 5)) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    // "fill Tahrir Square" / "demonstrate in Tahrir Square", "Chicago's Sears Tower was renamed" / "the Sears Tower
    // in Chicago": what a one-sided event is done to, or whose, is the source's place.
    // So is what a two-sided one is done to where neither side names a doer ("a rocket struck the Fair" / "a
    // rocket hits … at the Fair").
    const sided = twoParty && (main!.agents.length > 0 || stated.agents.length > 0);
    // So is what a two-sided one is done to where the source's event has no other object ("seized Rufaa" / "capture
    // the city of Rufaa").
    const place = (sided && stated.patients.length > 0) || label !== 'patient' ? undefined : source.places.find((other) => compareNames(other, wanted) === 'same');
    if (place) return results.push({ slot: 'place', outcome: 'match', claim: wanted.surface, source: place.surface });
    // "Finns went to the polls" / "the election takes place in Finland": a people does what, with no other side,
    // happens in its country.
    // Not a people's word describing a noun ("Maltese voters"): that is the noun's (describedAlike).
    const people = wanted.actor !== undefined && !wanted.modifier && claim.tokens[endOf(wanted)]?.pos !== 'NOUN' && wanted.words.length === 1 && !isOwnName(wanted) && (/s$/.test(wanted.words[0]) || DEMONYM_ENDING.test(wanted.words[0]));
    // "Burkina Faso's coup leaders released …" / "The coup leaders free … in Ouagadougou": a country's people, said by
    // its possessive before the noun that acts, act in a place of that country, where no one else is named doing it.
    const possessor = wanted.actor !== undefined && actorByName(wanted.actor)?.type === 'country' && /^['’]s$/.test(claim.tokens[endOf(wanted)]?.text ?? '') && claim.tokens[endOf(wanted) + 1]?.pos === 'NOUN';
    const home = (people || possessor) && !twoParty && label === 'agent' ? source.places.find((other) => other.actor === wanted.actor && (possessor ? own.length === 0 && !describedRival(claim, source, wanted) : isOwnName(other))) : undefined;
    if (home) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    // "Irish voters" / "voters in Ireland", "Bosnian police" / "Police in Bosnia and Herzegovina": the name with
    // the noun it describes; names after the noun's preposition place it, they are no rival.
    if (describedAlike(claim, source, wanted)) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    // "the UN Security Council" / "the General Assembly": another body of the same organisation is another party.
    const body = otherBody(sourceNames, wanted);
    if (body) return results.push({ slot: 'actor', outcome: 'conflict', claim: wanted.surface, source: body.surface });
    // A lone capitalised word opening the sentence may be a common noun ("Voters in Ireland go to the polls").
    const rival = own.find((name) => !findName(claim.names, name) && !(name.index === 0 && !name.actor && /^\p{Lu}\p{Ll}+s$/u.test(name.surface)));
    if (rival) return results.push({ slot: 'actor', outcome: 'conflict', claim: wanted.surface, source: rival.surface });
    // Named in the sentence in neither role: it is there, though who did what to whom cannot be told.
    // For events with two sides (who beat whom) that is not enough.
    // A name that is another event's subject in the sentence ("… with Jack Dorsey taking over") is not this one's.
    const subjectOf = (other: Predicate) => other.agents.find((name) => compareNames(name, wanted) !== 'different' && name.index > (predicate?.index ?? Infinity) && other.index - (endOf(name)) <= 1);
    const elsewhere = !claim.predicates.some((other) => other !== main && findName(other.agents, wanted)) && source.predicates.some((other) => other !== predicate && relateSenses(main!.keys, other.keys) === undefined && subjectOf(other) !== undefined);
    // For who killed (or did another two-sided act), only a name before the event that is not the other side's
    // ("Soleimani, the Iranian Quds Force commander who was slain", "killed in a strike — among them Soleimani, the
    // head of Iran's Quds Force"), here and as a describing word below.
    // After the event, only one it comes from or is done by, not a place ("the death toll from Typhoon Damrey",
    // "killed … after an American drone strike").
    const cause = (name: NameMention) => {
      let at = name.index - 1;
      while (at > 0 && ['DET', 'ADJ'].includes(source.tokens[at].pos)) at--;
      return ['from', 'by', 'in', 'after'].includes(source.tokens[at]?.lower ?? '') && !source.places.includes(name);
    };
    const anywhere = (doerMatters && label === 'agent' ? sourceNames.filter((name) => !other.includes(name) && (predicate === undefined || name.index < predicate.index || cause(name))) : sourceNames).filter((name) => !possessorOfOther(name));
    // Nor is one killed where the source counts the dead of its own ("Gaddafi vows not to surrender … says that at least
    // 29 civilians have been killed").
    // Not where the claim counts the dead too ("in which 100,000 Kurds died").
    const counted = label === 'patient' && main?.key === 'kill' && predicate !== undefined && !claim.quantities.some((quantity) => quantity.unit !== undefined && isPersonKind(quantity.unit)) && source.quantities.some((quantity) => quantity.unit !== undefined && isPersonKind(quantity.unit) && Math.abs(quantity.index - predicate.index) <= 6);
    if (!twoParty && !elsewhere && !counted && findPerson(anywhere, wanted)) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    // Named by the source only to describe a thing ("won the World Cup" / "won their third World Cup title").
    if (findName(anywhere.filter((name) => name.modifier), wanted)) return results.push({ slot: 'detail', outcome: 'match', claim: wanted.surface });
    // "Pirates seized …", "the Sun produced …": a capitalised common noun the source writes in lower case.
    if (asCommonNoun(source, wanted)) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    // "Britain lowered its threat level" / "the threat level in the United Kingdom is reduced": with no one
    // named doing it, the country the sentence places the event in did it.
    // Not for an event with two sides: who killed or attacked is not where it happened.
    if (!doerMatters && label === 'agent' && wanted.actor && predicate?.passive && own.length === 0 && source.places.some((place) => place.actor === wanted.actor)) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    if (!doerMatters && own.length === 0 && adjectiveIn(sourceNames)) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    // "The Norland Assembly rejected a motion" / "A motion … is defeated in the Norland Assembly": a body that votes
    // or rules, where no one else is said to have done it, did it.
    const chamber = label === 'agent' && own.length === 0 && predicate?.passive && BODIES.test(wanted.surface) && source.places.some((other) => compareNames(other, wanted) === 'same');
    if (chamber) return results.push({ slot: 'actor', outcome: 'match', claim: wanted.surface });
    // "Greek police" / "Macedonian police": another country's word before the same noun is another party.
    const describedOther = own.length === 0 ? describedRival(claim, source, wanted) : undefined;
    if (describedOther) return results.push({ slot: 'actor', outcome: 'conflict', claim: wanted.surface, source: describedOther.surface });
    // "was flown to Senegal" / "is flown to Morocco": where the event went, another country.
    const destination = otherDestination(claim, source, wanted);
    if (destination) return results.push({ slot: 'place', outcome: 'conflict', claim: wanted.surface, source: destination.surface });
    return results.push({ slot: 'actor', outcome: 'unstated', claim: wanted.surface });
  };
  if (main && predicate) {
    // A name inside a qualifier phrase ("by a unanimous Nobel Committee") stands or falls with the qualifier.
    for (const agent of main.agents.filter((name) => !claim.qualifierSpan.has(name.index))) check(agent, stated.agents, stated.patients, 'agent');
    for (const patient of main.patients.filter((name) => !claim.qualifierSpan.has(name.index))) check(patient, stated.patients, stated.agents, 'patient');
    // The event's other mentions ("…, defeating Obama") add parties; only a swap of them counts.
    const before = results.length;
    for (const agent of claimed.agents.filter((party) => !main.agents.includes(party))) check(agent, stated.agents, stated.patients, 'agent');
    for (const patient of claimed.patients.filter((party) => !main.patients.includes(party))) check(patient, stated.patients, stated.agents, 'patient');
    // The event's other mentions ("… in protest at the US withdrawal from the Paris Agreement"): a party found
    // there anchors the event and a swap counts; one the source lacks is not held against the claim.
    // Another body of the organisation the claim names is another party wherever the claim names it.
    const otherBodyOf = (slot: SlotResult) => slot.outcome === 'conflict' && [...claimed.agents, ...claimed.patients].some((party) => party.surface === slot.claim && otherBody(sourceNames, party)?.surface === slot.source);
    results.splice(before, results.length - before, ...results.slice(before).filter((slot) => slot.slot === 'role' || slot.outcome === 'match' || otherBodyOf(slot)));
  }
  const reporters = claim.predicates.filter((predicate) => isReporting(predicate.key) && predicate !== main).flatMap((predicate) => predicate.agents);
  const inRoles = new Set([...claimed.agents, ...claimed.patients, ...reporters]);
  for (const name of claim.names) {
    if (inRoles.has(name) || claim.places.includes(name) || claim.qualifierSpan.has(name.index)) continue;
    // "the Kenyan capital, Nairobi": a demonym describing the claim's place is part of the place slot.
    if (name.modifier && name.actor && claim.places.some((place) => place.actor === name.actor)) continue;
    // "the East Timorese capital Dili", "the Islamist group Ansar al-Sharia": a word before a common noun that a name
    // then names describes that name; it is no party of its own.
    const next = endOf(name);
    // Not a person's nationality ("Israeli soldier Moshe Cohen"): that is the person's.
    const described = claim.tokens[next];
    if (name.words.length <= 2 && described?.pos === 'NOUN' && /^\p{Ll}/u.test(described.text) && !isPersonKind(described.lemma) && claim.names.some((other) => other.index === next + 1)) continue;
    // "the Norwegian island of Hitra": a demonym before a place noun is part of the place slot too.
    if (name.modifier && name.actor && PLACE_NOUNS.has(claim.tokens[name.index + 1]?.lemma ?? '') && claim.places.length > 0) continue;
    const sameActor = (other: NameMention) => other.actor !== undefined && other.actor === name.actor;
    // A side name ("Mexico's election") may be given in the item's next sentence ("Mexico's first female president").
    // A person is not found as their country ("Barbara Walters of ABC News" / "America's ABC News").
    // Nor is a city as another name of its country ("Astana" / "Kazakh President …").
    const person = (names: NameMention[]) => findPerson(names, name) ?? (findName(names, name) || (name.words.length >= 2 && isPersonLike(name)) || isSettlementNoun(name.words.join(' ')) ? undefined : names.find(sameActor));
    const found = person(source.names) ?? person(context) ?? (asCommonNoun(source, name) ? name : undefined);
    // "Portuguese authorities" against "Moroccan authorities": another country's word before the same noun is
    // another party; so is "Tropical Storm Washi" against "Tropical Storm Vinta".
    const other = found ? undefined : rivalDemonym(claim, source, name);
    const sameKind = found || other ? undefined : (sameKindName(source, name) ?? otherMemberOf(source, name) ?? otherBody(source.names, name));
    if (sameKind) {
      results.push({ slot: 'actor', outcome: 'conflict', claim: name.surface, source: sameKind.surface });
      continue;
    }
    if (other) {
      // Said with the noun both describe: "Moroccan authorities, not Portuguese authorities".
      const noun = claim.tokens[endOf(name)].text;
      results.push({ slot: 'actor', outcome: 'conflict', claim: `${name.surface} ${noun}`, source: `${other.surface} ${noun}` });
      continue;
    }
    const destination = found ? undefined : otherDestination(claim, source, name);
    if (destination) {
      results.push({ slot: 'place', outcome: 'conflict', claim: name.surface, source: destination.surface });
      continue;
    }
    // A demonym ("Swedish police") qualifies; the source not repeating it is a detail, not a missing party.
    results.push({ slot: name.modifier ? 'detail' : 'actor', outcome: found ? 'match' : 'unstated', claim: name.surface });
  }
  results.push(...compareReporters(claim, source));
  return results;
}

/** What acts for the person it belongs to ("Obama's administration announced"). */
const ACTS_FOR = new Set(['administration', 'government', 'campaign', 'office', 'cabinet', 'spokesman', 'spokeswoman', 'spokesperson']);

/** A one-word name without an actor that the source has as a common noun ("Pirates" / "by pirates"). */
function asCommonNoun(source: EventFrame, wanted: NameMention): boolean {
  if (wanted.actor) return false;
  // "along the East Coast" / "on the east coast": a phrase of common words, all in lower case there.
  const words = wanted.surface.toLowerCase().split(/\s+/);
  if (words.length > 1) return words.every((word) => !/[^\p{Ll}]/u.test(word)) && source.tokens.some((token, at) => words.every((word, offset) => source.tokens[at + offset]?.text === word && (offset > 0 || token.text === word)));
  const word = words[0];
  // Written in lower case, or opening the source's sentence as it opens the claim ("Protesters storm …").
  return source.tokens.some((token, at) => (token.pos === 'NOUN' && /^\p{Ll}/u.test(token.text) && (token.lemma === word || `${token.lemma}s` === word || stem(token.lower) === stem(word))) || ((at === 0 || /^\p{Ll}/u.test(token.text)) && token.lower === word));
}

/** Bodies that vote or rule, in which a motion or bill is passed or defeated. */
const BODIES = /\b(senate|parliament|assembly|congress|house|chamber|court|council|duma|knesset|legislature)\b/i;

/** A people's word for a country ("Chinese", "Iranian"), not the country's own name. */
function demonymOfActor(name: NameMention): boolean {
  return name.actor !== undefined && !isOwnName(name) && DEMONYM_ENDING.test(name.words.at(-1)!);
}

/**
 * "Libya recorded its first confirmed case" / "reports Libya's first confirmed case": the claim's party owning, by a
 * pronoun, the same thing the source gives as the name's, holds no other role for being named as its owner.
 */
function ownsAlike(claim: EventFrame, source: EventFrame, name: NameMention): boolean {
  if (!/^['’]s$/.test(source.tokens[endOf(name)]?.text ?? '')) return false;
  const nouns = (frame: EventFrame, from: number) => frame.tokens.slice(from, from + 4).filter((token) => token.pos === 'NOUN').map((token) => token.lemma);
  const theirs = nouns(source, endOf(name) + 1);
  return claim.tokens.some((token, at) => ['its', 'their', 'his', 'her'].includes(token.lower) && nouns(claim, at + 1).some((noun) => theirs.includes(noun)));
}
