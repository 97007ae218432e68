// Groups relevant sentences into themed sections: one per leading actor, then timeline steps for the rest.
// Headings come from the group's actor and its most distinctive words.
import type { Candidate } from './candidates.ts';
import { keyPhrases } from './key-phrases.ts';
import { byDate, byScore, selectDiverse } from './select.ts';

export interface SectionGroup {
  heading: string;
  sentences: Candidate[];
  actor?: string;
}

const MAX_SECTIONS = 8;
const MAX_SENTENCES = 4;

export interface GroupOptions {
  questionStems: Set<string>;
  exclude: Candidate[];
  /** Positions from the table: an actor's section names its stance when it quotes a sentence bearing it. */
  stances?: Map<string, { stance: string; reasons: Candidate[] }>;
}

export function groupSections(pool: Candidate[], options: GroupOptions): SectionGroup[] {
  const byActor = Map.groupBy(pool.filter((candidate) => candidate.actor), (candidate) => candidate.actor!);
  const used = [...options.exclude];
  const groups: SectionGroup[] = [];
  const actors = [...byActor.entries()]
    .map(([actor, members]) => ({ actor, members: members.sort(byScore), weight: members.slice(0, 3).reduce((sum, member) => sum + member.score, 0) }))
    .sort((left, right) => right.weight - left.weight || left.actor.localeCompare(right.actor));
  for (const { actor, members } of actors) {
    if (groups.length >= MAX_SECTIONS) break;
    const chosen = selectDiverse(members, { count: MAX_SENTENCES, exclude: used });
    if (chosen.length === 0) continue;
    used.push(...chosen);
    const position = options.stances?.get(actor);
    const showsStance = position?.reasons.some((reason) => chosen.includes(reason));
    const label = position && showsStance ? `${actor} (${position.stance})` : actor;
    groups.push({ actor, sentences: chosen.sort(byDate), heading: headingFor(label, chosen, pool, options.questionStems) });
  }
  if (groups.length < 4) groups.push(...timelineGroups(pool, used, MAX_SECTIONS - groups.length, options.questionStems));
  return groups;
}

/** Left-over sentences split into timeline steps by year, so a thin actor list still gives several themes. */
function timelineGroups(pool: Candidate[], used: Candidate[], room: number, questionStems: Set<string>): SectionGroup[] {
  const rest = selectDiverse([...pool].sort(byScore), { count: room * 3, exclude: used });
  const byYear = Map.groupBy(rest, (candidate) => candidate.publishedAt?.slice(0, 4) ?? 'undated');
  return [...byYear.entries()]
    .sort(([left], [right]) => left.localeCompare(right))
    .slice(-room)
    .map(([year, members]) => ({
      sentences: members.sort(byDate).slice(0, MAX_SENTENCES),
      heading: headingFor(year === 'undated' ? 'Undated reports' : year, members, pool, questionStems),
    }));
}

function headingFor(label: string, members: Candidate[], pool: Candidate[], questionStems: Set<string>): string {
  const phrases = keyPhrases(members, pool, questionStems);
  return phrases.length > 0 ? `${label}: ${joinWords(phrases)}` : label;
}

export function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
