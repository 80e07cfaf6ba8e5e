SHUT_DOWN = "batcher is shut down"


class RequestBatcher:
    """A size-or-deadline batcher, simulated with explicit timestamps.

    The only timer is the deadline of the oldest queued request; every call that carries `now`
    fires it first if it is due, which is what a flusher thread waiting on a condition variable
    with that timeout would have done in the meantime.
    """

    def __init__(self, maxBatchSize, maxWaitMs):
        self.max_batch_size = maxBatchSize
        self.max_wait_ms = maxWaitMs
        self.queue = []  # request ids waiting for a batch, oldest first
        self.oldest_arrival = None  # arrival time of queue[0]
        self.in_flight = {}  # batch id -> request ids, until its results arrive
        self.next_batch_id = 0
        self.outcomes = {}  # request id -> what its caller's future holds
        self.closed = False

    def submit(self, requestId, now):
        dispatched = self._fire_timer(now)
        if self.closed:
            self.outcomes[requestId] = {"status": "failed", "error": SHUT_DOWN}
            return dispatched
        if not self.queue:
            self.oldest_arrival = now
        self.queue.append(requestId)
        self.outcomes[requestId] = {"status": "queued"}
        if len(self.queue) == self.max_batch_size:
            dispatched.append(self._dispatch(now))
        return dispatched

    def advance(self, now):
        return self._fire_timer(now)

    def shutdown(self, now):
        dispatched = self._fire_timer(now)
        if self.queue:  # flush rather than strand queued callers
            dispatched.append(self._dispatch(now))
        self.closed = True
        return dispatched

    def complete(self, batchId, outputs):
        requests = self.in_flight.pop(batchId, None)
        if requests is None:
            return False
        if len(outputs) != len(requests):
            # Matching by position would hand callers each other's answers: fail them all.
            error = f"expected {len(requests)} outputs, got {len(outputs)}"
            self._resolve_all(requests, {"status": "failed", "error": error})
            return True
        for request, output in zip(requests, outputs):
            if "error" in output:
                self.outcomes[request] = {"status": "failed", "error": output["error"]}
            else:
                self.outcomes[request] = {"status": "done", "value": output["value"]}
        return True

    def fail(self, batchId, message):
        requests = self.in_flight.pop(batchId, None)
        if requests is None:
            return False
        self._resolve_all(requests, {"status": "failed", "error": message})
        return True

    def result(self, requestId):
        outcome = self.outcomes.get(requestId)
        return dict(outcome) if outcome is not None else None

    def _fire_timer(self, now):
        if self.queue and self.oldest_arrival + self.max_wait_ms <= now:
            return [self._dispatch(self.oldest_arrival + self.max_wait_ms)]
        return []

    def _dispatch(self, at):
        batch = {"id": self.next_batch_id, "at": at, "requests": list(self.queue)}
        self.in_flight[self.next_batch_id] = self.queue
        self._resolve_all(self.queue, {"status": "running"})
        self.next_batch_id += 1
        self.queue = []
        self.oldest_arrival = None
        return batch

    def _resolve_all(self, requests, outcome):
        for request in requests:
            self.outcomes[request] = dict(outcome)
