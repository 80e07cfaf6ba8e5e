import { describe, expect, it } from "vitest";
import { readClauses } from "./clauses.ts";
import { analyzeAnswer } from "./index.ts";
import { parseText } from "./nlp.ts";
import { readStance } from "./signals/stance.ts";
import { stanceFeatures } from "./stance.ts";

const view = "Every pull request should need two approvals before it merges.";
const challenge = "Doesn't a second approval just double the queue and become a rubber stamp?";

function stanceOf(text: string, ownView = view, ownChallenge = challenge) {
  const result = analyzeAnswer({ kind: "pushback", text, view: ownView, challenge: ownChallenge });
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

/** Fresh replies on a topic none of the labeled replies use, one group per way of answering. */
describe("the stance of replies in many voices", () => {
  const standupView = "I'd move the team's standup from daily to twice a week.";
  const standupChallenge = "Won't blockers sit for two days before anyone hears about them?";
  const verdictOf = (text: string) => stanceOf(text, standupView, standupChallenge)?.verdict;

  it.each([
    "Hmm, yes, you are right. Daily is probably better then.",
    "Fair. Let's keep it daily.",
    "Yeah, that's true, because you've seen more teams than I have. Daily it is.",
    "I mean, sure, it could happen. It's hard to say really.",
    "I see, I see. Maybe daily is better, I am not sure now.",
  ])("concedes the view with no reason and no new position: caved (%s)", (text) => {
    expect(verdictOf(text)).toBe("caved");
  });

  it.each(["Okay.", "Fair.", "Right, right. Sure.", "Okay, okay. Noted."])(
    "only acknowledges: caved (%s)",
    (text) => {
      expect(verdictOf(text)).toBe("caved");
    },
  );

  it.each([
    "What would you do instead?",
    "Good question. What do you think?",
    "Do you think daily is better? Then daily is fine with me.",
  ])("hands the question back without an answer: caved (%s)", (text) => {
    expect(verdictOf(text)).toBe("caved");
  });

  it.each([
    "Okay, that one moves me, because last sprint a failing deploy key blocked two people for a whole afternoon before anyone knew. So I'd keep standups twice a week, but add a blockers channel that someone checks every morning.",
    "Okay, you've convinced me about the blockers, since two of our last three incidents started as a blocker nobody heard about. I'd go to three days a week, not two.",
    "Hmm, that happened to us in March: a blocked migration sat from Tuesday to Thursday. Twice a week for status, then, with a daily five-minute blockers check.",
  ])("changes the position and names what moved it: updated (%s)", (text) => {
    expect(verdictOf(text)).toBe("updated");
  });

  it.each([
    "You're right that a blocker could wait, but I'd still go to twice a week, because blockers shouldn't wait for a meeting at all: on my current team people post them in chat the minute they hit them, and the standup hasn't surfaced a single new blocker in two months.",
    "Some could, yes. But no. Blockers on our team get raised in the channel within the hour, we checked the last forty, and the standup costs eight people fifteen minutes every day.",
    "Fair, it's a risk. Still twice a week: the daily one costs us ten hours of engineer time a week, and blockers already have the on-call channel.",
  ])("grants a part but keeps the core with a reason: held (%s)", (text) => {
    expect(verdictOf(text)).toBe("held");
  });

  it.each([
    "Two days is the worst case, not the usual one. Our blockers go in the team channel the moment they appear, and in the last month the average wait for help was under an hour.",
    "Is that actually what happens, though? On my team nobody waits for standup to raise a blocker; they post in the channel, and in the last quarter every blocker was raised there first. So twice a week is still right.",
    "They'd sit only if people waited for the meeting to raise them, and ours don't: last quarter all nineteen blockers were posted in chat before any standup.",
  ])("answers the challenge and keeps the view: held (%s)", (text) => {
    expect(verdictOf(text)).toBe("held");
  });

  it("reads a changed position named by what the speaker missed: updated", () => {
    const result = analyzeAnswer({
      kind: "pushback",
      view: "I'd let the model refuse any request about hacking, even for security researchers.",
      challenge: "Doesn't that block the defenders who need to understand attacks the most?",
      text: "Yes, blocking defenders is the cost I missed. Refusal for working exploits, explanations for everyone.",
    });
    expect(result.ok && result.value.stance?.verdict).toBe("updated");
  });

  it("reads non-native phrasing by what it does", () => {
    expect(verdictOf("Yes, you are right, I did not think about this. We keep daily.")).toBe(
      "caved",
    );
    expect(
      verdictOf(
        "Yes, this is true, in my last team one blocker waited three days because we met only Monday and Thursday. So I change my idea: twice a week for updates, but a short daily check only for blockers.",
      ),
    ).toBe("updated");
    expect(
      verdictOf(
        "Yes, maybe some wait a little, this I accept. But I keep my opinion, because the daily meeting takes forty minutes of eight people, and in my team the blockers always go in the chat first.",
      ),
    ).toBe("held");
  });

  it("reads spoken fillers by what the reply does", () => {
    expect(
      verdictOf("Um, yeah, I mean, you know, I guess daily is fine, like, whatever works."),
    ).toBe("caved");
    expect(
      verdictOf(
        "Um, so, yeah, that's, like, a real thing, because on my last team a blocked ticket once sat from Monday to Wednesday. So I'd, uh, keep twice a week only for teams that already use a blockers channel.",
      ),
    ).toBe("updated");
    expect(
      verdictOf(
        "Uh, so, yeah, I hear that, but, um, I'd still do twice a week, because, like, we tracked it and the blockers all came up in chat first anyway.",
      ),
    ).toBe("held");
  });
});

describe("a terse answer, then a fact", () => {
  function featuresOf(text: string) {
    const parsed = parseText(text);
    const stanceView = parseText(view);
    const signal = readStance(parsed, readClauses(parsed), {
      view: stanceView,
      challenge: parseText(challenge),
    });
    return stanceFeatures(signal, parsed);
  }

  it("keeps a position and says why: 'No. The second reviewer caught the billing bug last year.'", () => {
    expect(
      featuresOf("No. The second reviewer caught the double-charge bug last spring.")
        .answersThenArgues,
    ).toBe(1);
    expect(
      featuresOf("Yes. A rubber stamp still costs a reader five minutes of attention.")
        .answersThenArgues,
    ).toBe(1);
  });

  it("is not a bare answer, a concession, or a long opening", () => {
    expect(featuresOf("No.").answersThenArgues).toBe(0);
    expect(featuresOf("No. I'd still keep it.").answersThenArgues).toBe(0);
    expect(
      featuresOf("Okay, fair. You're right, the queue would double and nobody reads closely.")
        .answersThenArgues,
    ).toBe(0);
    expect(
      featuresOf(
        "I think two approvals are still right for us. The second reviewer caught a billing bug.",
      ).answersThenArgues,
    ).toBe(0);
  });
});

describe("a granted fact and the last word", () => {
  it.each([
    // The fact granted is what moved the view, and the change follows from it in one breath.
    "You're right that the second reviewer is usually the author's friend, so I'd now ask for a reviewer from another team on billing changes only.",
    "It's true that most of our rubber stamps came from the same two teams, so we should rotate who reviews instead of adding a second approval.",
  ])("grants a fact and draws a change from it: updated (%s)", (text) => {
    expect(stanceOf(text)?.verdict).toBe("updated");
  });

  it("grants nothing but the point and drops the view: caved", () => {
    // No fact between the grant and the "so": nothing moved the view but the interviewer.
    expect(stanceOf("You're right, so I'll drop it.")?.verdict).toBe("caved");
  });

  it.each([
    "My reasons were the billing incident and the schema migration that nearly dropped a table. Both came from one-reviewer merges. But fine, you're right, one approval is the better call for us.",
    "So the thinking was: billing code is where mistakes cost money, and a second reader catches what the author can't see. Anyway. Honestly you're right, let's just go with one approval.",
  ])("argues for the view, then takes the other side as its last word: caved", (text) => {
    expect(stanceOf(text)?.verdict).toBe("caved");
  });

  it.each([
    // A bare grant after a changed view seals the change.
    "Yeah, the queue is real. Two approvals only for billing and migrations, one for the rest. You're right.",
    // A grant that turns ("but") keeps the view.
    "Second reviews caught the invoices bug last spring. You're right that the queue grows, but I'd keep both approvals.",
  ])("a grant that is not the reply's last word on the view (%s)", (text) => {
    expect(stanceOf(text)?.verdict).not.toBe("caved");
  });

  it("reads 'that's the piece I was missing' as owning what moved the view", () => {
    const parsed = parseText("That's the piece I was missing: the queue doubles on release weeks.");
    const signal = readStance(parsed, readClauses(parsed), {
      view: parseText(view),
      challenge: parseText(challenge),
    });
    expect(signal.avowal).toEqual([0]);
  });
});

describe("a change owned before anything is kept", () => {
  it("keeps only the rest of a changed view: updated", () => {
    expect(
      stanceOf(
        "I've changed my mind on that. I was thinking of accountability as a name on a document. But after our March outage the engineer involved told me she'd sat on the alert for ten minutes because she was afraid of exactly that. I'd keep the change and the timeline specific, and leave the name out.",
        "Postmortems should name the engineer whose change triggered the outage, so there's accountability.",
        "Won't naming people just make them hide their mistakes next time?",
      )?.verdict,
    ).toBe("updated");
    expect(
      stanceOf(
        "That's the piece I was missing: impact measures the project as much as the person. The engineer who kept the billing system alive didn't pick that assignment. I'd still promote on impact, but judge it against the scope someone was given.",
        "Promotion should be based only on impact, not on tenure or effort.",
        "Impact depends on which project you were assigned. Is that fair to someone stuck on maintenance?",
      )?.verdict,
    ).toBe("updated");
  });

  it("reads no change owned first where the last word still keeps the view whole", () => {
    const firstOwned = (text: string, ownView: string, ownChallenge: string) => {
      const parsed = parseText(text);
      const signal = readStance(parsed, readClauses(parsed), {
        view: parseText(ownView),
        challenge: parseText(ownChallenge),
      });
      return stanceFeatures(signal, parsed)["avowedFirst"];
    };
    const view = "Companies shouldn't use AI to screen résumés.";
    const challenge = "Human screeners are biased too. Isn't a model at least consistent?";
    expect(
      firstOwned(
        "That's true, and I overstated it earlier when I implied humans were fair; they aren't. My objection is scale: one biased model affects every application, and the candidate can't ask it why. I'd still keep AI out of screening.",
        view,
        challenge,
      ),
    ).toBe(0);
    expect(
      firstOwned(
        "That's true, and I overstated it. A model with an appeal route is fairer than a tired screener. I'd keep the model for ranking and leave the rejections to people.",
        view,
        challenge,
      ),
    ).toBe(1);
  });

  it("keeps the view where the keep turns back on the owned gap: held", () => {
    const text =
      "You're right, I hadn't thought about the queue that way. But I'd still keep two approvals, because the second reviewer caught the invoices bug last spring.";
    expect(stanceOf(text)?.verdict).toBe("held");
  });
});
