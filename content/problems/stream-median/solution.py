from collections import Counter, deque
import heapq


class MedianTracker:
    """Two heaps split the covered values into a lower and an upper half.

    `low` is a max-heap (stored negated) and `high` a min-heap; every value in `low` is <= every
    value in `high`, and `low` holds as many live values as `high` or one more. Values that leave
    the window are deleted lazily: they are counted in `pending` and discarded only when they
    reach the top of a heap, which keeps every operation O(log n).
    """

    def __init__(self, windowSize):
        self.window_size = windowSize
        self.window = deque()  # covered values in arrival order (only used with a window)
        self.low = []
        self.high = []
        self.low_size = 0  # live values in each heap, not counting pending deletions
        self.high_size = 0
        self.pending = Counter()

    def add(self, value):
        if self.low_size == 0 or value <= -self.low[0]:
            heapq.heappush(self.low, -value)
            self.low_size += 1
        else:
            heapq.heappush(self.high, value)
            self.high_size += 1
        self._rebalance()

        if self.window_size is not None:
            self.window.append(value)
            if len(self.window) > self.window_size:
                self._remove(self.window.popleft())
                self._rebalance()

    def median(self):
        if self.low_size == 0:
            return None
        if self.low_size > self.high_size:
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2

    def _remove(self, value):
        # Rebalancing before each removal guarantees low has a live top to compare against.
        self.pending[value] += 1
        if value <= -self.low[0]:
            self.low_size -= 1
            self._prune(self.low, -1)
        else:
            self.high_size -= 1
            self._prune(self.high, 1)

    def _rebalance(self):
        if self.low_size > self.high_size + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
            self.low_size -= 1
            self.high_size += 1
            self._prune(self.low, -1)
        elif self.high_size > self.low_size:
            heapq.heappush(self.low, -heapq.heappop(self.high))
            self.high_size -= 1
            self.low_size += 1
            self._prune(self.high, 1)

    def _prune(self, heap, sign):
        """Drop values waiting for deletion from the top, so the top is always live."""
        while heap and self.pending[sign * heap[0]] > 0:
            self.pending[sign * heap[0]] -= 1
            heapq.heappop(heap)
