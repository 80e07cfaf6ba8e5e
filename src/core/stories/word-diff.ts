import { diffWords } from "diff";

/** A run of words that both versions share, or that one of them added or removed. */
export interface DiffPart {
  readonly change: "same" | "added" | "removed";
  readonly text: string;
}

/** The word-level difference between two versions of a story's text, in reading order. */
export function diffStoryText(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({
    change: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}

/** How many words a diff adds and removes: the summary shown above it. */
export function countChangedWords(parts: readonly DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter((word) => word !== "").length;
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.change === "added") added += words(part.text);
    if (part.change === "removed") removed += words(part.text);
  }
  return { added, removed };
}
