export function chunkDocument(text: string, maxTokens: number, overlap: number): string[] {
  return [];
}
