export function checkBrackets(source) {
  return { ok: false, error: "", position: -1 };
}
