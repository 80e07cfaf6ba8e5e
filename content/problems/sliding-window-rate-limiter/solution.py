from collections import deque


class SlidingWindowRateLimiter:
    """An exact sliding-log limiter.

    A deque holds the timestamps of admitted requests, oldest first. It never holds more than
    `limit` of them, and each is appended and dropped once, so every call is O(1) amortised.
    """

    def __init__(self, limit, window):
        self._limit = limit
        self._window = window
        self._log = deque()

    def allow(self, now):
        self._drop_expired(now)
        if len(self._log) >= self._limit:
            return False
        self._log.append(now)
        return True

    def retryAfter(self, now):
        if self._limit == 0:
            return -1
        self._drop_expired(now)
        if len(self._log) < self._limit:
            return 0
        # The log is full, so a slot opens when its oldest entry leaves the window.
        return self._log[0] + self._window - now

    def _drop_expired(self, now):
        while self._log and self._log[0] <= now - self._window:
            self._log.popleft()
