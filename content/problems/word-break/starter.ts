export function wordBreak(s: string, wordDict: string[]): boolean {
  return false;
}
