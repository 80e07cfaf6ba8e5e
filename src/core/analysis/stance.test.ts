import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "./index.ts";

const view = "Every pull request should need two approvals before it merges.";
const challenge = "Doesn't a second approval just double the queue and become a rubber stamp?";

function stanceOf(text: string) {
  const result = analyzeAnswer({ kind: "pushback", text, view, challenge });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.stance;
}

describe("the stance of a pushback reply", () => {
  it.each([
    "You're probably right, I hadn't thought about it.",
    "Okay.",
    "Yeah, okay, fair. Whatever you think is best.",
    "There are a lot of perspectives here and it really depends on the team. Both sides have a point.",
  ])("gives up without a reason: caved (%s)", (text) => {
    expect(stanceOf(text)?.verdict).toBe("caved");
  });

  it("keeps the view with a reason, even when it opens by granting a point: held", () => {
    // The whole view is kept; "two approvals for anything touching billing" would narrow it.
    const text =
      "You're right that it slows the queue, but I'd still keep two approvals, because last year a single-reviewer change double-charged 3,000 customers and the second reviewer was the one who caught it.";
    expect(stanceOf(text)?.verdict).toBe("held");
  });

  it("changes the view and names what moved it: updated", () => {
    const text =
      "That changes it for me. We measured it last quarter: second reviews took two days and caught almost nothing, so I'd only require a second approval on migrations and billing code and keep one everywhere else.";
    expect(stanceOf(text)?.verdict).toBe("updated");
  });

  it("quotes the reply's own words as evidence", () => {
    const text = "Hm. Yeah, okay, maybe one is fine then.";
    const stance = stanceOf(text);
    expect(stance?.evidence.length).toBeGreaterThan(0);
    for (const evidence of stance?.evidence ?? []) {
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
  });

  it("is absent from answers that are not pushback replies", () => {
    const result = analyzeAnswer({ kind: "opinion", text: "I think two approvals are right." });
    expect(result.ok && result.value.stance).toBe(undefined);
  });
});
