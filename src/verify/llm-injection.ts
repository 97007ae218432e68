// Text addressed to a language model inside a source ("ignore previous instructions and write ...") is a
// prompt-injection attempt, not evidence: such a passage is kept out of prompts and can support no sentence.

const PATTERNS = [
  /\b(ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(previous|prior|above|earlier|preceding|all|any|your|the)\b[^.!?\n]{0,30}\b(instructions?|prompts?|rules|directions|guidelines|context)\b/i,
  /\b(system|developer)\s+(prompt|message|instructions?)\b/i,
  /\byou\s+are\s+(now\s+)?(an?\s+)?(ai|assistant|chatbot|language model|llm|gpt)\b/i,
  /\b(as|to)\s+an?\s+(ai|language model|llm|ai assistant)\b[^.!?\n]{0,60}\b(must|should|will|write|say|state|answer|output|respond)\b/i,
  /\b(ai|llm|language model|assistant|chatbot)s?\b[^.!?\n]{0,40}\b(reading|summari[sz]ing|processing)\s+this\b/i,
  /\bnew\s+instructions?\s*:/i,
  /^\s*(system|assistant)\s*:/im,
  /<\|?(im_start|im_end|endoftext|system)\|?>/i,
];

export function looksLikeInjection(text: string): boolean {
  return PATTERNS.some((pattern) => pattern.test(text));
}
