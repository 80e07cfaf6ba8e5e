export class MedianTracker {
  constructor(private readonly windowSize: number | null) {}

  add(value: number): void {}

  median(): number | null {
    // Return the median of the covered values, or null when there are none.
    return null;
  }
}
