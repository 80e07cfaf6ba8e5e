import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "./analyze-answer.ts";
import type { AnalyzeInput, Analysis } from "./types.ts";

function analyse(input: AnalyzeInput): Analysis {
  const result = analyzeAnswer(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("suggestions", () => {
  it("gives one suggestion per flag, quoting the answer where it helps", () => {
    const analysis = analyse({
      kind: "behavioral",
      question: "Tell me about a disagreement with your team.",
      text: "We disagreed about the roadmap. The decision was made to go with the original plan, and we all committed to it.",
    });
    expect(analysis.suggestions).toHaveLength(analysis.flags.length);
    const weNotI = analysis.suggestions[analysis.flags.findIndex((f) => f.code === "we-not-i")];
    expect(weNotI).toMatch(
      /"(We disagreed about the roadmap|The decision was made to go with the original plan)"/,
    );
  });

  it("names the missing parts of a change of mind", () => {
    const analysis = analyse({
      kind: "values",
      question: "Tell me about a time you changed your mind.",
      text: "I'm always open to feedback, and I think it's important to stay humble.",
    });
    const index = analysis.flags.findIndex((f) => f.code === "no-genuine-change");
    expect(analysis.suggestions[index]).toContain("what moved you");
  });

  it("quotes a compliment dressed as criticism back to the candidate", () => {
    const analysis = analyse({
      kind: "opinion",
      text: "My only criticism is that they care too much about doing the right thing.",
    });
    const index = analysis.flags.findIndex((f) => f.code === "no-critique");
    expect(analysis.suggestions[index]).toContain("care too much");
  });

  it("offers a tip on the weakest dimension when nothing is flagged", () => {
    const analysis = analyse({
      kind: "behavioral",
      question: "Tell me about a time you failed.",
      text: "In 2023 I promised a client a data export by Friday and missed it by four days because I underestimated the schema mapping. I was embarrassed and called her myself on Thursday. She moved her board meeting, and we delivered the export the next Tuesday. Since then I add a day of buffer per unfamiliar system to every estimate I give.",
    });
    expect(analysis.flags).toEqual([]);
    expect(analysis.suggestions).toHaveLength(1);
  });
});

describe("the vague suggestion without evidence", () => {
  it("still reads as a whole sentence", () => {
    const result = analyzeAnswer({
      kind: "behavioral",
      text: "Next time I would bring the data to the first meeting instead of arguing about principles.",
    });
    if (!result.ok) throw new Error(result.error.message);
    for (const suggestion of result.value.suggestions) {
      expect(suggestion).not.toMatch(/\.\s+could be said/);
    }
  });
});
