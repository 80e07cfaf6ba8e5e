export function fullJustify(words: string[], maxWidth: number): string[] {
  return [];
}
