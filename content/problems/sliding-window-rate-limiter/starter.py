class SlidingWindowRateLimiter:
    def __init__(self, limit, window):
        pass

    def allow(self, now):
        return False

    def retryAfter(self, now):
        return 0
