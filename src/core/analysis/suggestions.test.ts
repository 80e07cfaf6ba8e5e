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

describe("the off-topic suggestion follows what the question asked", () => {
  const adviceFor = (input: AnalyzeInput) => {
    const analysis = analyse(input);
    return analysis.suggestions[analysis.flags.findIndex((f) => f.code === "off-topic")] ?? "";
  };

  it("asks a story question for a story of the asked kind", () => {
    const advice = adviceFor({
      kind: "behavioral",
      question: "Tell me about a time you were wrong.",
      text: "In a design review I argued against a cache for our pricing service, and three senior engineers disagreed. I showed that 18 percent of prices changed within five minutes. Two months later I was proven right when another team's cache served stale prices.",
    });
    expect(advice).toContain("pick a story of the kind it asks for");
  });

  it("asks a 'why us' answer for the company, and a view of the company's policy for that policy", () => {
    const why = adviceFor({
      kind: "why",
      question: "Why do you want to work here?",
      text: "I think AI will be the most important technology of my lifetime. It will change medicine, teaching and science faster than most people expect, and it carries real risks, from misinformation to concentrated power. I have followed the field for years and built side projects with the public models, so for me it is simply the most important area to be working in right now, and I want to be part of it.",
    });
    expect(why).toContain("Say why this company and this role");
    expect(why).not.toContain("story");
    const ours = adviceFor({
      kind: "opinion",
      question: "What do you think of our responsible scaling policy?",
      text: "Regulation here is overdue. I spent last spring reading the EU AI Act for my employer, and the tiered approach works for hiring or lending tools, but the compute threshold for general-purpose models will age badly as training gets cheaper. The codes of practice also leave the detail to be settled with the same firms being regulated, which worries me. So I support the direction, with doubts about the threshold and the bargaining.",
    });
    expect(ours).toContain('Give your view of "our responsible scaling policy" itself');
  });

  it("asks 'what would you do' for the candidate's own course of action", () => {
    const advice = adviceFor({
      kind: "behavioral",
      question:
        "What would you do if you found out a teammate had been quietly dropping failed runs from the results they reported?",
      text: "This came up on my last team, so I can tell you how it went. Our lead, Marta, spotted that the error bars looked too tight. She took him aside the same afternoon and asked how he picked the runs. She had him rerun everything with all seeds, and she added a seeds column to the results template. I thought she handled it really well.",
    });
    expect(advice).toContain("Say what you would do");
    expect(advice).not.toContain("give your view");
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

describe("the tip when nothing is flagged follows what was asked", () => {
  const STORY_TIPS = [
    "End with what you would do differently now.",
    "Tell it in order: the stakes, what you did, how it ended, what you learned, in under three minutes.",
  ];

  it("never tells a view to end with a lesson or to tell it as a story", () => {
    const analysis = analyse({
      kind: "opinion",
      question: "When is it right to keep struggling alone?",
      text: "For about a day, when the problem is mine and the cost of being slow is only my time. Past that I'd ask, because someone who knows the system can save me a week, and being stuck quietly hides a risk from the team. The exception is a production incident: there I ask in the first ten minutes.",
    });
    expect(analysis.flags).toEqual([]);
    expect(analysis.suggestions).toHaveLength(1);
    for (const tip of STORY_TIPS) expect(analysis.suggestions).not.toContain(tip);
  });

  it("tips a reply to a follow-up only on what the follow-up pressed", () => {
    const analysis = analyse({
      kind: "behavioral",
      question: "Tell me about a time you disagreed with your manager.",
      followUp: { question: "What was your part in that decision?", targets: ["we-not-i"] },
      text: "I wrote the one-page comparison of the two vendors and walked my manager through it on the Tuesday, and I was the one who proposed the two-week trial.",
    });
    expect(analysis.flags).toEqual([]);
    for (const tip of STORY_TIPS) expect(analysis.suggestions).not.toContain(tip);
  });
});
