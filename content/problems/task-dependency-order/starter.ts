type BuildPlan = { ok: true; order: string[] } | { ok: false; cycle: string[] };

export function buildOrder(tasks: string[], dependencies: [string, string][]): BuildPlan {
  // Return { ok: true, order: [...] } or { ok: false, cycle: [...] }.
  return { ok: true, order: [] };
}
