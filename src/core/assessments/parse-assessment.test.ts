import { describe, expect, it } from "vitest";
import {
  casesThroughLevel,
  levelCases,
  parseAssessment,
  type AssessmentSources,
} from "./parse-assessment.ts";

const META = `id: counter
title: Counter
summary: Count things, then more things.
durationMinutes: 90
kind: class
entry: Counter
timeLimitMs: 2000
themes: [design]
levels:
  - { level: 1, title: "Adding", weight: 1 }
  - { level: 2, title: "Resetting", weight: 2 }
`;

function tests(name: string): string {
  return `visible:
  - name: ${name}
    ops: [Counter, add, get]
    args: [[], [2], []]
    expected: [null, null, 2]
hidden:
  - name: starts at zero
    ops: [Counter, get]
    args: [[], []]
    expected: [null, 0]
`;
}

function sources(overrides: Record<string, string | undefined> = {}): AssessmentSources {
  const files: Record<string, string | undefined> = {
    "assessment.yaml": META,
    "level-1.md": "# Counter — Level 1\n\nAdd.\n",
    "level-2.md": "# Counter — Level 2\n\nReset.\n",
    "tests/level-1.yaml": tests("worked example"),
    "tests/level-2.yaml": tests("worked example"),
    "starter.js": "export class Counter {}\n",
    "starter.ts": "export class Counter {}\n",
    "starter.py": "class Counter:\n    pass\n",
    "solution.js": "export class Counter {}\n",
    "solution.ts": "export class Counter {}\n",
    "solution.py": "class Counter:\n    pass\n",
    ...overrides,
  };
  const present = Object.entries(files).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return { dir: "content/assessments/counter", files: new Map(present) };
}

describe("parseAssessment", () => {
  it("parses the metadata, each level's spec and tests, starters and solutions", () => {
    const result = parseAssessment(sources(), new Set(["design"]));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.meta).toMatchObject({
      id: "counter",
      durationMinutes: 90,
      comparison: "exact",
    });
    expect(result.value.levels.map((level) => [level.level, level.weight, level.spec])).toEqual([
      [1, 1, "# Counter — Level 1\n\nAdd."],
      [2, 2, "# Counter — Level 2\n\nReset."],
    ]);
    expect(levelCases(result.value, 2, "visible").map((entry) => entry.name)).toEqual([
      "worked example",
    ]);
    expect(levelCases(result.value, 1, "all")).toHaveLength(2);
    // Levels reuse case names; a run across levels names each case's level.
    expect(casesThroughLevel(result.value, 2).map((entry) => entry.name)).toEqual([
      "level 1: worked example",
      "level 1: starts at zero",
      "level 2: worked example",
      "level 2: starts at zero",
    ]);
  });

  it("names the file and field of every problem", () => {
    const result = parseAssessment(
      sources({
        "assessment.yaml": META.replace("themes: [design]", "themes: [design, knitting]").replace(
          "{ level: 2,",
          "{ level: 3,",
        ),
        "tests/level-1.yaml": tests("worked example").replace(
          "ops: [Counter, get]",
          "ops: [Count, get]",
        ),
        "solution.py": "def counter():\n    pass\n",
        "level-2.md": undefined,
      }),
      new Set(["design"]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual(
      expect.arrayContaining([
        {
          file: "content/assessments/counter/assessment.yaml",
          field: "levels[1].level",
          message: "must be 2: levels are numbered 1, 2, … in order",
        },
      ]),
    );
  });

  it("reports themes, tests, missing files and entries after a valid metadata file", () => {
    const result = parseAssessment(
      sources({
        "assessment.yaml": META.replace("themes: [design]", "themes: [design, knitting]"),
        "tests/level-1.yaml": tests("worked example").replace(
          "ops: [Counter, get]",
          "ops: [Count, get]",
        ),
        "solution.py": "def counter():\n    pass\n",
        "level-2.md": undefined,
        "tests/level-3.yaml": tests("stray"),
      }),
      new Set(["design"]),
    );
    if (result.ok) throw new Error("expected problems");
    const where = result.error.map(
      (problem) => `${problem.file.split("/").slice(3).join("/")} ${problem.field}`,
    );
    expect(where.sort()).toEqual(
      [
        "assessment.yaml themes[1]",
        "tests/level-1.yaml hidden[0].ops[0]",
        "level-2.md (file)",
        "tests/level-3.yaml (file)",
        "solution.py (code)",
      ].sort(),
    );
  });
});
