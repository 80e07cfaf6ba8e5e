import { OUTPUT_LIMIT, OUTPUT_TRUNCATED_NOTE } from "./types.ts";

/**
 * Keeps what a solution prints up to {@link OUTPUT_LIMIT} characters and then writes one note;
 * the Python harness's `_Output` follows the same rule.
 */
export class OutputLimiter {
  private left = OUTPUT_LIMIT;

  constructor(private readonly sink: (text: string) => void) {}

  write(text: string): void {
    if (this.left < 0 || text === "") return;
    if (text.length <= this.left) {
      this.left -= text.length;
      this.sink(text);
    } else {
      this.sink(text.slice(0, this.left) + OUTPUT_TRUNCATED_NOTE);
      this.left = -1;
    }
  }
}

const HEADER_BYTES = 4;

/**
 * Printed output kept in a SharedArrayBuffer: the worker writes, the host reads, and nothing
 * printed before a worker is terminated at its time limit is lost (a message would be).
 */
export class SharedOutput {
  private readonly length: Int32Array;
  private readonly bytes: Uint8Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.length = new Int32Array(buffer, 0, 1);
    this.bytes = new Uint8Array(buffer, HEADER_BYTES);
  }

  /** A buffer large enough for {@link OUTPUT_LIMIT} characters of UTF-8 and the note. */
  static allocate(): SharedOutput {
    return new SharedOutput(
      new SharedArrayBuffer(HEADER_BYTES + 3 * (OUTPUT_LIMIT + OUTPUT_TRUNCATED_NOTE.length)),
    );
  }

  write(text: string): void {
    const used = Atomics.load(this.length, 0);
    const { written } = new TextEncoder().encodeInto(text, this.bytes.subarray(used));
    Atomics.store(this.length, 0, used + written);
  }

  read(): string {
    const used = Atomics.load(this.length, 0);
    return new TextDecoder().decode(this.bytes.slice(0, used));
  }
}
