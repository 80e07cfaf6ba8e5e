import { parsePack, type Pack } from "../../src/core/content/parse-pack.ts";
import { fixtureQuestion, fixtureSources } from "./pack-fixture.ts";

/** A reading-list guide section with two readings, for the reading notes. */
const READING_LIST = [
  "---",
  "id: reading-list",
  "title: A reading list",
  "order: 9",
  "summary: Two readings to argue with.",
  "---",
  "",
  "## How to read",
  "",
  "Read for a view and a critique.",
  "",
  "## Constitutional AI",
  "",
  "**What it is.** A training method that has a model critique its own answers against principles.",
  "",
  "**Questions to work through.**",
  "",
  "- Who should write the principles?",
  "- Does AI feedback remove bias or move it?",
  "",
  "## The Responsible Scaling Policy",
  "",
  "**What it is.** A framework tying safeguards to capability thresholds.",
  "",
  "**Questions to work through.**",
  "",
  "- Who decides that a threshold has been crossed?",
].join("\n");

/**
 * A pack whose spoken questions name story types, for coverage: its themes are the fixture's
 * (honesty, changed-mind, graphs, ownership, caching).
 */
export function storyFixturePack(): Pack {
  const result = parsePack(
    fixtureSources(
      [
        fixtureQuestion({ storyTypes: ["changed-mind"], themes: ["changed-mind", "honesty"] }),
        fixtureQuestion({
          id: "behavioral-owned",
          prompt: "Walk me through a project you owned from start to finish.",
          category: "behavioral",
          rounds: ["behavioral"],
          themes: ["ownership", "honesty"],
          answerKind: "behavioral",
          storyTypes: ["project-end-to-end"],
        }),
        fixtureQuestion({
          id: "values-honest-mistake",
          prompt: "Tell me about a mistake you admitted before anyone noticed it.",
          themes: ["honesty", "ownership", "changed-mind"],
        }),
        fixtureQuestion({
          id: "coding-lru",
          prompt: "Implement a least-recently-used cache with constant-time operations.",
          category: "coding",
          rounds: ["coding"],
          themes: ["caching", "ownership", "honesty"],
          answerKind: undefined,
          problemId: "lru-cache",
        }),
        fixtureQuestion({
          id: "design-ai-api-rate-limiting",
          prompt: "Design a rate limiter for an AI model API that charges by tokens.",
          category: "system-design",
          // The fixture's manifest has no design round; the category is what a timed design needs.
          rounds: ["coding"],
          themes: ["caching", "ownership"],
          answerKind: undefined,
          areas: [
            "Capacity estimates in requests and tokens, at peak rather than on average",
            "Failure modes of the limiter itself, including the counter store being unreachable",
            "Per-customer quotas and tiers, and fairness between keys",
            "Burst handling, and Retry-After signalling to clients",
          ],
          numbers: ["Peak requests per second", "Tokens per second at peak"],
        }),
      ],
      [READING_LIST],
    ),
  );
  if (!result.ok) throw new Error(`story fixture pack is invalid: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A story body that saves and scores; override what the test is about. */
export function storyBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "The review I got wrong",
    storyType: "changed-mind",
    tags: ["team-a"],
    themes: ["changed-mind", "honesty"],
    text:
      "For two years I believed code review should block on style. In 2023 I measured our " +
      "review queue and found style comments doubled the wait. I felt embarrassed, because I " +
      "had argued for the rule in public. I dropped it, and our median review time fell from " +
      "two days to six hours. I now believe reviews should block only on correctness.",
    ...overrides,
  };
}
