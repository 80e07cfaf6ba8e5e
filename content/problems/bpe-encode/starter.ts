export function bpeEncode(word: string, merges: [string, string][]): string[] {
  return [];
}
