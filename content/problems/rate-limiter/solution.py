class _Bucket:
    __slots__ = ("tokens", "refilled_at")

    def __init__(self, tokens, refilled_at):
        self.tokens = tokens
        self.refilled_at = refilled_at


class RateLimiter:
    """Per-client token buckets that refill lazily.

    Each call adds the tokens earned since the bucket's last refill, so no timer or thread is
    needed.
    """

    def __init__(self, rate, burst):
        self._defaults = (rate, burst)
        self._limits = {}  # client_id -> (rate, burst) for configured clients
        self._buckets = {}  # client_id -> _Bucket

    def configure(self, client_id, rate, burst):
        self._limits[client_id] = (rate, burst)
        self._buckets.pop(client_id, None)

    def allow(self, client_id, cost, now):
        rate, burst = self._limits.get(client_id, self._defaults)
        bucket = self._buckets.get(client_id)
        if bucket is None:
            bucket = self._buckets[client_id] = _Bucket(burst, now)
        # A clock that steps backwards adds nothing and does not move refilled_at back, so the
        # same interval can never be paid out twice.
        if now > bucket.refilled_at:
            bucket.tokens = min(burst, bucket.tokens + (now - bucket.refilled_at) * rate / 1000)
            bucket.refilled_at = now
        if bucket.tokens < cost:
            return False
        bucket.tokens -= cost
        return True
