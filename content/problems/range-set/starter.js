export class RangeSet {
  constructor() {}

  addRange(lo, hi) {}

  removeRange(lo, hi) {}

  contains(lo, hi) {
    return false;
  }

  ranges() {
    return [];
  }
}
