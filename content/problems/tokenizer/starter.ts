export function tokenize(text: string, vocab: string[]): string[] {
  return [];
}
