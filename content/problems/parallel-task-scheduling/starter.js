export function scheduleTasks(durations, prerequisites, workers) {
  // Return { makespan, starts } or null if there is a cycle.
  return { makespan: 0, starts: [] };
}
