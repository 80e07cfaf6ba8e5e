export function compareVersions(a: string, b: string): -1 | 0 | 1 | null {
  return 0;
}
