export function fullJustify(words, maxWidth) {
  return [];
}
