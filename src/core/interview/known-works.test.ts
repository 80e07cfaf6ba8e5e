import { describe, expect, it } from "vitest";
import { answerTurn } from "./engine.ts";
import { DEFAULT_KNOWN_WORKS, findKnownWorks, judgeWhyCompany } from "./known-works.ts";
import { buildInterviewReport } from "./report.ts";
import { makeQuestion, startedInterview } from "./test-factories.ts";
import type { InterviewState } from "./types.ts";

const SPECIFIC =
  "I read the Responsible Scaling Policy twice last month. I think tying deployment to capability thresholds is right, but I'm not convinced the thresholds can be judged by the people who profit from crossing them.";
const NAMED_ONLY = "I read about Constitutional AI last year and I use Claude at work every day.";
const GENERIC =
  "I'm deeply passionate about your mission of safe and beneficial AI. Your values truly resonate with me, and I want to make a meaningful impact.";

describe("judgeWhyCompany", () => {
  it("finds named works in any spelling of their aliases", () => {
    const names = findKnownWorks(
      "The RSP and asl 3, then constitutional AI.",
      DEFAULT_KNOWN_WORKS,
    ).map((mention) => mention.name);
    expect(names).toEqual([
      "Responsible Scaling Policy",
      "Responsible Scaling Policy",
      "Constitutional AI",
    ]);
    expect(findKnownWorks("The crisp opus-like prose", DEFAULT_KNOWN_WORKS)).toHaveLength(0);
  });

  it("names a real piece of work and states a view on it", () => {
    const verdict = judgeWhyCompany("q", SPECIFIC, DEFAULT_KNOWN_WORKS);
    expect(verdict.verdict).toBe("specific-with-view");
    expect(verdict.works.map((work) => work.name)).toEqual(["Responsible Scaling Policy"]);
    expect(verdict.viewQuote).toContain("I think tying deployment");
  });

  it("names work without a view", () => {
    const verdict = judgeWhyCompany("q", NAMED_ONLY, DEFAULT_KNOWN_WORKS);
    expect(verdict.verdict).toBe("named-without-view");
    expect(verdict.works.map((work) => work.name)).toEqual(["Constitutional AI", "Claude"]);
  });

  it("names nothing: the reason would fit any lab", () => {
    expect(judgeWhyCompany("q", GENERIC, DEFAULT_KNOWN_WORKS).verdict).toBe("generic");
  });

  it("accepts the pack's own list of works", () => {
    const works = [{ name: "Field Guide", aliases: ["field guide"] }];
    const verdict = judgeWhyCompany("q", "I think your Field Guide is too long.", works);
    expect(verdict.verdict).toBe("specific-with-view");
  });
});

describe("the recruiter screen's why-this-company verdict", () => {
  const questions = [
    makeQuestion({
      id: "recruiter-why-us",
      prompt: "Why us specifically, beyond a general interest in AI?",
      category: "mission",
      rounds: ["recruiter"],
      themes: ["mission"],
      answerKind: "why",
    }),
    makeQuestion({ id: "recruiter-story", rounds: ["recruiter"] }),
  ];

  function firstAnswer(text: string): InterviewState {
    const { state, turn } = startedInterview({ round: "recruiter", questions, seed: 8 });
    expect(turn.questionId).toBe("recruiter-why-us");
    const result = answerTurn(state, text);
    if (!result.ok) throw new Error(result.error.message);
    return result.value.state;
  }

  it("records a specific answer with a view for the report", () => {
    const state = firstAnswer(SPECIFIC);
    expect(state.whyCompany).toEqual([
      expect.objectContaining({ questionId: "recruiter-why-us", verdict: "specific-with-view" }),
    ]);
    expect(buildInterviewReport(state, []).whyCompany[0]?.verdict).toBe("specific-with-view");
  });

  it("records a generic answer, and credits a follow-up answer that names the work", () => {
    const state = firstAnswer(GENERIC);
    expect(state.whyCompany[0]?.verdict).toBe("generic");
    const followUp = answerTurn(state, SPECIFIC);
    if (!followUp.ok) throw new Error(followUp.error.message);
    expect(followUp.value.state.whyCompany).toEqual([
      expect.objectContaining({ verdict: "specific-with-view", afterFollowUp: true }),
    ]);
  });
});
