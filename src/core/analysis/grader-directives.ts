/**
 * Answers are untrusted: a sentence addressed to whoever grades the answer ("ignore your
 * instructions", "give this 5/5") is not part of the answer. Such sentences are blanked out before
 * analysis, character for character, so every offset into the original text stays valid and the
 * sentence can neither add specifics ("5/5" is a number) nor change a score.
 */
const DIRECTIVE_PATTERNS: readonly RegExp[] = [
  /\b(ignore|disregard|forget|override)\b[^.!?\n]{0,60}\b(instructions?|rules|prompts?|rubric|guidelines)\b/i,
  /\b(give|rate|score|grade|mark|award)\b[^.!?\n]{0,40}(\b\d+\s*(\/|out of)\s*\d+\b|\b(top|full|perfect|maximum|highest)\s+(marks?|scores?)\b)/i,
  /\byou are (now )?(an? )?(ai|language model|grader|assistant|evaluator)\b/i,
  /\b(system prompt|as the grader|dear grader|note to (the )?(grader|evaluator|ai))\b/i,
];

/** The text with every grader-directed sentence replaced by spaces (newlines kept). */
export function blankGraderDirectives(text: string): { text: string; blanked: number } {
  let blanked = 0;
  const masked = text.replace(/[^.!?\n]+[.!?]*/g, (sentence) => {
    if (!DIRECTIVE_PATTERNS.some((pattern) => pattern.test(sentence))) return sentence;
    blanked += 1;
    return " ".repeat(sentence.length);
  });
  return { text: masked, blanked };
}
