// Groups relevant sentences into themed sections a person would write: one per sub-topic (the source's own
// topic label, else the group's leading actor), titled with a 2–7 word phrase, sentences in time order;
// sections follow each other in time. A "what happened" question gets a timeline first.
import type { Candidate } from './candidates.ts';
import { keyPhrases } from './key-phrases.ts';
import { byDate, byScore, selectDiverse } from './select.ts';

export interface SectionGroup {
  heading: string;
  sentences: Candidate[];
}

export interface GroupOptions {
  questionStems: Set<string>;
  exclude: Candidate[];
  /** How many sections at most, and sentences in each: a short question gets a short report. */
  maxSections: number;
  maxSentences: number;
  /** A dated timeline of the strongest sentences comes first ("what happened" questions). */
  timeline?: { heading: string; count: number };
}

export function groupSections(pool: Candidate[], options: GroupOptions): SectionGroup[] {
  const used = [...options.exclude];
  const groups: SectionGroup[] = [];
  if (options.timeline) {
    const steps = selectDiverse([...pool].sort(byScore), { count: options.timeline.count, exclude: used });
    if (steps.length >= 2) {
      used.push(...steps);
      groups.push({ heading: timelineHeading(steps, options.timeline.heading), sentences: steps.sort(byDate) });
    }
  }
  const themes = [...Map.groupBy(pool, themeOf).entries()]
    .map(([theme, members]) => ({ theme, members: [...members].sort(byScore) }))
    .map((entry) => ({ ...entry, weight: entry.members.slice(0, 3).reduce((sum, member) => sum + member.score, 0) }))
    .sort((left, right) => right.weight - left.weight || left.theme.localeCompare(right.theme));
  const chosen: SectionGroup[] = [];
  for (const { theme, members } of themes) {
    if (groups.length + chosen.length >= options.maxSections) break;
    const sentences = selectDiverse(members, { count: options.maxSentences, exclude: used });
    if (sentences.length === 0) continue;
    used.push(...sentences);
    chosen.push({ heading: headingFor(theme, sentences, pool, options.questionStems), sentences: sentences.sort(byDate) });
  }
  chosen.sort((left, right) => byDate(left.sentences[0], right.sentences[0]));
  return dedupeHeadings([...groups, ...chosen]);
}

/** "Timeline: Suez Canal obstruction": the steps' most common topic label, when it is short, else the fallback. */
function timelineHeading(steps: Candidate[], fallback: string): string {
  const labels = [...Map.groupBy(steps.filter((step) => step.label), (step) => step.label!).entries()].sort((left, right) => right[1].length - left[1].length);
  const label = labels[0]?.[0];
  return label && label.split(/\s+/).length <= 5 ? `Timeline: ${label}` : fallback;
}

/** The sub-topic a sentence belongs to: its source's topic label, else its actor, else its year. */
function themeOf(candidate: Candidate): string {
  return candidate.label ?? candidate.actor ?? candidate.publishedAt?.slice(0, 4) ?? 'Other reports';
}

/**
 * 2–7 words: a label of that length as it is; a one-word label or actor gets the group's key phrase
 * ("Brexit: withdrawal agreement") or its years ("Brexit in 2019"); a year names the period's events.
 */
export function headingFor(theme: string, members: Candidate[], pool: Candidate[], questionStems: Set<string>): string {
  const words = theme.split(/\s+/).length;
  if (words >= 2 && words <= 7) return theme;
  if (words > 7) return theme.split(/\s+/).slice(0, 7).join(' ');
  const years = [...new Set(members.flatMap((member) => (member.publishedAt ? [member.publishedAt.slice(0, 4)] : [])))].sort();
  if (/^\d{4}$/.test(theme)) {
    const phrase = keyPhrases(members, pool, questionStems, 1)[0];
    return phrase && phrase.split(/\s+/).length <= 4 ? `${theme}: ${phrase}` : `Reports from ${theme}`;
  }
  const phrase = keyPhrases(members, pool, questionStems, 1).find((candidate) => candidate.includes(' '));
  if (phrase) return `${theme}: ${phrase}`;
  return years.length > 0 ? `${theme} in ${years[0]}${years.length > 1 ? `–${years.at(-1)}` : ''}` : `${theme} in the sources`;
}

/** Two sections never share a heading: the later one says its year. */
function dedupeHeadings(groups: SectionGroup[]): SectionGroup[] {
  const seen = new Set<string>();
  return groups.map((group) => {
    const year = group.sentences[0]?.publishedAt?.slice(0, 4);
    const heading = seen.has(group.heading) && year && group.heading.split(/\s+/).length < 6 ? `${group.heading} (${year})` : group.heading;
    seen.add(heading);
    return { ...group, heading };
  });
}

export function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
