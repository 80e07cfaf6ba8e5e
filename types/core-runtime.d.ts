/*
 * The globals src/core may use, beyond the ECMAScript library: each is provided alike by
 * browsers, their workers and Node, so code that uses them runs in all three. tsconfig.core.json
 * type-checks src/core with this file instead of the DOM and Node types; anything not declared
 * here (Buffer, process, window, document, navigator, localStorage, fetch) does not compile there.
 * Add a global only if every one of those runtimes has it.
 */

declare const timerHandle: unique symbol;

/** What setTimeout returns: a number in a browser, an object in Node; only clearTimeout reads it. */
interface TimerHandle {
  readonly [timerHandle]: true;
}

declare function setTimeout(callback: () => void, ms?: number): TimerHandle;
declare function clearTimeout(handle: TimerHandle | undefined): void;

/** The monotonic clock, in milliseconds. */
declare const performance: { now(): number };

declare class TextEncoder {
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBufferLike, options?: { stream?: boolean }): string;
}
