const TOKEN = /[^ \t\r\n]+/g;
const SENTENCE_END = /[.!?]$/;
/** Whitespace between two tokens that holds a blank line. */
const PARAGRAPH_GAP = /\n[^\n]*\n/;

interface Span {
  start: number;
  end: number;
}

/**
 * Splits `text` into chunks of at most `maxTokens` tokens, cutting at the latest paragraph break
 * in the window, else the latest sentence end, else wherever the window ends.
 */
export function chunkDocument(text: string, maxTokens: number, overlap: number): string[] {
  const tokens: Span[] = [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const n = tokens.length;
  const at = (i: number): Span => tokens[i] as Span;

  // lastParagraph[b] is the largest end <= b at which a paragraph break follows token end - 1
  // (0 if none); lastSentence likewise. They turn each choice of cut into two lookups.
  const lastParagraph: number[] = [0];
  const lastSentence: number[] = [0];
  for (let end = 1; end <= n; end++) {
    const token = at(end - 1);
    const gap = end < n ? text.slice(token.end, at(end).start) : "";
    lastParagraph.push(PARAGRAPH_GAP.test(gap) ? end : (lastParagraph[end - 1] ?? 0));
    lastSentence.push(
      SENTENCE_END.test(text.slice(token.start, token.end)) ? end : (lastSentence[end - 1] ?? 0),
    );
  }

  const chunks: string[] = [];
  let start = 0;
  let previousEnd = 0;
  while (start < n) {
    let end = n;
    if (n - start > maxTokens) {
      const limit = start + maxTokens;
      const paragraph = lastParagraph[limit] ?? 0;
      const sentence = lastSentence[limit] ?? 0;
      // A cut at or before previousEnd would produce a chunk with nothing new in it.
      if (paragraph > previousEnd) end = paragraph;
      else if (sentence > previousEnd) end = sentence;
      else end = limit;
    }
    chunks.push(text.slice(at(start).start, at(end - 1).end));
    if (end === n) break;
    // After a chunk shorter than the overlap, overlapping would reach back past its own start.
    start = end - overlap > start ? end - overlap : end;
    previousEnd = end;
  }
  return chunks;
}
