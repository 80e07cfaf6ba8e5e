// The shipped reading list, read as the reading notes read it: each reading with its questions.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readingsOf } from "../../src/core/reading/reading-notes.ts";

describe("readingsOf", () => {
  it("finds each reading of the pack's reading list, with its questions", () => {
    const markdown = readFileSync("content/packs/anthropic/guide/10-reading-list.md", "utf8");
    const readings = readingsOf(markdown);
    expect(readings.map((reading) => reading.id)).toEqual([
      "constitutional-ai",
      "the-interpretability-research",
      "the-responsible-scaling-policy",
      "machines-of-loving-grace-dario-amodei-october-2024",
      "the-adolescence-of-technology-dario-amodei-january-2026",
    ]);
    expect(readings[2]?.questions).toHaveLength(4);
    expect(readings[2]?.about).toMatch(/^The company's public framework/);
    expect(readings[3]?.title).toBe("Machines of Loving Grace (Dario Amodei, October 2024)");
  });
});
