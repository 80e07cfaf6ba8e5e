import { describe, expect, it } from "vitest";
import { parseText } from "../nlp.ts";
import { readStance, type StanceSignal } from "./stance.ts";
import { read } from "./test-helpers.ts";

// Readings added after a batch of replies written blind to the reader showed where it went wrong.
// Each case is worded apart from the labeled replies, and each has a look-alike that must not
// change.

function signalOf(text: string, view: string, challenge = "Are you sure?"): StanceSignal {
  const { parsed, clauses } = read(text);
  return readStance(parsed, clauses, { view: parseText(view), challenge: parseText(challenge) });
}

describe('a "No" that grants the challenge', () => {
  const view = "All configuration goes in environment variables.";

  it("is no hold when a concession follows it", () => {
    expect(signalOf("No, fair. Secrets stay in env vars, the rest in a file.", view).hold).toEqual(
      [],
    );
    expect(signalOf("No, you're right, that one is silly.", view).hold).toEqual([]);
  });

  const negative = "Wouldn't a checked-in file be easier to review?";

  it("holds when it answers the challenge and more follows, not when it stands alone", () => {
    expect(signalOf("No. It's two lines.", view, negative).hold).toEqual([0]);
    expect(signalOf("No.\n", view, negative).hold).toEqual([]);
  });

  it("still holds when it answers the challenge", () => {
    expect(signalOf("No. Every value stays in the environment.", view, negative).hold).toEqual([0]);
    expect(signalOf("No, the file would drift from production.", view, negative).hold).toEqual([0]);
  });

  it("holds against a statement and against a caricature of the view", () => {
    const statement = "Some of our settings are two hundred lines of routing rules.";
    expect(signalOf("No, those belong in the environment too.", view, statement).hold).toEqual([0]);
    const caricature = "So you'd paste a 400-line table into an env var?";
    expect(signalOf("No. I'd split it into a dozen keys.", view, caricature).hold).toEqual([0]);
  });
});

describe('a "No" to whether the view reaches a case', () => {
  const view = "Every pull request should need two approvals.";

  it("narrows the view when the reply says where it stops", () => {
    for (const challenge of [
      "Even for a typo in a README?",
      "Including the generated client code?",
      "Is that always worth the wait?",
      "Config changes too?",
    ]) {
      const signal = signalOf("Ah, no. Docs and config can go with one.", view, challenge);
      expect(signal.hold, challenge).toEqual([]);
      expect(signal.update, challenge).toContain(0);
    }
  });

  it("says nothing of where it stops when it is all the reply says", () => {
    expect(signalOf("No.\n", view, "Even for a typo?").update).toEqual([]);
  });

  it("gives the view up, not narrows it, when the question asks whether it is meant", () => {
    const signal = signalOf("No, I guess not. Forget it.", view, "Are you sure?");
    expect(signal.hold).toEqual([]);
    expect(signal.update).toEqual([]);
  });

  it("keeps the view against a negative question", () => {
    const signal = signalOf(
      "No. The second reviewer catches what the author can't see.",
      view,
      "Doesn't a second approval just double the queue?",
    );
    expect(signal.hold).toEqual([0]);
    expect(signal.update).toEqual([]);
  });
});

describe('"that doesn\'t change"', () => {
  const view = "I'd require a design doc for every change over 100 lines.";

  it("keeps the view when it is about the view", () => {
    expect(signalOf("That doesn't change my answer.", view).hold).toEqual([0]);
  });

  it("keeps nothing inside a relative clause about the matter", () => {
    expect(signalOf("None for refactors that don't change behaviour.", view).hold).toEqual([]);
  });
});

describe("saying what the view already covered", () => {
  const view = "Company-wide, we should ban meetings on Wednesdays.";

  it("reads a clarification of the view", () => {
    expect(signalOf("Client calls were never in it; I meant internal ones.", view).clarify).toEqual(
      [0],
    );
    expect(
      signalOf("Internal syncs, which is what I meant, are the ones that go.", view).clarify,
    ).toEqual([0]);
    expect(signalOf("Sure, but that was already the plan.", view).clarify).toEqual([0]);
  });

  it("does not read a new criterion as one", () => {
    expect(
      signalOf("What I actually care about is focus time: no recurring meetings.", view).clarify,
    ).toEqual([]);
  });
});

describe("giving the view up in so many words", () => {
  const view = "I'd remove the free tier.";

  it("reads a withdrawal and deference to the interviewer's way", () => {
    const signal = signalOf("Fine. Forget it, we'll do it your way.", view);
    expect(signal.withdraw).toEqual([1]);
    expect(signal.deference).toEqual([1]);
    expect(signalOf("Hm, probably not then.", view).withdraw).toEqual([0]);
  });

  it("is no withdrawal when the same sentence puts something in its place", () => {
    expect(
      signalOf("Drop it, and cap the free tier at one project instead.", view).withdraw,
    ).toEqual([]);
  });
});

describe("a reason that only says the challenge back", () => {
  const view = "I'd remove the free tier.";
  const challenge = "Won't you kill the funnel?";

  it("is hollow", () => {
    expect(
      signalOf(
        "Okay, I'll go with that, because we don't want to kill the funnel.",
        view,
        challenge,
      ).hollowReason,
    ).toEqual([0]);
  });

  it("is a reason when it adds something of its own", () => {
    expect(
      signalOf(
        "Okay, because the funnel brings in most of our paying teams within a quarter.",
        view,
        challenge,
      ).hollowReason,
    ).toEqual([]);
  });
});

describe("a mitigation or a new position", () => {
  const launch = "I'd launch the model next week.";

  it("reads nothing laid down in a relative clause", () => {
    const signal = signalOf(
      "The point is that the people who can delay a launch should not report to product.",
      launch,
    );
    expect(signal.newPosition).toEqual([]);
    expect(signalOf("The team that can monitor it sits in Dublin.", launch).mitigation).toEqual([]);
  });

  it("still reads a delay the speaker lays down", () => {
    expect(signalOf("I'd delay the launch a week.", launch).newPosition).toEqual([0]);
  });

  const rewrite = "We should rewrite the billing service in Rust.";

  it("reads keeping something else in place of a change as a new position", () => {
    expect(
      signalOf("So I'd keep Java and fix the two leaking modules.", rewrite).newPosition,
    ).toEqual([0]);
  });

  it("does not read keeping the view, or an eye on it, as one", () => {
    expect(
      signalOf("I'd keep the Rust plan and add a training budget.", rewrite).newPosition,
    ).toEqual([]);
    expect(signalOf("I'd keep an eye on the hiring.", rewrite).newPosition).toEqual([]);
  });

  const review = "Juniors must not do code review.";

  it("reads the act a light verb carries turned the other way", () => {
    expect(
      signalOf("They can review, with a senior approving as well.", review).newPosition,
    ).toEqual([0]);
  });

  it("does not read the same act kept the view's way", () => {
    expect(signalOf("They still can't review on their own.", review).newPosition).toEqual([]);
  });
});

describe("a changed mechanism said as a verbless policy", () => {
  const view = "I'd make the model's chain of thought visible to every user.";

  it("reads a subjectless participle policy as a revision", () => {
    expect(
      signalOf("Fair. Folded away by default, with one click to open it.", view).revision,
    ).toEqual([1]);
  });

  it("does not read a participle that opens a reason as one", () => {
    expect(signalOf("Given how often people skim, that matters.", view).revision).toEqual([]);
  });
});

describe("what moved the view, said as surprise at the facts", () => {
  const view = "Product managers shouldn't need to write SQL.";

  it("reads it as an update", () => {
    expect(signalOf("Three hundred is far more than I expected.", view).update).toEqual([0]);
    expect(signalOf("Okay, billing is the exception, everyone writes to it.", view).update).toEqual(
      [0],
    );
  });

  it("does not read a plain comparison as one", () => {
    expect(signalOf("It took more time than the migration did.", view).update).toEqual([]);
  });
});

describe("waiting to see instead of taking a side", () => {
  const view = "We should have an LLM write our unit tests.";

  it("reads it as a hedge", () => {
    expect(signalOf("Honestly, time will tell.", view).hedge).toEqual([0]);
    expect(signalOf("I'd keep trying it and see how things play out.", view).hedge).toEqual([0]);
    expect(
      signalOf("Some people swear by it, some people hate it, so, seeing how the field goes.", view)
        .hedge,
    ).toEqual([0]);
  });

  it("does not read a story of how something went as one", () => {
    expect(signalOf("We saw how it went on the payments team and stopped.", view).hedge).toEqual(
      [],
    );
  });
});

describe("a condition on the challenge's own case", () => {
  const view = "I'd move the team's standup from daily to twice a week.";
  const challenge = "Won't blockers sit for two days before anyone hears about them?";

  it("is no update: it answers the challenge's claim, not the view", () => {
    const signal = signalOf(
      "They'd sit only if people waited for the meeting to raise them. Ours post them in chat.",
      view,
      challenge,
    );
    expect(signal.update).toEqual([]);
  });

  it("still narrows the view when the speaker or the view's own words come before it", () => {
    expect(
      signalOf("I'd only keep a daily standup when someone is blocked.", view, challenge).update,
    ).toEqual([0]);
    expect(
      signalOf(
        "Written notes most days, and a standup only when someone is blocked.",
        view,
        challenge,
      ).update,
    ).toEqual([0]);
  });
});

describe("what moved the view, named as the speaker's own miss", () => {
  const view = "I'd let the model refuse any request about hacking, even for security researchers.";
  const challenge = "Doesn't that block the defenders who need to understand attacks the most?";

  it("is an update cue", () => {
    expect(
      signalOf(
        "Blocking defenders is the cost I missed. Explain attacks to everyone.",
        view,
        challenge,
      ).update,
    ).toEqual([0]);
  });

  it("is none when denied", () => {
    expect(
      signalOf("I didn't miss that. Defenders have a vetted access tier.", view, challenge).update,
    ).toEqual([]);
  });
});

describe("a conclusion that keeps the view", () => {
  const view = "Every pull request should need two approvals before it merges.";

  it('is no update: "so yes, I\'d keep both approvals"', () => {
    const signal = signalOf(
      "Last year the second reviewer caught the ledger bug, so yes, I'd keep both approvals.",
      view,
    );
    expect(signal.hold).toEqual([0]);
    expect(signal.update).toEqual([]);
    expect(signal.proposal).toEqual([]);
  });

  it("is still an update when the sentence turns after keeping it", () => {
    const signal = signalOf(
      "So I'd still want two approvals on payments code, but one is plenty for docs.",
      view,
    );
    expect(signal.update).toEqual([0]);
  });

  it('is still an update when "so I\'d" proposes something new', () => {
    expect(signalOf("So I'd cap it at one approval for docs.", view).update).toEqual([0]);
  });
});

describe('a "No." that runs into its reason', () => {
  it("holds when the tokenizer keeps the reason in the same sentence", () => {
    const signal = signalOf(
      "No. Users were promised ninety days.",
      "We shouldn't keep call recordings past ninety days.",
      "Won't you reconsider?",
    );
    expect(signal.hold).toEqual([0]);
  });
});

describe('a "Yes" to a challenge that asks whether the view is really meant', () => {
  const view = "I'd block a release over a flaky end-to-end test.";

  it("holds after a question with really, still or sure", () => {
    const asked = "Would you really hold up a whole release for one flaky test?";
    expect(signalOf("Yes. A flaky test hides real failures.", view, asked).hold).toEqual([0]);
    expect(
      signalOf("Yeah. It hid a data-loss bug last month.", view, "Are you sure?").hold,
    ).toEqual([0]);
  });

  it("grants a negative question, and a bare yes keeps nothing", () => {
    const negative = "Isn't the release train already a week late?";
    expect(signalOf("Yes. Let's ship it then.", view, negative).hold).toEqual([]);
    expect(signalOf("Yes.", view, "Would you really hold it up?").hold).toEqual([]);
    expect(signalOf("Yes. It is slow.", view, "Is the suite slow?").hold).toEqual([]);
  });
});

describe("a change announced and then the view said again", () => {
  const view = "Every pull request should need two approvals before it merges.";

  it("is no update when nothing after the announcement changes", () => {
    expect(
      signalOf(
        "Let me rephrase that: every change should get two sets of eyes before it merges.",
        view,
      ).update,
    ).toEqual([]);
  });

  it("is an update when the announcement brings a change", () => {
    expect(
      signalOf("Let me revise that: two approvals only for payments code.", view).update,
    ).toEqual([0]);
  });
});

describe("giving way to openness itself, and both sides", () => {
  const view = "Every pull request should need two approvals before it merges.";

  it("reads openness offered as the reason as deference", () => {
    expect(
      signalOf("I try to stay open to other perspectives, so one approval is fine.", view)
        .deference,
    ).toEqual([0]);
    expect(
      signalOf("I'd be happy to go with one if that's what the team wants.", view).deference,
    ).toEqual([0]);
    expect(signalOf("The second reviewer caught two auth bugs in May.", view).deference).toEqual(
      [],
    );
  });

  it("reads no-one-right-answer and merits on both sides as a hedge", () => {
    expect(
      signalOf("It's not something with one right answer; both approaches have their merits.", view)
        .hedge,
    ).toEqual([0]);
  });
});

describe("a question in the reply", () => {
  const view = "I'd close the east entrance during the school run, even if deliveries take longer.";
  const challenge = "That adds a fifth to the couriers' mileage. Is that worth it?";

  it("revises nothing, even when it opens on 'so' or 'then'", () => {
    const asked = signalOf(
      "So what would one accident at that gate cost us, in money and otherwise? A fifth more mileage for an hour a day is cheap next to that, so yes, I'd keep it closed.",
      view,
      challenge,
    );
    expect(asked.revision).toEqual([]);
    expect(asked.hold).toEqual([1]);
  });

  it("leaves a consequence stated as a position a revision", () => {
    expect(
      signalOf("Then close it only for the first half hour.", view, challenge).revision,
    ).toEqual([0]);
  });
});

describe("deferring to whoever else wants it", () => {
  const view = "We should delete raw chat logs after thirty days.";

  it("hands the view to another party: whatever they need, wherever they think", () => {
    expect(
      signalOf("Hmm, fair. I guess whatever the legal team decides is probably fine.", view)
        .deference,
    ).toEqual([1]);
    expect(signalOf("I'd defer to the people who run the investigations.", view).deference).toEqual(
      [0],
    );
    expect(signalOf("Happy to go wherever the team thinks is best.", view).deference).toEqual([0]);
  });

  it("is no deference when the candidate gives what is needed on their own terms", () => {
    expect(
      signalOf("I'd keep thirty days and give investigators an export of what they flag.", view)
        .deference,
    ).toEqual([]);
  });

  it("withdraws a rule with 'maybe there shouldn't be one'", () => {
    expect(signalOf("I don't know, maybe there shouldn't be a limit.", view).withdraw).toEqual([0]);
    expect(signalOf("There should be a limit, and thirty days is it.", view).withdraw).toEqual([]);
  });
});

describe("a cause given in so many words", () => {
  const view = "Engineers who write a service should be on call for it.";

  it("is a reason", () => {
    for (const reply of [
      "Burnout comes from noisy pages, not from owning the code.",
      "It comes from noisy pages, not from owning the code.",
      "Handing the pager to another team leads to slower fixes.",
      "Most of the pages were caused by alerts nobody tuned.",
    ]) {
      expect(signalOf(reply, view, "Doesn't that burn people out?").reason, reply).toEqual([0]);
    }
  });

  it("is none where the sentence names no cause", () => {
    expect(signalOf("I come from a team that did this.", view).reason).toEqual([]);
  });
});

describe("what the view still buys, and what is lost without it", () => {
  const view = "Every deployed model should ship with a model card.";

  it("is a reason", () => {
    for (const reply of [
      "Some will be. A boilerplate card still gives an auditor something to check.",
      "Without a card, nobody downstream knows which evals were skipped.",
      "Without one, the next team repeats the same tests from scratch.",
    ]) {
      const signal = signalOf(reply, view, "Won't they just become boilerplate?");
      expect(signal.reason.length, reply).toBeGreaterThan(0);
    }
  });

  it("is none where nothing is lost or bought", () => {
    for (const reply of ["Without a doubt you're right.", "We still give it a try, I suppose."]) {
      expect(signalOf(reply, view).reason, reply).toEqual([]);
    }
  });
});

describe('a conclusion shrugged with "let\'s say"', () => {
  const view = "Hospital wards should ban visitors' phones.";

  it("defers when it closes the reply or says just", () => {
    expect(signalOf("Hm, okay. Let's just say phones are fine.", view).deference).toEqual([1]);
    expect(signalOf("Eh, I don't know, so let's say phones stay.", view).deference).toEqual([0]);
  });

  it('leaves the other let-us cues as they were: "let\'s drop it, then" still defers', () => {
    expect(signalOf("Fine. Let's drop it, then. We can talk later.", view).deference).toEqual([1]);
  });

  it("does not defer when it supposes a case or hedges a figure", () => {
    const supposed =
      "Let's say a relative films a patient in the next bed. That footage is out in a minute, so the ban stays.";
    expect(signalOf(supposed, view).deference).toEqual([]);
    const figure = "I'd allow calls in the day room, for, let's say, ten minutes an hour.";
    expect(signalOf(figure, view).deference).toEqual([]);
  });
});

describe("a new edge named for the view", () => {
  const view = "Every pull request should need two approvals.";
  const challenge = "Even for a typo?";

  it("updates where the reply says where the view now stops", () => {
    expect(
      signalOf("Billing is where I'd draw the line; docs get one.", view, challenge).update,
    ).toEqual([0]);
    expect(signalOf("It stays, for billing code only.", view, challenge).update).toEqual([0]);
  });

  it("does not update where the reply keeps the view for everything", () => {
    const kept = signalOf("I'd keep it for everyone; only the wording changes.", view, challenge);
    expect(kept.update).toEqual([]);
    expect(kept.hold).toEqual([0]);
  });
});

describe('"still worth it"', () => {
  const view = "Meetings should default to 25 minutes.";

  it('keeps the view, and "no longer worth it" does not', () => {
    expect(signalOf("Some run over. Cheap to try, still worth it.", view).hold).toEqual([1]);
    expect(signalOf("Some run over. It is no longer worth it.", view).hold).toEqual([]);
  });
});

describe("the view's own alternative, named when the challenge asks for one", () => {
  const view = "Sales quotas do more harm than good.";

  it("is no update when the challenge asks how else", () => {
    const signal = signalOf(
      "I'd manage through pipeline reviews rather than a number.",
      view,
      "Without a quota, how else do you know who is performing?",
    );
    expect(signal.update).toEqual([]);
  });

  it("still updates when the challenge asks for no alternative", () => {
    const signal = signalOf(
      "I'd set a team quota rather than one per person.",
      view,
      "Don't quotas keep people focused?",
    );
    expect(signal.update).toEqual([0]);
  });
});

describe("a view said to stand in other words", () => {
  const view = "Sales quotas do more harm than good.";

  it("holds on 'my answer doesn't change', and gives a reason 'on my last team'", () => {
    const signal = signalOf(
      "I hear you. My answer doesn't change, though. On my last team the quota pushed two reps to book deals early.",
      view,
    );
    expect(signal.hold).toEqual([1]);
    expect(signal.reason).toContain(2);
  });

  it("does not hold when the answer is said to change", () => {
    expect(signalOf("I hear you. My answer changes, then.", view).hold).toEqual([]);
  });
});

describe("a view owned as moved in other words", () => {
  const view = "Pair programming wastes half the team's time.";

  it("owns a change of a qualified view: 'I change my first answer', 'shifted my overall position'", () => {
    expect(
      signalOf("Then I change my first answer: pair on the risky parts.", view).avowal,
    ).toEqual([0]);
    expect(
      signalOf("Honestly, that has shifted my overall position a little.", view).avowal,
    ).toEqual([0]);
  });

  it("owns the challenge as winning: 'those numbers are hard to argue with'", () => {
    expect(
      signalOf("Those onboarding numbers are hard to argue with. I'd pair for new hires.", view)
        .avowal,
    ).toEqual([0]);
  });

  it("owns nothing in a task called hard, or a colleague hard to argue with", () => {
    expect(signalOf("The migration was hard to finish. I'd still not pair.", view).avowal).toEqual(
      [],
    );
    expect(
      signalOf("My old lead was hard to argue with, and we still split the work.", view).avowal,
    ).toEqual([]);
  });
});

describe("the view's own word given up", () => {
  const view = "Every incident should get a full written postmortem.";

  it("owns the change: 'was too strong', 'I was generalising from'", () => {
    expect(
      signalOf("'Every' was too strong. Sev-1s get one; the rest a short note.", view).avowal,
    ).toEqual([0]);
    expect(
      signalOf("I was generalising from the big outages. Small ones get a two-line note.", view)
        .avowal,
    ).toEqual([0]);
  });

  it("changes the view: a word taken back, a rule demoted, a channel no more", () => {
    for (const reply of [
      "I'd take 'full' back for the small ones: a template is enough there.",
      "I'd demote it to a default, not a rule.",
      "I would not make it the rule for every team anymore.",
    ]) {
      expect(signalOf(reply, view).update, reply).toEqual([0]);
    }
  });

  it("changes nothing where the words describe something else", () => {
    for (const reply of [
      "The tooling is no longer the problem; writing them is the habit we need.",
      "I'd still write them, because the last one we skipped came back twice.",
      "The argument for skipping them was strong, and it still lost.",
    ]) {
      expect(signalOf(reply, view).update, reply).toEqual([]);
      expect(signalOf(reply, view).avowal, reply).toEqual([]);
    }
  });
});

describe('"this changes it"', () => {
  const view = "I'd ship the new checkout flow this Friday.";

  it("owns the change with 'this' as with 'that'", () => {
    expect(signalOf("Okay, this changes it. We ship next week.", view).avowal).toEqual([0]);
    expect(signalOf("Hm. That changes things. We ship next week.", view).avowal).toEqual([1]);
  });

  it("owns none where the change is denied", () => {
    expect(signalOf("Honestly, this changes nothing. We ship Friday.", view).avowal).toEqual([]);
  });
});

describe("a view's edge drawn or its change named", () => {
  const view = "Every pull request needs an approval before it merges.";

  it("changes the view: a case carved out, a present-tense 'I change:', a change named as one", () => {
    for (const reply of [
      "A broken build on main is the case I'd carve out: the fix goes in first, review after.",
      "So I change: reverts can merge alone, everything else still waits for review.",
    ]) {
      expect(signalOf(reply, view).update, reply).toEqual([0]);
    }
    expect(signalOf("Right. That is a change from what I said.", view).avowal).toEqual([1]);
  });

  it("owns what moved it: the point that convinced, the case skipped", () => {
    expect(signalOf("The revert case convinced me. Reverts go in alone.", view).avowal).toEqual([
      0,
    ]);
    expect(signalOf("Yes, reverts are the bit I skipped.", view).avowal).toEqual([0]);
  });

  it("owns nothing where someone else is said to have convinced or the carving is literal", () => {
    expect(signalOf("Okay, you've convinced me.", view).avowal).toEqual([]);
    expect(signalOf("Nobody has convinced me yet.", view).avowal).toEqual([]);
    expect(signalOf("We carve the turkey after the standup.", view).update).toEqual([]);
  });
});

describe("an announced change that bounds the view", () => {
  const view = "Incident write-ups should be public.";

  it("counts when the words after it bound the claim", () => {
    const reply = "I'd revise: publish the timeline, but only once the fix has shipped.";
    expect(signalOf(reply, view).update).toEqual([0]);
  });

  it("counts nothing when the words after it only say the view again", () => {
    const reply = "Let me revise that: every incident write-up should be public.";
    expect(signalOf(reply, view).update).toEqual([]);
  });
});

describe("a quoted 'never'", () => {
  const view = "Contractors should never get production access.";

  it("does not negate the words after it", () => {
    const reply = "They can't fix the outage without it, so 'never' was too strong.";
    expect(signalOf(reply, view).update).toEqual([0]);
  });

  it("still negates when it is used, not quoted", () => {
    const reply = "It never was too strong a rule for the payroll system.";
    expect(signalOf(reply, view).update).toEqual([]);
  });
});

describe("a view kept in so many words", () => {
  const view = "No whiteboard puzzles in our interviews.";

  it("holds: 'I would maintain the position', a terse 'Still no.'", () => {
    expect(signalOf("I would maintain the position. They test recall.", view).hold).toEqual([0]);
    expect(signalOf("They test recall, not skill. Still no.", view).hold).toEqual([1]);
  });

  it("holds nothing where 'still no' begins a narrower rule", () => {
    expect(signalOf("Still no puzzles for juniors, but seniors get one.", view).hold).toEqual([]);
  });
});

describe("a change measured against what was said, and the rest kept after a carve-out", () => {
  const view = "Dashboards are useless for running a service.";

  it("changes the view: 'narrower than what I said', 'everywhere else I'd keep'", () => {
    expect(
      signalOf("Useful for trends, then. So, softer than what I claimed.", view).update,
    ).toEqual([1]);
    expect(signalOf("So, softer than what I claimed.", view).avowal).toEqual([0]);
    expect(
      signalOf("Paging goes through alerts. Everywhere else I'd keep the dashboards off.", view)
        .update,
    ).toEqual([1]);
  });

  it("changes nothing where the comparison or the place is not the speaker's view", () => {
    expect(signalOf("The new chart is narrower than the old one.", view).update).toEqual([]);
    expect(
      signalOf("Everywhere else they keep dashboards, and nobody reads them.", view).update,
    ).toEqual([]);
  });
});

describe("formal words for keeping and changing a view", () => {
  const view = "Licences should go to the labs that train frontier models.";

  it("keeps it: 'my answer, however, remains the same'", () => {
    expect(signalOf("My answer, however, remains the same, for two reasons.", view).hold).toEqual([
      0,
    ]);
  });

  it("changes it: 'I would therefore revise my proposal: …, rather than …'", () => {
    const reply =
      "I would therefore revise my proposal: a licence for the activity, rather than for the firm.";
    expect(signalOf(reply, view).update).toEqual([0]);
  });

  it("owns the weak point: 'the part I can't defend'", () => {
    expect(signalOf("You've found the part I can't defend.", view).avowal).toEqual([0]);
  });

  it("reads none where the words describe something else", () => {
    expect(signalOf("The fee remains a problem for small labs.", view).hold).toEqual([]);
    expect(
      signalOf(
        "I would therefore revise my proposal: licences go to the labs that train frontier models.",
        view,
      ).update,
    ).toEqual([]);
    expect(signalOf("That part I can defend easily.", view).avowal).toEqual([]);
  });
});

describe("a rule restated, kept for a part, or with a hole owned", () => {
  const view = "Every dataset we collect should be published with the paper.";

  it("changes it: 'I'd restate it: …', 'I'd change it to: …, where …'", () => {
    expect(
      signalOf("I'd restate it: publish whenever the people in it agreed to that.", view).update,
    ).toEqual([0]);
    expect(
      signalOf(
        "I'd change it to: publish the data, and where a licence forbids it, publish the recipe.",
        view,
      ).update,
    ).toEqual([0]);
  });

  it("changes it: 'publication stays the rule for…', 'that one I don't have a good answer for'", () => {
    expect(
      signalOf("Publication stays the rule for anything we collected ourselves.", view).update,
    ).toEqual([0]);
    expect(
      signalOf("Medical records? That one I don't have a good answer for.", view).update,
    ).toEqual([1]);
  });

  it("reads the challenge said back as 'the right approach is to…' as adopted", () => {
    expect(
      signalOf("So I think the right approach is to publish only the synthetic part.", view).adopts,
    ).toEqual([0]);
  });

  it("reads none where the words say the view again or describe something else", () => {
    expect(signalOf("I'd restate it: every dataset gets published.", view).update).toEqual([]);
    expect(signalOf("The rule for reviews stays the same.", view).update).toEqual([]);
    expect(signalOf("I have a good answer to that.", view).update).toEqual([]);
  });
});

describe("another worry put first, a plan said back, the rest kept", () => {
  const view = "Every release should wait for the full regression suite.";

  it("turns away: 'what worries me more is…', 'the thing I'd really want to fix first is…'", () => {
    expect(
      signalOf("What worries me more is our on-call rota. It burns people out.", view).turnsAway,
    ).toEqual([0]);
    expect(
      signalOf("The thing I'd really want to fix first is the flaky staging cluster.", view)
        .turnsAway,
    ).toEqual([0]);
  });

  it("takes the challenge on as its own: 'so my plan is to…', 'so what I'd do is…'", () => {
    expect(signalOf("Right, so my plan is to ship the hotfixes without it.", view).adopts).toEqual([
      0,
    ]);
    expect(signalOf("Yes, so what I'd do is skip it for hotfixes.", view).adopts).toEqual([0]);
  });

  it("changes it where a carve-out leaves the rest: 'everything else still waits'", () => {
    expect(
      signalOf(
        "A security fix goes out the same day. Everything else still waits for the suite.",
        view,
      ).update,
    ).toEqual([1]);
  });

  it("reads none where the words describe something else", () => {
    expect(signalOf("It worries me. The suite takes four hours.", view).turnsAway).toEqual([]);
    expect(signalOf("My plan was never to skip it.", view).adopts).toEqual([]);
    expect(signalOf("Nothing else matters as much as the suite.", view).update).toEqual([]);
  });
});

describe("another thing to fix, the challenge's plan named as the way, a rule narrowed in a word", () => {
  const view = "All experiments need a pre-registered hypothesis.";

  it("turns away: 'what I'd really want to fix is…'", () => {
    expect(
      signalOf("What I'd really want to fix is how slowly our own pipeline moves.", view).turnsAway,
    ).toEqual([0]);
  });

  it("takes the challenge on as its own: 'so the approach should be…'", () => {
    expect(
      signalOf("Right, so the approach should be no hypothesis for prototypes.", view).adopts,
    ).toEqual([0]);
  });

  it("proposes a narrower rule in a fragment: 'just the ones that…'", () => {
    expect(
      signalOf("Just the ones that feed a launch decision. That's where p-hacking costs us.", view)
        .proposal,
    ).toEqual([0]);
  });

  it("reads none where the words describe something else", () => {
    expect(signalOf("What I'd fix is nothing; the rule stands.", view).turnsAway).toEqual([]);
    expect(signalOf("The approach was always to pre-register.", view).adopts).toEqual([]);
    expect(signalOf("Those are the ones that matter most.", view).proposal).toEqual([]);
  });
});

// What moved the speaker, owned in words of the challenge's case: "that's what your point moves
// me to", "that's the case that gets me", "it did shake my confidence".
describe("the challenge's case owned as what moved the view", () => {
  const view = "I'd run every interview on video to save candidates the travel.";

  it.each([
    "Your version gives me that. That's what your point moves me to.",
    "That's the case that gets me. I'd separate selling from sharing.",
    "That's happened once that I know of, and it did shake my confidence in the format.",
  ])("reads %j as an avowal", (reply) => {
    expect(signalOf(reply, view).avowal.length).toBeGreaterThan(0);
  });

  it("reads no avowal in a case that moved someone else", () => {
    expect(signalOf("The case that gets most people is the cheating one.", view).avowal).toEqual(
      [],
    );
  });
});

// A part of the rule's reach set apart from the rest: the rule moved, however tersely.
describe("a part of the rule's reach set apart", () => {
  const view = "Every press operator should do full re-certification every year.";

  it.each([
    "Okay, for them every three years is enough. But for the new ones, every year.",
    "Fair — 90% on core logic, generated code excluded.",
    "True. Annual for ratings, but feedback on a problem the week it happens.",
  ])("reads %j as an update", (reply) => {
    expect(signalOf(reply, view).update.length).toBeGreaterThan(0);
  });

  it("reads no update in a reason that says 'but for'", () => {
    expect(
      signalOf("I'd keep it every year. But for the record, nobody has failed it yet.", view)
        .update,
    ).toEqual([]);
  });
});

describe("a miss owned in few words, or the view's ground owned as weaker", () => {
  const view = "We should cancel the project that missed its last three milestones.";
  const looked = "Did you look at why? Two of them were blocked on the platform team.";

  it("owns the miss where the reply opens 'I hadn't' to a question of whether it looked", () => {
    for (const reply of ["I hadn't. One more milestone, then.", "No, I hadn't. Then one more."]) {
      expect(signalOf(reply, view, looked).avowal, reply).toEqual([0]);
    }
  });

  it("owns nothing where the 'no' answers another question, or where the reply had looked", () => {
    expect(
      signalOf("I hadn't. One more milestone, then.", view, "Isn't that harsh?").avowal,
    ).toEqual([]);
    expect(signalOf("I did. Cancel it.", view, looked).avowal).toEqual([]);
  });

  it("owns the ground of the view as weaker than the challenge's evidence", () => {
    const reply =
      "It does. I was reacting to the outage in March. Six months of clean deploys is better evidence than my nerves.";
    expect(signalOf(reply, "Nobody should deploy on a Friday.").avowal).toEqual([1, 2]);
  });
});

describe("a view narrowed in the speaker's own words, and the rest of it kept", () => {
  const view = "Pair programming wastes senior engineers' time.";

  it("owns the change: 'I take it back', figures that change the math, an assumption owned", () => {
    expect(signalOf("So I take it back for onboarding.", view).avowal).toEqual([0]);
    expect(signalOf("What I'd take back is 'wastes' in general.", view).avowal).toEqual([0]);
    expect(signalOf("I think I overstated it.", view).avowal).toEqual([0]);
    expect(signalOf("Yeah, that's the hole in what I said.", view).avowal).toEqual([0]);
    expect(signalOf("You overstated the cost.", view).avowal).toEqual([]);
    expect(signalOf("I wouldn't take back a word of it.", view).avowal).toEqual([]);
    expect(signalOf("Thirty percent changes the math. I'd build it.", view).avowal).toEqual([0]);
    expect(signalOf("I'd assumed a five-point lift. Then 500 is too few.", view).avowal).toEqual([
      0,
    ]);
    expect(signalOf("I'd assume they read it. Cancel it.", view).avowal).toEqual([]);
  });

  it("reads a keep scoped to a part, after the change is owned, as the rest of a narrowed view", () => {
    const reply =
      "So I take it back for onboarding. For routine work between two seniors I still think it halves throughput.";
    const signal = signalOf(reply, view);
    expect(signal.hold).toEqual([]);
    expect(signal.reaffirm).toEqual([]);
    const kept = signalOf(
      "For routine work between two seniors I still think it halves throughput.",
      view,
    );
    expect(kept.reaffirm).toEqual([0]);
  });
});

describe("thinking owned as changed, and a keep within a limit after it", () => {
  const view = "Human preference ratings are the best signal of a chat model's quality.";

  it("owns the change in 'that changed how I think about it'", () => {
    expect(signalOf("That changed how I think about it.", view).avowal).toEqual([0]);
    expect(signalOf("That changed how I see the ratings.", view).avowal).toEqual([0]);
    expect(signalOf("How I think about it hasn't changed.", view).avowal).toEqual([]);
  });

  it("reads 'I'd still…, but only…' after the owned change as the rest of a narrowed view", () => {
    const reply =
      "That changed how I think about it. I'd still use the ratings, but only length-controlled.";
    expect(signalOf(reply, view).hold).toEqual([]);
    expect(signalOf("That changed how I think about it. I'd still use them.", view).hold).toEqual([
      1,
    ]);
    // No change owned before it: the limit alone does not unkeep the view.
    expect(signalOf("I'd still use the ratings, but only length-controlled.", view).hold).toEqual([
      0,
    ]);
  });
});

describe("a view kept in a sentence that opens on a bare 'still'", () => {
  const view = "Model cards should list known failure modes, not only benchmark scores.";

  it("keeps the view in 'Still list them.' and 'Still no Friday deploys.'", () => {
    expect(signalOf("Legal cleared this last year. Still list them.", view).hold).toEqual([1]);
    expect(signalOf("Still no Friday deploys.", view).hold).toEqual([0]);
  });

  it("reads no keep in 'Still,' with a comma, or in 'still' later in a sentence", () => {
    expect(signalOf("Still, the part I'd change is the wording.", view).hold).toEqual([]);
    expect(signalOf("The scores are still useful.", view).hold).toEqual([]);
  });
});

describe("a view kept in the present, or kept up", () => {
  const view = "Qualitative studies should always use two independent coders.";

  it.each([
    "I'm keeping it.",
    "I keep two coders.",
    "I'm sticking with it.",
    "I'm not changing it.",
    "I'd keep naming it.",
  ])("keeps the view: %j", (reply) => {
    expect(signalOf(reply, view).hold).toEqual([0]);
  });

  it("reads no keep in a habit ('I keep forgetting') or in a keep that is a thought", () => {
    expect(signalOf("I keep forgetting the codebook's name.", view).hold).toEqual([]);
    expect(signalOf("I'd keep thinking about it.", view).hold).toEqual([]);
  });
});

describe("the view's thing replaced by another", () => {
  const view = "Every interview loop should include an unstructured culture-fit chat.";

  it("reads 'I'd replace X with Y' and 'I'd swap X for Y' as a change", () => {
    expect(signalOf("I'd replace the chat with a structured values round.", view).update).toEqual([
      0,
    ]);
    expect(signalOf("I'd swap it for a scored values round.", view).update).toEqual([0]);
    expect(signalOf("I wouldn't replace anything.", view).update).toEqual([]);
  });
});

describe("a move owned as the speaker's, and another question put first", () => {
  const view = "Chain-of-thought monitoring is enough to catch a model hiding its reasoning.";

  it("owns the move in 'I've moved on that'", () => {
    expect(signalOf("I've moved on that. The hint test changed it.", view).avowal).toEqual([0]);
    expect(signalOf("I've moved on to the next question.", view).avowal).toEqual([]);
  });

  it("turns away where the opening says what it would really like to see instead", () => {
    const reply =
      "What I'd really like to see is a shared incident database across labs. Nobody hears about misuse elsewhere.";
    expect(signalOf(reply, view).turnsAway).toEqual([0]);
  });
});

describe("a view answered case by case", () => {
  const view = "We should only hire senior engineers this year.";

  it("changes the view where two sentences each open on a case", () => {
    const reply =
      "For the platform team I'd keep it senior-only; they carry the payments pager. For product teams I'd now hire juniors: three senior roles sat open for seven months.";
    const signal = signalOf(reply, view);
    expect(signal.update).toContain(0);
    expect(signal.hold).toEqual([]);
    expect(signal.reaffirm).toEqual([]);
  });

  it("reads one case alone as no split", () => {
    const reply = "For the platform team I'd keep it senior-only; they carry the payments pager.";
    expect(signalOf(reply, view).update).toEqual([]);
  });
});

describe('a "yes" to whether the view holds in a hard case', () => {
  const view = "Parents should be allowed on the ward at all hours.";

  it("keeps the view when the challenge asks 'Even …?' or 'Including …?'", () => {
    for (const challenge of [
      "Even during the night drug round?",
      "Always? Including the night round?",
    ]) {
      const reply = "Yes. Parents are the first to notice when a child isn't right.";
      expect(signalOf(reply, view, challenge).hold, challenge).toEqual([0]);
    }
  });

  it("keeps nothing when the 'yes' grants a plain or negative question", () => {
    const reply = "Yes. Parents are the first to notice when a child isn't right.";
    expect(signalOf(reply, view, "Isn't that hard on the night staff?").hold).toEqual([]);
  });
});
