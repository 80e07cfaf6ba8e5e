import heapq


class TTLCache:
    """A key-value cache whose entries expire.

    A min-heap ordered by expiry time finds the entries that are due, so each call removes them
    without looking at the live ones.
    """

    def __init__(self):
        self._entries = {}  # key -> (value, expires_at) for every entry not yet removed
        # (expires_at, key) pairs; a pair goes stale when its key is overwritten or deleted.
        self._heap = []

    def set(self, key, value, ttl, now):
        self._remove_expired(now)
        expires_at = now + ttl
        self._entries[key] = (value, expires_at)
        heapq.heappush(self._heap, (expires_at, key))
        self._compact_if_mostly_stale()

    def get(self, key, now):
        self._remove_expired(now)
        entry = self._entries.get(key)
        return None if entry is None else entry[0]

    def delete(self, key, now):
        self._remove_expired(now)
        return self._entries.pop(key, None) is not None

    def size(self, now):
        self._remove_expired(now)
        return len(self._entries)

    def _remove_expired(self, now):
        while self._heap and self._heap[0][0] <= now:
            expires_at, key = heapq.heappop(self._heap)
            # The pair may be stale. Matching expiry times is enough to tell: if the current entry
            # expires at this same moment, it is due as well, whichever write scheduled it.
            entry = self._entries.get(key)
            if entry is not None and entry[1] == expires_at:
                del self._entries[key]

    def _compact_if_mostly_stale(self):
        """Rebuilds the heap once stale pairs (left by overwrites) outnumber the live ones."""
        if len(self._heap) > 2 * len(self._entries) + 16:
            self._heap = [(expires_at, key) for key, (_, expires_at) in self._entries.items()]
            heapq.heapify(self._heap)
