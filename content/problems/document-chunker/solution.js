const TOKEN = /[^ \t\r\n]+/g;
const SENTENCE_END = /[.!?]$/;
/** Whitespace between two tokens that holds a blank line. */
const PARAGRAPH_GAP = /\n[^\n]*\n/;

/**
 * Splits `text` into chunks of at most `maxTokens` tokens, cutting at the latest paragraph break
 * in the window, else the latest sentence end, else wherever the window ends.
 */
export function chunkDocument(text, maxTokens, overlap) {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const n = tokens.length;

  // lastParagraph[b] is the largest end <= b at which a paragraph break follows token end - 1
  // (0 if none); lastSentence likewise. They turn each choice of cut into two lookups.
  const lastParagraph = new Array(n + 1).fill(0);
  const lastSentence = new Array(n + 1).fill(0);
  for (let end = 1; end <= n; end++) {
    const token = tokens[end - 1];
    const gap = end < n ? text.slice(token.end, tokens[end].start) : "";
    lastParagraph[end] = PARAGRAPH_GAP.test(gap) ? end : lastParagraph[end - 1];
    lastSentence[end] = SENTENCE_END.test(text.slice(token.start, token.end))
      ? end
      : lastSentence[end - 1];
  }

  const chunks = [];
  let start = 0;
  let previousEnd = 0;
  while (start < n) {
    let end = n;
    if (n - start > maxTokens) {
      const limit = start + maxTokens;
      // A cut at or before previousEnd would produce a chunk with nothing new in it.
      if (lastParagraph[limit] > previousEnd) end = lastParagraph[limit];
      else if (lastSentence[limit] > previousEnd) end = lastSentence[limit];
      else end = limit;
    }
    chunks.push(text.slice(tokens[start].start, tokens[end - 1].end));
    if (end === n) break;
    // After a chunk shorter than the overlap, overlapping would reach back past its own start.
    start = end - overlap > start ? end - overlap : end;
    previousEnd = end;
  }
  return chunks;
}
