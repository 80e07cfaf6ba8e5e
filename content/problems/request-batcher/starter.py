class RequestBatcher:
    def __init__(self, maxBatchSize, maxWaitMs):
        self.maxBatchSize = maxBatchSize
        self.maxWaitMs = maxWaitMs

    def submit(self, requestId, now):
        # Return the list of batches dispatched during this call.
        return []

    def advance(self, now):
        return []

    def shutdown(self, now):
        return []

    def complete(self, batchId, outputs):
        return False

    def fail(self, batchId, message):
        return False

    def result(self, requestId):
        return None
