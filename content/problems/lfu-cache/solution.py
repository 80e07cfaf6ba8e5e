from collections import OrderedDict, defaultdict


class LFUCache:
    """Least-frequently-used cache in O(1) per operation.

    Keys are grouped into buckets by use count. Each bucket is an OrderedDict kept in recency
    order, so its first key is the least recently used one in that bucket. `_min_uses` always
    names the lowest non-empty bucket, so eviction never searches for it.
    """

    def __init__(self, capacity):
        self._capacity = capacity
        self._values = {}
        self._uses = {}
        self._buckets = defaultdict(OrderedDict)  # use count -> keys with that count, oldest first
        self._min_uses = 0

    def get(self, key):
        if key not in self._values:
            return -1
        self._touch(key)
        return self._values[key]

    def put(self, key, value):
        if self._capacity == 0:
            return
        if key in self._values:
            self._values[key] = value
            self._touch(key)
            return
        if len(self._values) == self._capacity:
            self._evict()
        self._values[key] = value
        self._uses[key] = 1
        self._buckets[1][key] = None
        # A brand-new key has the lowest possible count.
        self._min_uses = 1

    def _touch(self, key):
        """Moves a key up one bucket, to the most recent end of the next one."""
        uses = self._uses[key]
        bucket = self._buckets[uses]
        del bucket[key]
        if not bucket:
            del self._buckets[uses]
            # The key was the last one at the minimum, and it now sits exactly one bucket higher.
            if self._min_uses == uses:
                self._min_uses += 1
        self._uses[key] = uses + 1
        self._buckets[uses + 1][key] = None

    def _evict(self):
        bucket = self._buckets[self._min_uses]
        oldest, _ = bucket.popitem(last=False)
        if not bucket:
            del self._buckets[self._min_uses]
        del self._values[oldest]
        del self._uses[oldest]
