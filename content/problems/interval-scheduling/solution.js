/** The number of items in sorted[0, hi) that are <= target. */
function countAtMost(sorted, target, hi) {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function scheduleJobs(jobs) {
  const order = jobs.map((_, i) => i).sort((a, b) => jobs[a][1] - jobs[b][1]); // by end time
  const ends = order.map((i) => jobs[i][1]);

  // best[k] is the best total using only the first k jobs in end order.
  // compatible[k] is how many of those jobs end by the time job k starts (half-open slots).
  const best = new Array(order.length + 1).fill(0);
  const compatible = new Array(order.length).fill(0);
  order.forEach((i, k) => {
    const [start, , value] = jobs[i];
    compatible[k] = countAtMost(ends, start, k);
    best[k + 1] = Math.max(best[k], value + best[compatible[k]]);
  });

  // Walk back through the table: job k was taken exactly when taking it beats skipping it.
  const chosen = [];
  for (let k = order.length; k > 0;) {
    const i = order[k - 1];
    if (jobs[i][2] + best[compatible[k - 1]] > best[k - 1]) {
      chosen.push(i);
      k = compatible[k - 1];
    } else {
      k--;
    }
  }
  return { total: best[order.length], jobs: chosen.sort((a, b) => a - b) };
}
