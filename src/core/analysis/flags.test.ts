import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "./analyze-answer.ts";
import type { AnalyzeInput, Analysis, FlagCode } from "./types.ts";

function analyse(input: AnalyzeInput): Analysis {
  const result = analyzeAnswer(input);
  if (!result.ok) throw new Error(`unexpected error: ${result.error.code}`);
  return result.value;
}

function codes(input: AnalyzeInput): FlagCode[] {
  return analyse(input).flags.map((flag) => flag.code);
}

function flag(input: AnalyzeInput, code: FlagCode) {
  return analyse(input).flags.find((item) => item.code === code);
}

describe("alignment-signaling", () => {
  const performed: AnalyzeInput = {
    kind: "why",
    text: "I'm deeply passionate about your mission of safe and beneficial AI. Your values truly resonate with me, and I'm excited to make a meaningful impact on the future of humanity.",
  };

  it("fires on mission words with nothing behind them, quoting them", () => {
    const found = flag(performed, "alignment-signaling");
    expect(found).toBeDefined();
    const quotes = found?.evidence.map((item) => item.quote.toLowerCase()) ?? [];
    expect(quotes.some((quote) => quote.includes("passionate"))).toBe(true);
  });

  it("stays quiet when the mission talk is anchored in specifics and a reasoned reservation", () => {
    const grounded: AnalyzeInput = {
      kind: "why",
      text: "I ran red-teaming for a 40-person trust and safety team at Shopify for three years, and most of what we caught came from reading 200 transcripts a week, not from dashboards. I'd like to do that at a lab. I'm not convinced the published evals cover multi-turn misuse, because our worst cases only appeared after ten or more turns.",
    };
    expect(codes(grounded)).not.toContain("alignment-signaling");
  });
});

describe("no-feelings", () => {
  it("fires on a story of being wrong that never says how it felt, and points at the conflict", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      question: "Tell me about a time you were wrong.",
      text: "In 2022 I argued that we should skip load testing for the new checkout. I was wrong: the service fell over at 3,000 requests per second on launch day. I rolled it back within twenty minutes and wrote the postmortem. Since then I insist on a load test before any launch.",
    };
    const found = flag(input, "no-feelings");
    expect(found).toBeDefined();
    expect(found?.evidence.some((item) => item.quote.includes("wrong"))).toBe(true);
  });

  it("does not count stock enthusiasm as a feeling", () => {
    const input: AnalyzeInput = {
      kind: "values",
      question: "Tell me about a conflict with a colleague.",
      text: "I was passionate about the redesign, and my colleague Dana disagreed with the timeline in March. We met twice, I proposed cutting two features, and she agreed. We launched on time in April.",
    };
    expect(codes(input)).toContain("no-feelings");
  });

  it("stays quiet when the candidate names their own reaction", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      question: "Tell me about a time you failed.",
      text: "My migration script deleted a day of audit logs in 2021. I felt sick for a week. I restored most of them from backups within two days, and since then I test every destructive script on a copy first.",
    };
    expect(codes(input)).not.toContain("no-feelings");
  });

  it("does not apply to a why answer", () => {
    const input: AnalyzeInput = {
      kind: "why",
      text: "I failed twice to get a model into production at my last job, and I want to learn how a lab does it. I worry labs underinvest in deployment tooling because research gets the credit.",
    };
    expect(codes(input)).not.toContain("no-feelings");
  });
});

describe("we-not-i", () => {
  it("fires when actions hide behind we, the team and the passive", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      text: "We noticed the queue was backing up in May. We investigated and the root cause was found in the retry logic. The team rewrote the consumer and the fix was deployed in two days. Everyone was relieved.",
    };
    const found = flag(input, "we-not-i");
    expect(found).toBeDefined();
    expect(found?.evidence.some((item) => item.quote.startsWith("We investigated"))).toBe(true);
  });

  it("stays quiet when the candidate says what they did", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      text: "I noticed the queue was backing up in May. I traced it to the retry logic, rewrote the consumer, and we deployed the fix in two days. I also added an alert on queue depth.",
    };
    expect(codes(input)).not.toContain("we-not-i");
  });
});

describe("no-outcome", () => {
  it("fires when the story stops before it ends, pointing at the last sentences", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      text: "Last year our biggest customer asked for an on-premise version. I thought it would split the codebase, so I wrote a proposal for a hosted single-tenant option instead and set up a call with their CTO.",
    };
    const found = flag(input, "no-outcome");
    expect(found).toBeDefined();
    expect(found?.evidence.at(-1)?.quote).toContain("CTO");
  });

  it("stays quiet when the story says how it ended", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      text: "Last year our biggest customer asked for an on-premise version. I proposed a hosted single-tenant option instead and set up a call with their CTO. In the end they signed a two-year contract for the hosted version.",
    };
    expect(codes(input)).not.toContain("no-outcome");
  });

  it("does not apply to an opinion", () => {
    const input: AnalyzeInput = {
      kind: "opinion",
      text: "I think open-weight models below a capability threshold do more good than harm, because researchers outside labs need them, but I worry the threshold will be set by lobbying.",
    };
    expect(codes(input)).not.toContain("no-outcome");
  });
});

describe("no-reflection", () => {
  it("fires when nothing was learned or would be done differently", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      text: "In 2023 I led the move of our search cluster to a new region. I planned the cutover, ran two rehearsals and did the switch on a Sunday. It finished in 90 minutes with no downtime.",
    };
    expect(codes(input)).toContain("no-reflection");
  });

  it("stays quiet on a counterfactual", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      text: "In 2023 I led the move of our search cluster to a new region. I planned the cutover and did the switch on a Sunday; it took six hours instead of one. If I did it again, I would rehearse with production-sized data.",
    };
    expect(codes(input)).not.toContain("no-reflection");
  });
});

describe("no-genuine-change", () => {
  const question = "Tell me about a time you changed your mind.";

  it("fires on a changed-my-mind answer with no prior belief or what moved it", () => {
    const input: AnalyzeInput = {
      kind: "values",
      question,
      text: "I change my mind all the time. I think being open to feedback is important, and I always listen to my colleagues.",
    };
    expect(codes(input)).toContain("no-genuine-change");
  });

  it("stays quiet when the prior belief, what moved it and the new belief are all there", () => {
    const input: AnalyzeInput = {
      kind: "values",
      question,
      text: "I used to think pair programming wasted senior time. Then I paired with a new hire for two weeks in 2022 and watched her find three bugs in code I had already reviewed. Now I think pairing is the fastest review there is, and I pair on every risky change.",
    };
    expect(codes(input)).not.toContain("no-genuine-change");
  });

  it("reads a changed-my-mind question from the question text", () => {
    const input: AnalyzeInput = {
      kind: "values",
      question: "When did you last change your mind about something that mattered?",
      text: "I'm always open to new ideas and I value learning from others.",
    };
    expect(codes(input)).toContain("no-genuine-change");
  });

  it("only applies to changed-my-mind questions", () => {
    const input: AnalyzeInput = {
      kind: "values",
      question: "Tell me about a time you disagreed with your team.",
      text: "I'm always open to new ideas and I value learning from others.",
    };
    expect(codes(input)).not.toContain("no-genuine-change");
  });
});

describe("no-critique", () => {
  it("fires on a compliment dressed as criticism, quoting it", () => {
    const input: AnalyzeInput = {
      kind: "opinion",
      question: "Where would you push back on our approach?",
      text: "Honestly, my only criticism is that the team cares too much about getting things right. I read the model card for Claude 3 and it was thorough.",
    };
    const found = flag(input, "no-critique");
    expect(found).toBeDefined();
    expect(found?.evidence.some((item) => item.quote.includes("cares too much"))).toBe(true);
  });

  it("stays quiet on a reservation with a reason", () => {
    const input: AnalyzeInput = {
      kind: "why",
      text: "I want to work on the interpretability team because I spent 2023 building probing tools at a startup. Where I'd push back is on publishing speed: the papers I read came out months after the work, which means outside researchers build on stale results.",
    };
    expect(codes(input)).not.toContain("no-critique");
  });

  it("does not apply to stories", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      text: "I shipped the export feature in June 2022 for 3,000 customers and fixed two bugs in the first week.",
    };
    expect(codes(input)).not.toContain("no-critique");
  });
});

describe("vague", () => {
  it("fires on an answer with no concrete details, quoting the generic sentences", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      text: "I always try to communicate clearly and take ownership of problems. When things get difficult, I stay calm and bring people together. I believe that collaboration is what makes hard projects succeed.",
    };
    const found = flag(input, "vague");
    expect(found).toBeDefined();
    expect(found?.evidence.some((item) => item.quote.startsWith("I always try"))).toBe(true);
  });

  it("stays quiet on numbers, dates, names and systems", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      text: "In October 2022 our Postgres primary in us-east-1 ran out of disk at 2 a.m. I was on call, promoted the replica in 12 minutes and moved 400 GB of logs to S3.",
    };
    expect(codes(input)).not.toContain("vague");
  });

  const question =
    "Should an AI company let its own sales team decide when a model is ready to ship?";

  it("stays quiet on a view argued from particular things and a lived example, without figures", () => {
    const input: AnalyzeInput = {
      kind: "opinion",
      question,
      text: "No, though not because the people selling are careless. The trouble is where the incentive sits: whoever is rewarded for signing accounts will read a borderline finding as a footnote. I watched this happen at a lender, where credit rules were approved by the group that owned loan volume, and each ambiguous rule got loosened just before a large account went live. What I would want is a gate owned by people with no quota, a threshold written down before the evaluation runs, and a ledger of every override that somebody outside the line reads.",
    };
    expect(codes(input)).not.toContain("vague");
  });

  it("says the same view in other words is not vague either", () => {
    const input: AnalyzeInput = {
      kind: "opinion",
      question,
      text: "I'd say no. The people who sell aren't reckless, but their bonus rides on the signature, so a murky jailbreak report looks smaller to them than it is. At an insurer I worked for, pricing rules were approved by the group that also owned premium volume, and every quarter the cut-off drifted down a notch. I'd put the decision with people who carry no target, fix the pass mark before the tests run, and keep a written record of overrides that somebody outside the product reads.",
    };
    expect(codes(input)).not.toContain("vague");
  });

  it("still fires on a view of impact and ownership claims that attach to nothing", () => {
    const input: AnalyzeInput = {
      kind: "why",
      question:
        "The role is platform engineering, not research. Tie it to the mission concretely: what changes in the world if you do this job well?",
      text: "Done well, this job multiplies everyone around it. Modelling groups iterate ten times faster, the cluster reaches four nines, and costs go down dramatically. I take complete ownership of whatever I touch, and I have driven outsized results on every team I have joined. Platforms are the ground every lab stands on, so a stronger platform means stronger outcomes everywhere, and that compounding is why the seat matters more than its title suggests.",
    };
    expect(codes(input)).toContain("vague");
  });

  it("still fires on a view made of generalities, even with a story in it", () => {
    const input: AnalyzeInput = {
      kind: "opinion",
      question,
      text: "I think it really comes down to balance and collaboration. At my last company we worked together across teams and it went well. Safety is important, but so is moving fast and delivering value for customers. The key is communication and trust, so that everyone is aligned on the mission and the right decision gets made together. When people share the same values, these things tend to work themselves out.",
    };
    expect(codes(input)).toContain("vague");
  });
});

describe("framework-recital", () => {
  it("fires on recited STAR labels and quotes them", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      text: "Situation: our deploys failed twice a week.\nTask: I had to make them reliable.\nAction: I added canary releases in May 2021.\nResult: failures dropped to one a month.",
    };
    const found = flag(input, "framework-recital");
    expect(found?.evidence.map((item) => item.quote)).toEqual([
      "Situation:",
      "Task:",
      "Action:",
      "Result:",
    ]);
  });

  it("stays quiet when the story is told without labels, even if it mentions a situation", () => {
    const input: AnalyzeInput = {
      kind: "behavioral",
      text: "The situation was tense: our deploys failed twice a week. I added canary releases in May 2021, and failures dropped to one a month.",
    };
    expect(codes(input)).not.toContain("framework-recital");
  });
});

describe("too-long", () => {
  const sentence =
    "I reviewed the 14 failing jobs in the Jenkins queue that week and fixed the flaky ones. ";

  it("fires above 450 words and points at the sentence where three minutes run out", () => {
    const text = sentence.repeat(30);
    const found = flag({ kind: "behavioral", text }, "too-long");
    expect(found).toBeDefined();
    expect(found?.evidence[0]?.quote).toBe(sentence.trim());
    expect(found?.evidence[0]?.start).toBeGreaterThan(sentence.length * 25);
  });

  it("stays quiet at 450 words or fewer", () => {
    expect(codes({ kind: "behavioral", text: sentence.repeat(25) })).not.toContain("too-long");
  });
});

describe("evidence", () => {
  it("always quotes the answer exactly, for every flag", () => {
    const text =
      "Situation: we had a problem.  Task: the team had to fix it.\n\nAction: it was fixed by us. I'm passionate about the mission!";
    for (const found of analyse({ kind: "behavioral", text, question: "Tell me about a failure" })
      .flags) {
      for (const item of found.evidence) expect(item.quote).toBe(text.slice(item.start, item.end));
    }
  });
});

describe("a very short story told whole (blind-21)", () => {
  const question = "Tell me about a time you gave someone difficult feedback.";
  const story: AnalyzeInput = {
    kind: "behavioral",
    question,
    text: "I told a new analyst her forecast was wrong for a quarter. She went quiet; I felt sick. She reconciles every forecast against the ledger now and trains the new hires on it.",
  };

  it("reads a reaction to someone's act in the same sentence as a feeling of the story", () => {
    expect(codes(story)).not.toContain("no-feelings");
    expect(codes(story)).not.toContain("hollow");
  });

  it("reads how someone stands now, at the end, as the outcome", () => {
    expect(codes(story)).not.toContain("no-outcome");
  });

  it("still asks for an outcome when only the candidate's habit or a process is 'now'", () => {
    const process = story.text.replace(
      "She reconciles every forecast against the ledger now and trains the new hires on it.",
      "Every forecast is now reconciled against the ledger before it goes out.",
    );
    expect(codes({ ...story, text: process })).toContain("no-outcome");
    const habit = story.text.replace(
      "She reconciles every forecast against the ledger now and trains the new hires on it.",
      "I now put every hard message in writing first.",
    );
    expect(codes({ ...story, text: habit })).toContain("no-outcome");
  });

  it("still asks for a feeling when the act and the reaction are only imagined", () => {
    const imagined = story.text.replace(
      "She went quiet; I felt sick.",
      "She might have gone quiet.",
    );
    expect(codes({ ...story, text: imagined })).toContain("no-feelings");
  });
});
