import { describe, expect, it } from "vitest";
import {
  fixtureQuestion as question,
  fixtureSources as sources,
} from "../../../tests/support/pack-fixture.ts";
import { parsePack, type PackSources } from "./parse-pack.ts";

function problemsOf(input: PackSources) {
  const result = parsePack(input);
  if (result.ok) throw new Error("expected the pack to be rejected");
  return result.error;
}

describe("parsePack", () => {
  it("accepts a valid pack and orders its guide", () => {
    const result = parsePack(sources([question()]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.questions[0]?.reported).toBe(false);
    expect(result.value.guide.map((section) => section.id)).toEqual(["process"]);
  });

  it("names the file and field of a missing field", () => {
    const withoutSignals = question();
    delete withoutSignals["signals"];
    expect(problemsOf(sources([withoutSignals]))).toContainEqual(
      expect.objectContaining({ file: "example/questions/values.yaml", field: "[0].signals" }),
    );
  });

  it("requires at least two red flags", () => {
    const problems = problemsOf(sources([question({ redFlags: ["Only one."] })]));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: "[0].redFlags", message: "needs at least two entries" }),
    );
  });

  it("rejects a duplicate id, pointing at the second use", () => {
    const second = question({ prompt: "Walk me through a graph algorithm you implemented." });
    const problems = problemsOf(sources([question(), second]));
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: "[1].id",
        message: expect.stringContaining('duplicate id "values-changed-mind"') as unknown,
      }),
    );
  });

  it("rejects two questions whose prompts are near-duplicates", () => {
    const twin = question({
      id: "values-changed-mind-again",
      prompt: "Tell me about a time when you changed your mind about something you cared about?",
    });
    const problems = problemsOf(sources([question(), twin]));
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: "[1].prompt",
        message: expect.stringContaining("near-duplicate") as unknown,
      }),
    );
  });

  it("rejects a theme outside the pack's vocabulary", () => {
    const problems = problemsOf(sources([question({ themes: ["bravery"] })]));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: "[0].themes[0]", message: '"bravery" is not in the pack\'s themes' }),
    );
  });

  it("requires system-design questions to cover failure modes", () => {
    const design = question({
      id: "design-cache",
      category: "system-design",
      prompt: "Design a cache for model outputs.",
      answerKind: undefined,
      areas: ["API", "data model", "eviction", "scale"],
    });
    const problems = problemsOf(sources([design]));
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: "[0].areas",
        message: "system-design areas must include failure modes or graceful degradation",
      }),
    );
  });

  it("reports broken YAML with its file", () => {
    const input = sources([question()]);
    input.questions.push({ path: "example/questions/broken.yaml", text: "- id: [unclosed" });
    expect(problemsOf(input)).toContainEqual(
      expect.objectContaining({ file: "example/questions/broken.yaml", field: "(yaml)" }),
    );
  });

  it("rejects a guide section without front matter", () => {
    const problems = problemsOf(sources([question()], ["## No front matter here"]));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: "example/guide/extra-0.md", field: "(front matter)" }),
    );
  });
});

describe("parsePack: reference designs", () => {
  const headed = [
    "## Requirements",
    "## Estimation",
    "## API",
    "## Data model",
    "## High-level design",
    "## Deep dives",
    "## Failure modes and degradation",
    "## Trade-offs",
  ]
    .map((heading) => `${heading}\n\nA sentence under ${heading}.`)
    .join("\n\n");
  const designQuestion = () =>
    question({
      id: "design-cache",
      category: "system-design",
      // A round of the fixture pack: the reference is checked against the category.
      rounds: ["coding"],
      themes: ["caching"],
      prompt: "Design a cache in front of a slow service.",
      areas: [
        "Hit rate and the size of the cache",
        "Invalidation when the service's data changes",
        "Failure modes when the cache is down, and graceful degradation",
        "Stampedes on a cold key",
      ],
      numbers: ["Cache hit rate", "Reads per second at peak"],
    });
  const reference = (name: string, text: string) => ({
    path: `example/reference-designs/${name}.md`,
    text,
  });

  it("keeps a reference design by the id of its question", () => {
    const result = parsePack({
      ...sources([designQuestion()]),
      references: [reference("design-cache", headed)],
    });
    expect(result.ok && result.value.referenceDesigns["design-cache"]).toContain("## Trade-offs");
  });

  it("rejects a reference named for no system-design question", () => {
    const problems = problemsOf({
      ...sources([question()]),
      references: [reference("values-changed-mind", headed)],
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "example/reference-designs/values-changed-mind.md",
        message: expect.stringContaining("not the id of a system-design question") as unknown,
      }),
    );
  });

  it("names the steps a reference has no heading for", () => {
    const problems = problemsOf({
      ...sources([designQuestion()]),
      references: [reference("design-cache", headed.replace(/## Estimation/, "## Numbers"))],
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: "(headings)",
        message: expect.stringContaining("Estimation") as unknown,
      }),
    );
  });
});
