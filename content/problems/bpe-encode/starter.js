export function bpeEncode(word, merges) {
  return [];
}
