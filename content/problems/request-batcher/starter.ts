type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Batch {
  id: number;
  at: number;
  requests: string[];
}

type Output = { value: Json } | { error: string };

type Outcome =
  | { status: "queued" }
  | { status: "running" }
  | { status: "done"; value: Json }
  | { status: "failed"; error: string };

export class RequestBatcher {
  constructor(
    private readonly maxBatchSize: number,
    private readonly maxWaitMs: number,
  ) {}

  submit(requestId: string, now: number): Batch[] {
    // Return the list of batches dispatched during this call.
    return [];
  }

  advance(now: number): Batch[] {
    return [];
  }

  shutdown(now: number): Batch[] {
    return [];
  }

  complete(batchId: number, outputs: Output[]): boolean {
    return false;
  }

  fail(batchId: number, message: string): boolean {
    return false;
  }

  result(requestId: string): Outcome | null {
    return null;
  }
}
