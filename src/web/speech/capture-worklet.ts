// Runs on the browser's audio thread: hands each block of microphone samples to the page, which
// keeps them for the recording and measures their loudness for the level meter.

// The audio worklet scope's globals, which TypeScript's DOM library does not describe.
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, processor: typeof AudioWorkletProcessor): void;

class CaptureProcessor extends AudioWorkletProcessor {
  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    // The block's buffer is reused by the next call: a copy goes to the page.
    if (channel !== undefined && channel.length > 0) this.port.postMessage(channel.slice());
    return true;
  }
}

registerProcessor("candor-capture", CaptureProcessor);
