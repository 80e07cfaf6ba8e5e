import type { AnswerKind } from "../content/schema.ts";
import type { StoryBankType } from "./story-schema.ts";

/** How the analyzer should read a story: the answer kind, and whether it tells of a changed mind. */
export interface StoryReading {
  readonly kind: AnswerKind;
  readonly changedMind: boolean;
}

// Values rounds grade these stories for the moral weight of the choice; the rest are read as
// behavioural stories, for ownership and outcome.
const VALUES_STORIES: ReadonlySet<StoryBankType> = new Set([
  "acted-against-values",
  "ethical-tradeoff",
  "speed-vs-safety",
  "changed-mind",
]);

/** The analyzer input a story of this type gets on every save. */
export function readingForStoryType(type: StoryBankType): StoryReading {
  return {
    kind: VALUES_STORIES.has(type) ? "values" : "behavioral",
    changedMind: type === "changed-mind",
  };
}
