export function compareVersions(a, b) {
  return 0;
}
