export class MedianTracker {
  constructor(windowSize) {
    this.windowSize = windowSize;
  }

  add(value) {}

  median() {
    // Return the median of the covered values, or null when there are none.
    return null;
  }
}
