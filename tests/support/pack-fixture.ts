import { stringify } from "yaml";
import { parsePack, type Pack, type PackSources } from "../../src/core/content/parse-pack.ts";

/** A small but complete pack manifest for tests. */
export const FIXTURE_MANIFEST = {
  id: "example",
  company: "Example Labs",
  tagline: "A small pack for tests.",
  asOf: "June 2026",
  rounds: [
    { id: "values", name: "Values", summary: "Values round." },
    { id: "coding", name: "Coding", summary: "Coding round." },
    { id: "behavioral", name: "Behavioral", summary: "Behavioral round." },
  ],
  categories: [
    { id: "values", name: "Values", summary: "Values questions." },
    { id: "coding", name: "Coding", summary: "Coding questions." },
    { id: "behavioral", name: "Behavioral", summary: "Behavioral questions." },
  ],
  themes: ["honesty", "changed-mind", "graphs", "ownership", "caching"],
  stages: [{ id: "screen", name: "Screen", duration: "30 minutes", summary: "A call." }],
};

/** A question with every field filled; override what the test is about. */
export function fixtureQuestion(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "values-changed-mind",
    prompt: "Describe a time you changed your mind about something you cared about.",
    category: "values",
    rounds: ["values"],
    difficulty: "medium",
    themes: ["changed-mind"],
    tests: "Whether the candidate can update on evidence.",
    signals: ["Names the old belief.", "Names what moved it."],
    redFlags: ["A trivial change.", "No prior belief at all."],
    followUps: ["What would change it back?", "Who disagreed?"],
    answerKind: "values",
    ...overrides,
  };
}

/** The raw files of a pack holding the given questions and one guide section. */
export function fixtureSources(questions: unknown[], extraGuide: string[] = []): PackSources {
  return {
    manifest: { path: "example/pack.yaml", text: stringify(FIXTURE_MANIFEST) },
    guide: [
      {
        path: "example/guide/01-process.md",
        text: "---\nid: process\ntitle: The process\norder: 1\nsummary: Stages.\n---\n\n## Stages\n\nText.",
      },
      ...extraGuide.map((text, index) => ({ path: `example/guide/extra-${index}.md`, text })),
    ],
    questions: [{ path: "example/questions/values.yaml", text: stringify(questions) }],
  };
}

/** A validated pack with three questions across three categories. */
export function fixturePack(): Pack {
  const result = parsePack(
    fixtureSources([
      fixtureQuestion(),
      fixtureQuestion({
        id: "coding-lru",
        prompt: "Implement a least-recently-used cache with constant-time operations.",
        category: "coding",
        rounds: ["coding"],
        difficulty: "hard",
        themes: ["caching"],
        answerKind: undefined,
        problemId: "lru-cache",
      }),
      fixtureQuestion({
        id: "behavioral-owned",
        prompt: "Walk me through a project you owned from start to finish.",
        category: "behavioral",
        rounds: ["behavioral", "values"],
        difficulty: "easy",
        themes: ["ownership"],
        answerKind: "behavioral",
      }),
    ]),
  );
  if (!result.ok) throw new Error(`fixture pack is invalid: ${JSON.stringify(result.error)}`);
  return result.value;
}
