// A truthful "not enough evidence" draft: what was searched, what the nearest passage says (quoted, dated),
// and why it does not answer — each statement checked against the candidates actually found.
import type { Draft, Plan } from '../../../contracts/types.ts';
import type { QuestionFrame } from '../../../shared/language/question-frame.ts';
import type { Candidate } from './candidates.ts';
import { joinWords } from './sections.ts';
import { dayPhrase, isFullDay } from '../../../shared/text/day-phrase.ts';

const ASKED: Record<string, string> = {
  when: 'when it happened',
  who: 'who it was',
  what: 'what it was',
  where: 'where it happened',
  'how many': 'the number asked for',
  why: 'why it happened',
  'yes/no': 'whether it happened',
};

export function declineDraft(plan: Plan, question: QuestionFrame, passageCount: number, candidates: Candidate[]): Draft {
  const limits: string[] = [];
  const names = question.names.map((name) => name.surface.replace(/^the\s+/i, ''));
  const event = question.predicate?.lemma;
  const about = [names.length > 0 ? joinWords(names) : plan.topic, event && `"${event}"`].filter(Boolean).join(' with ');
  if (passageCount === 0) {
    limits.push(`The search for ${about} found no passage that shares the question's names and words.`);
    return draftOf(limits);
  }
  const withNames = candidates.filter((candidate) => candidate.match.names === 1);
  const withEvent = withNames.filter((candidate) => candidate.match.eventAny);
  limits.push(`The search for ${about} read ${passageCount} passage${passageCount === 1 ? '' : 's'}; none of them states ${ASKED[question.type] ?? 'an answer to the question'}.`);
  if (names.length > 0 && withNames.length === 0) limits.push(`No passage found names ${joinWords(names)} together.`);
  else if (event && withNames.length > 0 && withEvent.length === 0) limits.push(`Passages found name ${joinWords(names)}, but none reports them with "${event}" or a word of the same meaning.`);
  if (question.time) {
    const inTime = candidates.filter((candidate) => candidate.match.names === 1 && (candidate.match.time === 'inside' || candidate.match.time === 'near'));
    if (inTime.length === 0) limits.push(`No passage found about ${names.length > 0 ? joinWords(names) : 'the subject'} is dated in or near ${question.time.text}.`);
  }
  const nearest = [...candidates].sort((left, right) => right.relevance - left.relevance || right.score - left.score)[0];
  if (nearest) {
    const date = nearest.publishedAt ? ` (${nearest.publishedAt.slice(0, 10)})` : '';
    // "Did Finland join NATO in 2020?": the event itself, reported at another time, says what the asked time got wrong.
    const elsewhen = question.time && nearest.match.names === 1 && nearest.match.eventAny && nearest.match.time === 'outside' && isFullDay(nearest.publishedAt);
    const why = elsewhen ? `It reports that event on ${dayPhrase(nearest.publishedAt!)}, not in ${question.time!.text}.` : 'It does not answer the question.';
    limits.push(`The nearest passage found${date} says: "${nearest.text}" ${why}`);
  }
  return draftOf(limits);
}

function draftOf(limits: string[]): Draft {
  return { summary: [], sections: [], bottomLine: [], limits, insufficientEvidence: true, warnings: [] };
}
