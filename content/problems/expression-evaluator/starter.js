export function evaluate(expression) {
  return { ok: true, value: 0 };
}
