// The typed error for a question the engine cannot work with (empty, too long, not text).
export class QuestionError extends Error {
  readonly code = 'invalid-question';
}

export const MAX_QUESTION_CHARS = 500;

/** Normalises a question or throws a QuestionError that says what to fix. */
export function validateQuestion(raw: unknown): string {
  if (typeof raw !== 'string') throw new QuestionError('The question must be text.');
  const question = raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!question) throw new QuestionError('The question is empty: ask a question or state a claim to check.');
  if (question.length > MAX_QUESTION_CHARS) {
    throw new QuestionError(`The question is ${question.length} characters long; keep it under ${MAX_QUESTION_CHARS}.`);
  }
  if (!/[\p{L}\p{N}]/u.test(question)) throw new QuestionError('The question has no words in it.');
  return question;
}
