import { describe, expect, it } from "vitest";
import type { ContentProblem } from "./content-problem.ts";
import { parseYamlText } from "./parse-yaml.ts";

function parse(text: string): { data: unknown; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  return { data: parseYamlText(text, "pack/questions/values.yaml", problems), problems };
}

describe("parseYamlText", () => {
  it("reads dates, versions and yes/no as the text they are, numbers and booleans as values", () => {
    expect(parse("when: 2026-01-05\nversion: 1.10\nanswer: no\ncount: 3\non: true").data).toEqual({
      when: "2026-01-05",
      version: 1.1,
      answer: "no",
      count: 3,
      on: true,
    });
  });

  it("keeps data nested far deeper than a hand-written file would be", () => {
    const deep = "[".repeat(300) + "]".repeat(300);
    expect(parse(`value: ${deep}`).problems).toEqual([]);
  });

  it("names the file, the reason and the place of a syntax error, in one line", () => {
    const { data, problems } = parse("id: one\nkind: [\nlanguage: py\n");
    expect(data).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "pack/questions/values.yaml", field: "(yaml)" });
    expect(problems[0]?.message).toMatch(/ at line \d+, column \d+$/);
    expect(problems[0]?.message).not.toContain("\n");
  });

  it("refuses a key given twice rather than keeping the last", () => {
    const { problems } = parse("prompt: first\nprompt: second\n");
    expect(problems[0]?.message).toBe("duplicated mapping key at line 2, column 1");
  });
});
