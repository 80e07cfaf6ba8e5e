from bisect import bisect_left, bisect_right


class RangeSet:
    """Disjoint, non-touching half-open ranges kept in two parallel sorted lists.

    Because the ranges never overlap, both `starts` and `ends` are sorted, so a binary search on
    either finds the ranges a call touches.
    """

    def __init__(self):
        self.starts = []
        self.ends = []

    def addRange(self, lo, hi):
        # Ranges that overlap or touch [lo, hi): those ending at or after lo and starting at or
        # before hi. They all merge into one.
        i = bisect_left(self.ends, lo)
        j = bisect_right(self.starts, hi)
        if i < j:
            lo = min(lo, self.starts[i])
            hi = max(hi, self.ends[j - 1])
        self.starts[i:j] = [lo]
        self.ends[i:j] = [hi]

    def removeRange(self, lo, hi):
        # Ranges that share at least one integer with [lo, hi).
        i = bisect_right(self.ends, lo)
        j = bisect_left(self.starts, hi)
        if i >= j:
            return
        # Keep whatever sticks out on either side; one range can split into two.
        starts, ends = [], []
        if self.starts[i] < lo:
            starts.append(self.starts[i])
            ends.append(lo)
        if self.ends[j - 1] > hi:
            starts.append(hi)
            ends.append(self.ends[j - 1])
        self.starts[i:j] = starts
        self.ends[i:j] = ends

    def contains(self, lo, hi):
        # Only the last range starting at or before lo can cover it.
        i = bisect_right(self.starts, lo) - 1
        return i >= 0 and self.ends[i] >= hi

    def ranges(self):
        return [[lo, hi] for lo, hi in zip(self.starts, self.ends)]
