export function buildOrder(tasks, dependencies) {
  // Return { ok: true, order: [...] } or { ok: false, cycle: [...] }.
  return { ok: true, order: [] };
}
