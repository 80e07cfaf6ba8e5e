interface Schedule {
  makespan: number;
  starts: number[];
}

export function scheduleTasks(
  durations: number[],
  prerequisites: [number, number][],
  workers: number,
): Schedule | null {
  // Return { makespan, starts } or null if there is a cycle.
  return { makespan: 0, starts: [] };
}
