import { describe, expect, it } from "vitest";
import { composeText, diffPieces } from "./pieces.ts";

const DRAFT =
  "We had an outage in March. I fixed the config and it went fine. I learned a lot from it.";
const SUGGESTION =
  "In March a config change I pushed took checkout down. I rolled it back and it went fine. I learned to canary config changes.";

describe("diffPieces", () => {
  it("gives back the draft when every change is rejected, and the suggestion when all are accepted", () => {
    const pieces = diffPieces(DRAFT, SUGGESTION);
    const changes = pieces.flatMap((piece, index) => (piece.kind === "change" ? [index] : []));
    expect(changes.length).toBeGreaterThan(1);
    expect(composeText(pieces, new Set())).toBe(DRAFT);
    expect(composeText(pieces, new Set(changes))).toBe(SUGGESTION);
  });

  it("accepts one piece without the others", () => {
    const pieces = diffPieces(DRAFT, SUGGESTION);
    const last = pieces.findLastIndex((piece) => piece.kind === "change");
    expect(composeText(pieces, new Set([last]))).toBe(
      "We had an outage in March. I fixed the config and it went fine. I learned to canary config changes.",
    );
  });

  it("pairs each rewritten sentence with the draft's, so each is its own choice", () => {
    const pieces = diffPieces(DRAFT, SUGGESTION);
    expect(pieces.filter((piece) => piece.kind === "change")).toEqual([
      {
        kind: "change",
        removed: "We had an outage in March. ",
        added: "In March a config change I pushed took checkout down. ",
      },
      {
        kind: "change",
        removed: "I fixed the config and it went fine. ",
        added: "I rolled it back and it went fine. ",
      },
      {
        kind: "change",
        removed: "I learned a lot from it.",
        added: "I learned to canary config changes.",
      },
    ]);
  });

  it("keeps a sentence both share, and gives an added sentence a piece of its own", () => {
    const pieces = diffPieces("One thing. Two things.", "One thing. A new one. Two things.");
    expect(pieces).toEqual([
      { kind: "same", text: "One thing. " },
      { kind: "change", removed: "", added: "A new one. " },
      { kind: "same", text: "Two things." },
    ]);
  });

  it("has no change at all for the same text", () => {
    expect(diffPieces(DRAFT, DRAFT)).toEqual([{ kind: "same", text: DRAFT }]);
  });
});
