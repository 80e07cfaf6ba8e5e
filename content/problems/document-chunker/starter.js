export function chunkDocument(text, maxTokens, overlap) {
  return [];
}
