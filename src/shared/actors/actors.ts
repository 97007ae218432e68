// Recognises actors (countries, blocs, organisations) in text, mapping demonyms, capitals and leaders to them.
import { COUNTRY_LINES, MEMBERSHIPS, ORGANIZATION_LINES } from './actor-data.ts';

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
  pattern: RegExp;
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
  const aliases = [...byAlias.keys()].sort((left, right) => right.length - left.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${aliases.join('|')})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`, 'gu');
  return { byAlias, aliases: aliasesByName, pattern };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const gazetteer = build();

/** Actor mentions in order of appearance. */
export function findActors(text: string): ActorMention[] {
  const mentions: ActorMention[] = [];
  for (const match of text.matchAll(gazetteer.pattern)) {
    const actor = gazetteer.byAlias.get(match[0]);
    if (actor) mentions.push({ actor, index: match.index, surface: match[0] });
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
