/** Lays the words out in lines of exactly maxWidth characters; the last line is left-aligned. */
export function fullJustify(words, maxWidth) {
  const lines = [];
  let start = 0;
  while (start < words.length) {
    const end = lineEnd(words, start, maxWidth);
    const lineWords = words.slice(start, end);
    const isLast = end === words.length;
    lines.push(
      isLast || lineWords.length === 1
        ? lineWords.join(" ").padEnd(maxWidth)
        : justify(lineWords, maxWidth),
    );
    start = end;
  }
  return lines;
}

/** The index just past the last word that fits on a line starting at `start`. */
function lineEnd(words, start, maxWidth) {
  let width = -1; // the first word on a line has no space before it
  let end = start;
  while (end < words.length) {
    const added = 1 + words[end].length;
    if (width + added > maxWidth) break;
    width += added;
    end += 1;
  }
  return end;
}

/** Spreads the spaces over the gaps, giving the leftmost gaps one extra when they do not divide. */
function justify(lineWords, maxWidth) {
  const letters = lineWords.reduce((sum, word) => sum + word.length, 0);
  const gaps = lineWords.length - 1;
  const spaces = maxWidth - letters;
  const base = Math.floor(spaces / gaps);
  const extra = spaces % gaps;
  return lineWords
    .map((word, i) => (i < gaps ? word + " ".repeat(base + (i < extra ? 1 : 0)) : word))
    .join("");
}
