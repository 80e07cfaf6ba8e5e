import { diffArrays } from "diff";

/**
 * A draft and a suggested rewrite, cut into the pieces a candidate takes or leaves one by one:
 * sentences both share, and changes, each a sentence of the draft and the suggestion's sentence in
 * its place (either may be empty, for a sentence only one of them has).
 */
export type Piece =
  | { readonly kind: "same"; readonly text: string }
  | { readonly kind: "change"; readonly removed: string; readonly added: string };

const SENTENCES = new Intl.Segmenter("en", { granularity: "sentence" });

/** The sentences of a text, each with the white space after it, so that they join back into it. */
function sentencesOf(text: string): string[] {
  return [...SENTENCES.segment(text)].map((segment) => segment.segment);
}

/**
 * The pieces of the difference from `draft` to `suggestion`, in reading order. Sentences are
 * matched as a whole; within a run of changed sentences, the draft's first is paired with the
 * suggestion's first, and so on, so each rewritten sentence is its own choice.
 */
export function diffPieces(draft: string, suggestion: string): Piece[] {
  const pieces: Piece[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      pieces.push({ kind: "change", removed: removed[i] ?? "", added: added[i] ?? "" });
    }
    removed = [];
    added = [];
  };
  for (const part of diffArrays(sentencesOf(draft), sentencesOf(suggestion))) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else {
      flush();
      pieces.push({ kind: "same", text: part.value.join("") });
    }
  }
  flush();
  return pieces;
}

/** The text with the accepted changes (by index into `pieces`) and the draft everywhere else. */
export function composeText(pieces: readonly Piece[], accepted: ReadonlySet<number>): string {
  return pieces
    .map((piece, index) =>
      piece.kind === "same" ? piece.text : accepted.has(index) ? piece.added : piece.removed,
    )
    .join("");
}
