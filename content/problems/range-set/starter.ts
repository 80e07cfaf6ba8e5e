export class RangeSet {
  addRange(lo: number, hi: number): void {}

  removeRange(lo: number, hi: number): void {}

  contains(lo: number, hi: number): boolean {
    return false;
  }

  ranges(): [number, number][] {
    return [];
  }
}
