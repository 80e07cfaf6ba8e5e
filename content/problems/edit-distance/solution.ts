export type Operation =
  ["keep", string] | ["replace", string, string] | ["delete", string] | ["insert", string];

/**
 * Levenshtein distance by dynamic programming, plus the edit script recovered by walking the
 * table back from the bottom-right corner (keep, then replace, then delete, then insert).
 */
export function editDistance(
  source: string,
  target: string,
): { distance: number; operations: Operation[] } {
  const m = source.length;
  const n = target.length;
  // dp[i * (n + 1) + j]: distance between source[0..i) and target[0..j), in one flat array.
  const width = n + 1;
  const dp = new Int32Array((m + 1) * width);
  const at = (i: number, j: number): number => dp[i * width + j] ?? 0;
  // Row 0 and column 0 are pure insertions and pure deletions.
  for (let j = 0; j <= n; j++) dp[j] = j;
  for (let i = 1; i <= m; i++) {
    dp[i * width] = i;
    for (let j = 1; j <= n; j++) {
      dp[i * width + j] =
        source[i - 1] === target[j - 1]
          ? at(i - 1, j - 1)
          : 1 + Math.min(at(i - 1, j - 1), at(i - 1, j), at(i, j - 1));
    }
  }

  const operations: Operation[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const from = source.charAt(i - 1);
    const to = target.charAt(j - 1);
    if (i > 0 && j > 0 && from === to) {
      operations.push(["keep", from]);
      i--;
      j--;
    } else if (i > 0 && j > 0 && at(i, j) === at(i - 1, j - 1) + 1) {
      operations.push(["replace", from, to]);
      i--;
      j--;
    } else if (i > 0 && at(i, j) === at(i - 1, j) + 1) {
      operations.push(["delete", from]);
      i--;
    } else {
      operations.push(["insert", to]);
      j--;
    }
  }
  return { distance: at(m, n), operations: operations.reverse() };
}
