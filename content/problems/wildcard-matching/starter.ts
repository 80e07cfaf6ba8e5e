export function isMatch(s: string, p: string): boolean {
  return false;
}
