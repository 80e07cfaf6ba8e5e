// Asked what the candidate would do, an answer that tells only what someone else did answers
// another question (signals/relevance.ts, readOthersActInstead). Once the candidate acts at all,
// in the past or as a plan, the answer is theirs, however much of it a manager's example fills.
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "../index.ts";

const WOULD =
  "What would you do if you found out a teammate had been quietly dropping failed runs from the results they reported?";

function offTopic(text: string): boolean {
  const result = analyzeAnswer({ kind: "behavioral", question: WOULD, text });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.flags.some((flag) => flag.code === "off-topic");
}

describe("someone else's acts for 'what would you do'", () => {
  it("raises off-topic: a manager's handling, told from the side", () => {
    expect(
      offTopic(
        "Funny enough, this came up on my last team, so I can tell you how it went. A researcher had been reporting the best of five seeds without saying so. Our lead, Marta, spotted it because the error bars looked too tight. She took him aside the same afternoon and asked how he picked the runs. She had him rerun everything with all seeds and correct the report, and she added a seeds column to the team's results template. I thought she handled it really well, and he's careful about it now.",
      ),
    ).toBe(true);
  });

  it("raises no off-topic: the candidate's own plan, with a manager's example beside it", () => {
    expect(
      offTopic(
        "I'd talk to him first, privately, and ask how he chose the runs, because it may be a habit rather than a cover-up. Then I'd ask him to rerun with every seed and correct the report himself. If he refused, I'd take it to our lead. I saw a lead handle this once: she took the researcher aside and had him redo the table, and she added a seeds column to the template.",
      ),
    ).toBe(false);
  });

  it("raises no off-topic: a time it happened, with the candidate acting in it", () => {
    expect(
      offTopic(
        "It happened to me once. I noticed the error bars were too tight, asked him how he'd picked the runs, and we reran all five seeds together the next morning. He corrected the report himself and I added a seeds column to our template.",
      ),
    ).toBe(false);
  });

  it("raises off-topic: what companies and managers ought to do, and nothing of the candidate's", () => {
    const result = analyzeAnswer({
      kind: "behavioral",
      question:
        "What would you do if your manager asked you to ship something you believed would harm users?",
      text: "Honestly, I think companies need to build cultures where engineers feel safe raising concerns. Managers should be open to pushback, and leadership should make it clear that user safety comes first. There should be an escalation path that everyone knows about.",
    });
    if (!result.ok) throw new Error(result.error.message);
    const found = result.value.flags.find((flag) => flag.code === "off-topic");
    expect(found?.message).toContain("should do");
    expect(found?.evidence.map((item) => item.quote).join(" ")).toContain("should");
  });

  it("raises no off-topic: what others ought to do, beside what the candidate would", () => {
    expect(
      offTopic(
        "Managers should be open to pushback, and our team should have had a seeds rule already. But here I'd talk to him first and ask how he picked the runs, and then I'd ask him to rerun every seed before the review.",
      ),
    ).toBe(false);
  });
});
