/**
 * Levenshtein distance by dynamic programming, plus the edit script recovered by walking the
 * table back from the bottom-right corner (keep, then replace, then delete, then insert).
 */
export function editDistance(source, target) {
  const m = source.length;
  const n = target.length;
  // dp[i][j]: distance between source[0..i) and target[0..j). Row 0 and column 0 are pure
  // insertions and pure deletions.
  const dp = Array.from({ length: m + 1 }, (_, i) =>
    Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      dp[i][j] =
        source[i - 1] === target[j - 1]
          ? dp[i - 1][j - 1]
          : 1 + Math.min(dp[i - 1][j - 1], dp[i - 1][j], dp[i][j - 1]);
    }
  }

  const operations = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && source[i - 1] === target[j - 1]) {
      operations.push(["keep", source[--i]]);
      j--;
    } else if (i > 0 && j > 0 && dp[i][j] === dp[i - 1][j - 1] + 1) {
      operations.push(["replace", source[--i], target[--j]]);
    } else if (i > 0 && dp[i][j] === dp[i - 1][j] + 1) {
      operations.push(["delete", source[--i]]);
    } else {
      operations.push(["insert", target[--j]]);
    }
  }
  return { distance: dp[m][n], operations: operations.reverse() };
}
