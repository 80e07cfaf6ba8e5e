// Asked for someone on another team, a story whose other person sits on the candidate's own team
// answers a different question (signals/team-bounds.ts). A story that names the other side's team
// or function, or a question that asks for no team boundary, is read as usual.
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "../index.ts";
import { parseText } from "../nlp.ts";
import { asksAboutAnotherTeam } from "./team-bounds.ts";

const OTHER_TEAM = "Tell me about a conflict you had with a peer on a different team.";

function offTopic(question: string, text: string) {
  const result = analyzeAnswer({ kind: "behavioral", question, text });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.flags.find((flag) => flag.code === "off-topic");
}

describe("asksAboutAnotherTeam", () => {
  it.each([
    OTHER_TEAM,
    "Tell me about a time you worked closely with someone on another team who was hard to work with.",
    "Describe a disagreement with a partner team over who owned an outage.",
    "Tell me about someone outside your team you had to win over.",
    "Tell me about a cross-functional project that went badly.",
  ])("reads %j as asking for another team", (question) => {
    expect(asksAboutAnotherTeam(parseText(question))).toBe(true);
  });

  it.each([
    "Tell me about a conflict you had with a peer.",
    "Tell me about a disagreement inside your team.",
  ])("reads %j as asking for no team boundary", (question) => {
    expect(asksAboutAnotherTeam(parseText(question))).toBe(false);
  });
});

describe("off-topic: the other person on the candidate's own team", () => {
  const ownTeam =
    "At a robotics startup there was another engineer on my team, Tomasz; we both reported to the same lead. He wanted a learned grasp planner and I wanted the analytic one for one more quarter, because pick success was 97% against 91%. In standup he called my approach outdated and I was angry for the rest of the day. Our lead asked us to write one shared document, and we agreed to run the learned planner only on soft items. I learned to argue from the test cell, not from taste.";

  it("flags it, with the setup that places them as evidence", () => {
    const found = offTopic(OTHER_TEAM, ownTeam);
    expect(found?.message).toContain("on your own team");
    expect(found?.evidence.map((item) => item.quote).join(" ")).toContain("on my team");
  });

  it("flags it said as a non-native speaker would", () => {
    const found = offTopic(
      OTHER_TEAM,
      "In my previous company Joana was in my team also, same manager as me. She wanted to rewrite the import job in Spark and I think it was too early, the volume was only 2 GB per day. We had a strong discussion in the planning and I was quite upset after. Finally our manager decided to wait one quarter and Joana agreed. I learned to bring the numbers before the meeting.",
    );
    expect(found).toBeDefined();
  });

  it("keeps it when the question asks for no team boundary", () => {
    expect(offTopic("Tell me about a conflict you had with a peer.", ownTeam)).toBeUndefined();
  });

  it("keeps a story whose other side is named by their function", () => {
    const found = offTopic(
      OTHER_TEAM,
      "I asked an engineer on my team to pull the logs, and then I took them to Priya from Legal, who wanted every export of customer data reviewed for a week before release. I thought a week would kill the feature, and I told her so, more sharply than I should have. We sat down with the logs and found that only two fields were personal; she agreed to review those two within a day, and the rest shipped. I learned to bring the data before the argument.",
    );
    expect(found?.message ?? "").not.toContain("on your own team");
  });

  it("keeps a story that names the other person's team", () => {
    const found = offTopic(
      OTHER_TEAM,
      "She sat next to me for two years, on my floor, but she was on the payments product team and I was the compliance analyst. Her team wanted a $5,000 daily payout limit and my review said $500 until monitoring could see payouts. She went over my head to my manager, and I was hurt. We agreed on $500 for the first month with a review after; there were no flagged payouts above it.",
    );
    expect(found?.message ?? "").not.toContain("on your own team");
  });
});

describe("the candidate's own superior, for someone on another team", () => {
  const question = "Tell me about a time a colleague on another team made your job harder.";

  it("is off-topic when the other party is the candidate's own boss, 'the team' being theirs", () => {
    const text =
      "At a logistics firm I planned the night shift, and the hardest relationship I've had was with my own manager, Dario, who ran the team. He moved the pick-wave cut-off without telling anyone, and I found out at 5 a.m. when the trucks were short. After the third time I was furious. I asked him for a standing Friday note of changes, he agreed, and it held for the rest of the year.";
    expect(offTopic(question, text)).toBeDefined();
  });

  it("keeps a story where the other party sits on another, named team", () => {
    const text =
      "I planned the night shift at a logistics firm, and Dario on the transport team kept moving the truck slots without telling us. I found out at 5 a.m. when the trucks were short. After the third time I was furious. I asked him for a standing Friday note of changes, he agreed, and it held for the rest of the year.";
    expect(offTopic(question, text)).toBeUndefined();
  });
});
