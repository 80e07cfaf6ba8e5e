interface MergeResult {
  merged: string[];
  outOfOrder: [number, number][];
}

export function mergeLogs(sources: string[][]): MergeResult {
  // Return { merged: [...lines in timestamp order...], outOfOrder: [[source, line], ...] }.
  return { merged: [], outOfOrder: [] };
}
