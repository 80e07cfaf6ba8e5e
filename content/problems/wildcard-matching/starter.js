export function isMatch(s, p) {
  return false;
}
