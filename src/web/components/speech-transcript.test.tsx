import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SpeechTranscript } from "./speech-transcript.tsx";

const WORDS = [
  { word: "um", start: 0, end: 0.3 },
  { word: "i", start: 0.35, end: 0.5 },
  { word: "guess", start: 0.55, end: 0.9 },
  { word: "we", start: 2.4, end: 2.6 },
  { word: "shipped", start: 2.65, end: 3 },
];

describe("SpeechTranscript", () => {
  it("marks fillers, hedges and pauses in words a screen reader hears, in the transcript's spelling", () => {
    const html = renderToStaticMarkup(
      <SpeechTranscript transcript="Um I guess. We shipped." words={WORDS} />,
    );
    expect(html).toContain(
      '<mark class="speech-filler">Um</mark><span class="visually-hidden"> (filler)</span>',
    );
    expect(html).toContain('<mark class="speech-hedge">I</mark>');
    expect(html).toContain('<mark class="speech-hedge">guess.</mark>');
    expect(html).toContain('aria-label="Pause of 1.5 seconds"');
    expect(html).not.toContain("<button");
  });

  it("makes words buttons that seek, with the word being said marked current", () => {
    const html = renderToStaticMarkup(
      <SpeechTranscript
        transcript="um i guess we shipped"
        words={WORDS}
        currentTimeS={2.7}
        onSeek={() => undefined}
      />,
    );
    expect(html.match(/aria-current="true"[^>]*>([^<]+)</)?.[1]).toBe("shipped");
    // Marks take a Tab stop; plain words do not, so a long answer stays quick to cross.
    expect(html).toMatch(/tabindex="0"[^>]*><mark class="speech-filler">um/);
    expect(html).toMatch(/tabindex="-1"[^>]*>we</);
  });
});
