export function topKFrequentWords(text, k) {
  return [];
}
