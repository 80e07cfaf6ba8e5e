interface Selection {
  total: number;
  jobs: number[];
}

type Job = [start: number, end: number, value: number];

/** The number of items in sorted[0, hi) that are <= target. */
function countAtMost(sorted: number[], target: number, hi: number): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function scheduleJobs(jobs: Job[]): Selection {
  const job = (i: number): Job => jobs[i] as Job;
  const order = jobs.map((_, i) => i).sort((a, b) => job(a)[1] - job(b)[1]); // by end time
  const ends = order.map((i) => job(i)[1]);

  // best[k] is the best total using only the first k jobs in end order.
  // compatible[k] is how many of those jobs end by the time job k starts (half-open slots).
  const best = new Array<number>(order.length + 1).fill(0);
  const compatible = new Array<number>(order.length).fill(0);
  order.forEach((i, k) => {
    const [start, , value] = job(i);
    const fits = countAtMost(ends, start, k);
    compatible[k] = fits;
    best[k + 1] = Math.max(best[k] as number, value + (best[fits] as number));
  });

  // Walk back through the table: job k was taken exactly when taking it beats skipping it.
  const chosen: number[] = [];
  for (let k = order.length; k > 0;) {
    const i = order[k - 1] as number;
    const fits = compatible[k - 1] as number;
    if (job(i)[2] + (best[fits] as number) > (best[k - 1] as number)) {
      chosen.push(i);
      k = fits;
    } else {
      k--;
    }
  }
  return { total: best[order.length] as number, jobs: chosen.sort((a, b) => a - b) };
}
