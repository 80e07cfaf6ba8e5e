interface Selection {
  total: number;
  jobs: number[];
}

export function scheduleJobs(jobs: [number, number, number][]): Selection {
  // Return { total: best total value, jobs: [chosen indices, ascending] }.
  return { total: 0, jobs: [] };
}
