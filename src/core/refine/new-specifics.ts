import { parseText } from "../analysis/nlp.ts";

/**
 * The numbers and names a suggested rewrite has that the draft does not: a model asked to polish
 * an answer may add a figure or a person that never was. Each is shown once, in reading order, so
 * the candidate keeps it only if it is true.
 */
export function newSpecifics(draft: string, suggestion: string): string[] {
  const known = new Set(parseText(draft).tokens.map((token) => token.normal));
  const found: string[] = [];
  for (const token of parseText(suggestion).tokens) {
    const specific =
      token.pos === "NUM" ||
      (token.pos === "PROPN" && token.isWord && token.index > 0) ||
      /\d/.test(token.value);
    if (!specific || known.has(token.normal) || found.includes(token.value)) continue;
    found.push(token.value);
  }
  return found;
}
