import { describe, expect, it } from "vitest";
import { fixturePack } from "../../../tests/support/pack-fixture.ts";
import { checkProblemLinks } from "./problem-links.ts";

describe("checkProblemLinks", () => {
  const questions = fixturePack().questions;

  it("accepts a problemId that names a problem", () => {
    expect(checkProblemLinks(questions, new Set(["lru-cache"]))).toEqual([]);
  });

  it("names the question whose problemId leads nowhere", () => {
    expect(checkProblemLinks(questions, new Set())).toEqual([
      {
        file: "question coding-lru",
        field: "problemId",
        message: '"lru-cache" is neither a problem in content/problems nor an assessment',
      },
    ]);
  });
});
