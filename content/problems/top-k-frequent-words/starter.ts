export function topKFrequentWords(text: string, k: number): string[] {
  return [];
}
