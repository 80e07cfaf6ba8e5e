export class RequestBatcher {
  constructor(maxBatchSize, maxWaitMs) {
    this.maxBatchSize = maxBatchSize;
    this.maxWaitMs = maxWaitMs;
  }

  submit(requestId, now) {
    // Return the list of batches dispatched during this call.
    return [];
  }

  advance(now) {
    return [];
  }

  shutdown(now) {
    return [];
  }

  complete(batchId, outputs) {
    return false;
  }

  fail(batchId, message) {
    return false;
  }

  result(requestId) {
    return null;
  }
}
