// Recognises actors (countries, blocs, organisations) in text, mapping demonyms, capitals and leaders to them.
import { COUNTRY_LINES, MEMBERSHIPS, ORGANIZATION_LINES, PART_OF } from './actor-data.ts';

export interface Actor {
  name: string;
  type: 'country' | 'organization';
}

export interface ActorMention {
  actor: Actor;
  index: number;
  surface: string;
}

interface Gazetteer {
  byAlias: Map<string, Actor>;
  aliases: Map<string, string[]>;
  /** Aliases by their first `keyLength` characters, longest first (as the one alternation of every alias tried them). */
  byStart: Map<string, string[]>;
  keyLength: number;
  /** Where an alias can start: one of the aliases' first characters. */
  starts: RegExp;
}

function parseLines(lines: string, type: Actor['type']): [string, Actor][] {
  return lines
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [name, aliases = ''] = line.split('|');
      const actor: Actor = { name, type };
      return [name, ...aliases.split(';').filter(Boolean)].map((alias): [string, Actor] => [alias, actor]);
    });
}

function build(): Gazetteer {
  // Organisations first so "Brussels" keeps meaning the EU only where no country claimed it.
  const entries = [...parseLines(ORGANIZATION_LINES, 'organization'), ...parseLines(COUNTRY_LINES, 'country')];
  const byAlias = new Map<string, Actor>();
  const aliasesByName = new Map<string, string[]>();
  for (const [alias, actor] of entries) {
    if (byAlias.has(alias)) continue;
    byAlias.set(alias, actor);
    aliasesByName.set(actor.name, [...(aliasesByName.get(actor.name) ?? []), alias]);
  }
  const longestFirst = [...byAlias.keys()].sort((left, right) => right.length - left.length);
  const keyLength = Math.min(2, ...longestFirst.map((alias) => alias.length));
  const byStart = new Map<string, string[]>();
  for (const alias of longestFirst) byStart.set(alias.slice(0, keyLength), [...(byStart.get(alias.slice(0, keyLength)) ?? []), alias]);
  const firsts = [...new Set(longestFirst.map((alias) => alias[0]))].map((character) => character.replace(/[\]\\^-]/g, '\\$&'));
  return { byAlias, aliases: aliasesByName, byStart, keyLength, starts: new RegExp(`[${firsts.join('')}]`, 'g') };
}

const gazetteer = build();

/** A letter, digit or full stop just before an alias: it is inside a word ("Sudanese") or an abbreviation. */
const WORD_BEFORE = /[\p{L}\p{N}.]$/u;
/** A letter or digit just after an alias, or a full stop and a letter ("U.S" of "U.S.A."): the alias is cut short. */
const WORD_AFTER = /[\p{L}\p{N}]|\.\p{L}/uy;

/**
 * Actor mentions in order of appearance: at each place an alias can start, the longest alias written there that
 * ends a word; the next search starts after it. The same mentions as one regular expression of every alias
 * (`(?<![\p{L}\p{N}.])(?:longest|…|shortest)(?![\p{L}\p{N}]|\.\p{L})`), which tried all 634 at every capital
 * letter: 7 times faster on demo passages, and it runs several hundred times per report.
 */
export function findActors(text: string): ActorMention[] {
  const mentions: ActorMention[] = [];
  const { starts, byStart, keyLength } = gazetteer;
  starts.lastIndex = 0;
  for (let start = starts.exec(text); start; start = starts.exec(text)) {
    const at = start.index;
    const candidates = byStart.get(text.slice(at, at + keyLength));
    if (!candidates || (at > 0 && WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at)))) continue;
    for (const alias of candidates) {
      if (!text.startsWith(alias, at)) continue;
      WORD_AFTER.lastIndex = at + alias.length;
      if (WORD_AFTER.test(text)) continue;
      mentions.push({ actor: gazetteer.byAlias.get(alias)!, index: at, surface: alias });
      starts.lastIndex = at + alias.length;
      break;
    }
  }
  return mentions;
}

/** Distinct actors, in order of first mention. */
export function distinctActors(text: string): Actor[] {
  const seen = new Map<string, Actor>();
  for (const { actor } of findActors(text)) if (!seen.has(actor.name)) seen.set(actor.name, actor);
  return [...seen.values()];
}

export function membersOf(bloc: string): string[] | undefined {
  return MEMBERSHIPS[bloc];
}

/** Whether one actor is a body of the other ("UN Security Council" of "United Nations"), either way round. */
export function isBodyOf(one: string, other: string): boolean {
  return PART_OF[one] === other || PART_OF[other] === one;
}

/** Whether two actors are different bodies of one organisation ("UN General Assembly" / "UN Security Council"). */
export function areSiblingBodies(one: string, other: string): boolean {
  return one !== other && PART_OF[one] !== undefined && PART_OF[one] === PART_OF[other];
}

export function actorByName(name: string): Actor | undefined {
  return gazetteer.byAlias.get(name);
}

/** Whether the text names the entity, as written or through one of its actor's aliases ("Ukrainian"). */
export function mentionsEntity(text: string, entity: string, actorsInText?: Set<string>): boolean {
  if (text.toLowerCase().includes(entity.toLowerCase())) return true;
  const actor = gazetteer.byAlias.get(entity);
  if (!actor) return false;
  return (actorsInText ?? new Set(findActors(text).map((mention) => mention.actor.name))).has(actor.name);
}

/** The ways an actor is written (name first), for full-text queries that must name it. */
export function aliasesOf(name: string): string[] {
  const actor = gazetteer.byAlias.get(name);
  return actor ? (gazetteer.aliases.get(actor.name) ?? [actor.name]) : [name];
}
