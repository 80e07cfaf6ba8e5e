import { randomUUID } from "node:crypto";
import { analyzeAnswer, type Analysis } from "../../src/core/analysis/index.ts";
import { readingForStoryType } from "../../src/core/stories/answer-kind.ts";
import type { StoryDraft } from "../../src/core/stories/story-schema.ts";
import type { AnalysedDraft } from "../../src/node/db/stories-repository.ts";

/** A story draft with a unique title and a story worth analysing; override what the test is about. */
export function makeStoryDraft(overrides: Partial<StoryDraft> = {}): StoryDraft {
  return {
    title: `The launch I held back ${randomUUID().slice(0, 8)}`,
    storyType: "speed-vs-safety",
    customTypeLabel: null,
    tags: ["launch"],
    themes: ["safety", "risk"],
    text:
      "In March I was the on-call lead when our team planned to ship the new billing flow on a " +
      "Friday. I found that the migration had no rollback, so I asked to delay by a week. I felt " +
      "anxious, because my manager had promised the date. We shipped the next Thursday with zero " +
      "incidents, and I learned to write the rollback plan before the launch plan.",
    ...overrides,
  };
}

/** The analysis the server would store for this draft. */
export function analyseDraft(draft: StoryDraft): Analysis {
  const result = analyzeAnswer({ text: draft.text, ...readingForStoryType(draft.storyType) });
  if (!result.ok) throw new Error(`test draft cannot be analysed: ${result.error.message}`);
  return result.value;
}

/** A draft together with its analysis, ready for the repository. */
export function makeAnalysedDraft(overrides: Partial<StoryDraft> = {}): AnalysedDraft {
  const draft = makeStoryDraft(overrides);
  return { draft, analysis: analyseDraft(draft) };
}
