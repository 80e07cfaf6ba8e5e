// Answers written to fool a coach that counts markers, and answers that a marker-counting coach
// misreads. Each case is a promise the coach keeps (docs/rubric.md, "What the coach will not be
// fooled by").
import { describe, expect, it } from "vitest";
import {
  analyzeAnswer,
  type Analysis,
  type AnalyzeInput,
  type FlagCode,
} from "../../src/core/analysis/index.ts";

function analyse(input: AnalyzeInput): Analysis {
  const result = analyzeAnswer(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function codes(input: AnalyzeInput): FlagCode[] {
  return analyse(input).flags.map((flag) => flag.code);
}

const FAILED = "Tell me about a time you failed.";

describe("hollow answers stuffed with markers", () => {
  const stuffed: [string, AnalyzeInput][] = [
    [
      "a list of markers",
      {
        kind: "behavioral",
        question: FAILED,
        text: "I felt proud of my team. I learned that communication is key. We improved efficiency by 37% and cut costs by 42%. I took full ownership of the outcome. In hindsight I would do it differently. I felt frustrated at first but I grew from it. Since then I always communicate early.",
      },
    ],
    [
      "a polished paragraph",
      {
        kind: "values",
        question: "Tell me about a time you pushed back on a decision and lost.",
        text: "This moment really shaped me as a leader. Leadership made a call I disagreed with, and honestly I felt deeply frustrated and a little hurt. I took full ownership of making my case and personally drove alignment across every stakeholder group. In the end the decision went the other way, and I committed fully. I'm proud to say velocity improved 28% and escalations dropped 41% that half. In hindsight I would do some things differently. The biggest lesson I learned is that communication is key and that trust is the foundation of every team.",
      },
    ],
    [
      "bullet points",
      {
        kind: "behavioral",
        question: "Tell me about a time you received difficult feedback.",
        text: "- Felt frustrated, then grateful\n- Took full ownership\n- Learned that feedback is a gift\n- Improved my performance by 45%\n- In hindsight, would do it differently",
      },
    ],
    [
      "in a second language",
      {
        kind: "behavioral",
        question: "Tell me about a time a reviewer was right and you were wrong.",
        text: "Yes, this happen to me. I was feeling very frustrated and also very humble. I take full ownership of my mistake. After this my code quality improve 37% and bugs reduce 42%. I learn that listening is key and feedback is gift. In hindsight I will do differently.",
      },
    ],
  ];

  it.each(stuffed)("scores %s at most 2 and raises hollow", (_name, input) => {
    const analysis = analyse(input);
    expect(analysis.overall).toBeLessThanOrEqual(2);
    expect(analysis.flags.map((flag) => flag.code)).toContain("hollow");
    expect(analysis.readsAs).not.toBe("genuine");
  });

  it("quotes the loose claims as the hollow flag's evidence", () => {
    const [, input] = stuffed[0] ?? ["", { kind: "values", text: "" }];
    const hollow = analyse(input).flags.find((flag) => flag.code === "hollow");
    const quotes = hollow?.evidence.map((e) => e.quote) ?? [];
    expect(quotes.some((quote) => /felt proud|took full ownership|learned/i.test(quote))).toBe(
      true,
    );
    for (const e of hollow?.evidence ?? []) expect(input.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it("scores the real story the markers imitate well above them", () => {
    const real = analyse({
      kind: "behavioral",
      question: FAILED,
      text: "In March I pushed a config change to the payments gateway at 4pm on a Friday without a canary, and it took checkout down for 23 minutes. My stomach dropped when the first alert fired, because I knew which change it was. I rolled it back myself, wrote the postmortem on Monday and added a required canary step to the deploy script. Since then every config change goes through a 10% canary first, and I haven't shipped on a Friday afternoon since.",
    });
    expect(real.overall).toBeGreaterThanOrEqual(4);
    expect(real.flags.map((flag) => flag.code)).not.toContain("hollow");
    expect(real.readsAs).toBe("genuine");
  });
});

describe("feelings said without stock phrases", () => {
  it.each([
    "I remember being irritated, then kind of shaken.",
    "My hands wouldn't stop shaking while I rolled it back.",
    "I didn't sleep that night.",
    "It sat in my chest for a week.",
    "My face went hot, and I went very quiet for the rest of the meeting.",
  ])("counts %j as a feeling", (feeling) => {
    const text = `Two weeks before launch I merged a migration that dropped 3,000 rows from the orders table in production. ${feeling} I restored the rows from the nightly backup by noon and told my lead exactly what I had done. Since then I run every migration against a copy of production first.`;
    expect(codes({ kind: "behavioral", question: FAILED, text })).not.toContain("no-feelings");
  });

  it("does not count another person's feeling, or a denied one", () => {
    for (const feeling of ["My manager was furious.", "Honestly, I didn't feel much."]) {
      const text = `Two weeks before launch I merged a migration that dropped 3,000 rows from the orders table in production. ${feeling} I restored the rows from the nightly backup by noon. Since then I run every migration against a copy of production first.`;
      expect(codes({ kind: "behavioral", question: FAILED, text })).toContain("no-feelings");
    }
  });
});

describe("criticism", () => {
  const question = "Where would you push back on Anthropic's approach?";

  it("counts a critique argued plainly, without a stock phrase", () => {
    const text =
      "The Responsible Scaling Policy leaves the call on whether a capability threshold was crossed to the same company that profits from shipping the model. An outside body with the power to delay a release would make those commitments credible; without one, a close call under commercial pressure will tend to go one way. I'd also publish the evaluation results behind each safety-level decision, so outside researchers can check the reasoning.";
    const found = codes({ kind: "why", question, text });
    expect(found).not.toContain("no-critique");
    expect(found).not.toContain("alignment-signaling");
  });

  it("counts a critique posed as pointed questions", () => {
    const text =
      "Who decides that a model has crossed a threshold, and can they be overruled by the people who sell it? If the answer is the same leadership team, then the policy is a promise, not a check. And what happens when a competitor ships first: does the schedule move, or the threshold? I've seen safety reviews at my last company bend exactly there, in the week before a launch.";
    expect(codes({ kind: "why", question, text })).not.toContain("no-critique");
  });

  it.each([
    "Honestly, my only criticism is that you care too much about safety. You're so careful that you don't get credit for it, and I'd love to help tell that story better.",
    "If I had to push back on something, I'd say you're too humble. You're doing the most important work in the industry and you should be prouder of it.",
    "I can't really think of anything I'd change. The mission is exactly right and the values resonate with me deeply.",
  ])("reads praise dressed as criticism as no criticism: %j", (text) => {
    const found = codes({ kind: "why", question, text });
    expect(found.includes("no-critique") || found.includes("alignment-signaling")).toBe(true);
    expect(analyse({ kind: "why", question, text }).overall).toBeLessThanOrEqual(2);
  });

  it("flags mission words used as a slogan, not the same words argued concretely", () => {
    const slogan =
      "I believe deeply in responsible scaling and in building safe and beneficial AI for all of humanity. The mission resonates with me, and I want to be part of shaping a safe future.";
    expect(codes({ kind: "why", question: "Why Anthropic?", text: slogan })).toContain(
      "alignment-signaling",
    );
    const argued =
      "Responsible scaling is the part I'd study first. The 2024 revision replaced fixed evaluation intervals with capability-based triggers, which I think is right, but it also widened the room for judgement about when a trigger fired. I'd want the safety team's dissent on each ASL decision published, because that is the only way an outsider can tell a hard call from a convenient one.";
    expect(codes({ kind: "why", question: "Why Anthropic?", text: argued })).not.toContain(
      "alignment-signaling",
    );
  });
});

describe("answers to a different question", () => {
  it.each([
    [
      "Tell me about someone whose working style grated on you.",
      "In 2022 I led the migration of our billing service from a monolith to Kafka-based events. I wrote the cutover plan, ran three dry runs on a copy of production, and we moved 14 million records over a weekend with 11 minutes of downtime. I was nervous the night before. Afterwards p99 latency fell from 900 ms to 120 ms. Looking back, I would have started the dry runs a month earlier.",
    ],
    [
      "Describe a commitment you made to a date and then missed.",
      "I committed to shipping the new onboarding flow by the first of June. I broke the work into nine tickets, paired with our designer every morning, and cut two nice-to-have screens in week three. We shipped on May 28th, four days early, and activation rose from 41 to 47 percent in the first month.",
    ],
  ])("flags a polished story that answers something else (%s)", (question, text) => {
    const analysis = analyse({ kind: "behavioral", question, text });
    expect(analysis.flags.map((flag) => flag.code)).toContain("off-topic");
    expect(analysis.overall).toBeLessThanOrEqual(2);
  });
});

describe("what was asked decides what is judged", () => {
  it("asks a hypothetical for no feelings, ending or lesson", () => {
    const found = codes({
      kind: "values",
      question: "How would you handle being assigned to a project you believed was unsafe?",
      text: "First I'd check whether I'm right: I'd ask the lead what I might be missing and read the design review. If I still thought it was unsafe, I'd write the concern down with the specific failure I expected and send it to my manager and the safety reviewer. If they heard me out and still said go ahead, I'd ask for the decision in writing, and past a certain point I'd decline to do that part of the work.",
    });
    for (const code of ["no-feelings", "no-outcome", "no-reflection"] as const) {
      expect(found).not.toContain(code);
    }
  });

  it("judges a follow-up answer on what the follow-up asked", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      question: "Tell me about a disagreement with your team.",
      followUp: { question: "How did that land for you at the time?", targets: ["no-feelings"] },
      text: "Badly, honestly. I was angry for most of that afternoon, and I went home and rewrote my proposal twice before I admitted they had a point about the rollout risk.",
    };
    const found = codes(input);
    expect(found).not.toContain("no-feelings");
    for (const code of ["no-outcome", "vague", "no-reflection"] as const) {
      expect(found).not.toContain(code);
    }
    const dodge = codes({ ...input, text: "It was fine. We moved on and shipped it." });
    expect(dodge).toContain("no-feelings");
  });

  it("never reads a one-word answer as genuine", () => {
    const analysis = analyse({
      kind: "values",
      question: "Tell me about a time you were wrong.",
      text: "Yes.",
    });
    expect(analysis.overall).toBe(1);
    expect(analysis.readsAs).not.toBe("genuine");
  });
});

describe("paraphrases", () => {
  const pairs: [AnalyzeInput, string][] = [
    [
      {
        kind: "behavioral",
        question: FAILED,
        text: "Last spring I owned the migration of our search index to a new cluster. I skipped the load test to hit the date, and on launch day queries timed out for about forty minutes. I was embarrassed, because I had argued for the shortcut. I rolled back, ran the load test that week and relaunched the following Monday. Now I treat a load test as part of the date, not something that competes with it.",
      },
      "In April I was responsible for moving our search index onto a new cluster. To make the deadline I left out the load test, and when we launched, searches timed out for roughly forty minutes. I felt ashamed: the shortcut had been my idea. I reverted the change, did the load test in the days after and went live again the next Monday. These days I count the load test inside the deadline rather than against it.",
    ],
    [
      {
        kind: "why",
        question: "Why Anthropic, and where would you push back?",
        text: "I want to work on evaluations, and your published system cards are the most detailed in the industry, which tells me the work is taken seriously. Where I'd push back: the cards report results without the variance across runs, so a reader can't tell whether a score near a threshold is really above it. I'd publish the spread next to every number.",
      },
      "Evaluation work is what I want to do, and the system cards you publish go into more detail than anyone else's, which suggests the work is valued. My reservation is that those cards give scores without saying how much they vary from run to run, so nobody outside can tell whether a result close to a threshold actually clears it. Printing the spread beside each figure would fix that.",
    ],
  ];

  it.each(pairs)("keeps a retelling within one point", (first, second) => {
    const a = analyse(first);
    const b = analyse({ ...first, text: second });
    expect(Math.abs(a.overall - b.overall)).toBeLessThanOrEqual(1);
  });
});
