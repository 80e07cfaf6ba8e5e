import { describe, expect, it } from "vitest";
import { blindInputs } from "./blind-inputs.ts";
import type { AnswerItem, PushbackItem } from "./labeled-data.ts";

function answer(id: string): AnswerItem {
  return {
    id,
    file: "labeled/batch.yaml",
    kind: "behavioral",
    question: "Tell me about a mistake you made.",
    followUp: { question: "What was your part?", targets: ["we-not-i"] },
    answer: `The answer of ${id}.`,
    overall: 4,
    readsAs: "genuine",
    flags: ["vague"],
    tags: ["off-topic"],
    note: "why these labels",
  };
}

function reply(id: string): PushbackItem {
  return {
    id,
    file: "pushback-set-9.yaml",
    view: "Ship it.",
    challenge: "Is it safe?",
    reply: `Reply ${id}.`,
    stance: "held",
    hard: true,
    note: "why",
  };
}

const ids = ["a-1", "a-2", "a-3", "a-4", "a-5", "a-6"];

describe("blindInputs", () => {
  const inputs = blindInputs(
    ids.map(answer),
    ["r-1", "r-2", "r-3"].map(reply),
    { test: ["a-1", "a-2", "a-3", "a-4", "a-5"], train: ["a-6"] },
    { answers: new Set(["a-2"]), replies: new Set(["r-3"]) },
    "2026-12-04",
  );

  it("holds only test answers and replies with no second label yet", () => {
    expect(inputs.answers.map((item) => item.id).sort()).toEqual(["a-1", "a-3", "a-4", "a-5"]);
    expect(inputs.replies.map((item) => item.id).sort()).toEqual(["r-1", "r-2"]);
  });

  it("carries no first label, note, tag or follow-up target", () => {
    const text = JSON.stringify(inputs);
    for (const leak of [
      "overall",
      "readsAs",
      "flags",
      "tags",
      "note",
      "targets",
      "stance",
      "hard",
      "file",
    ]) {
      expect(text).not.toContain(`"${leak}"`);
    }
    expect(inputs.answers[0]?.followUp).toEqual({ question: "What was your part?" });
  });

  it("orders the items by the salt, not by the file", () => {
    const other = blindInputs(
      ids.map(answer),
      [],
      { test: ids, train: [] },
      { answers: new Set(), replies: new Set() },
      "another day",
    );
    const same = blindInputs(
      ids.map(answer),
      [],
      { test: ids, train: [] },
      { answers: new Set(), replies: new Set() },
      "another day",
    );
    expect(other.answers.map((item) => item.id)).toEqual(same.answers.map((item) => item.id));
    expect(other.answers.map((item) => item.id)).not.toEqual(ids);
  });
});
