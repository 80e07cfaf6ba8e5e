import { describe, expect, it } from "vitest";
import type { FlagCode } from "../analysis/index.ts";
import type { Question } from "../content/schema.ts";
import { askProbe, recordAnswer } from "./engine.ts";
import { phrasings } from "./phrasing.ts";
import { WANTED } from "./coverage.ts";
import { MAX_LADDER, planNextProbe } from "./probe.ts";
import { makeAnalysis, makeFlag, makeQuestion, startedInterview } from "./test-factories.ts";
import type { InterviewState } from "./types.ts";

const GAP_PRIORITY = WANTED.story;

const STORY =
  "Last spring we moved the billing service to Postgres and the migration was done by the team. " +
  "Things got better for everyone in the end.";

/** What each gap's follow-up must ask, in the words the brief gives. */
const ASKS: Record<Exclude<FlagCode, "too-long">, RegExp> = {
  "no-feelings": /feel|felt/i,
  "we-not-i": /you yourself|personally|your part/i,
  "no-outcome": /happened in the end|turn out|outcome/i,
  "no-reflection": /differently|change/i,
  "alignment-signaling": /concrete example|specific instance|disagree|argue/i,
  vague: /numbers|figures|specific detail|how big|how often/i,
  "no-critique": /reservation|getting it wrong/i,
  "no-genuine-change": /believe before|what did you think/i,
  "framework-recital": /tell me what happened|tell it to me/i,
  hollow: /actually happened|what did you see or do/i,
  "off-topic": /back to the question/i,
};

function started(question: Question, seed = 1): InterviewState {
  return startedInterview({ round: "behavioral", questions: [question], seed, questionCount: 1 })
    .state;
}

describe("gap follow-ups", () => {
  for (const code of GAP_PRIORITY) {
    const ask = ASKS[code as Exclude<FlagCode, "too-long">];

    it(`${code}: fires on the flag, quoting the candidate's words`, () => {
      const state = started(makeQuestion({ answerKind: "values" }));
      const analysis = makeAnalysis(STORY, [makeFlag(code, STORY, "we moved the billing service")]);
      const answered = recordAnswer(state, STORY, analysis);
      const probe = planNextProbe(answered);
      expect(probe.kind).toBe("gap");
      const { turn } = askProbe(answered, probe);
      expect(turn.kind).toBe("follow-up");
      expect(turn.targets).toEqual([code]);
      expect(turn.text).toMatch(ask);
      expect(turn.text).toContain("“");
      const quoted = /“([^”]+)”/.exec(turn.text)?.[1] ?? "";
      expect(STORY).toContain(quoted);
    });

    it(`${code}: does not fire when the gap is absent`, () => {
      const state = started(makeQuestion({ answerKind: "values" }));
      const others = GAP_PRIORITY.filter((other) => other !== code).slice(0, 1);
      const flags = others.map((other) => makeFlag(other, STORY, "Things got better"));
      const answered = recordAnswer(state, STORY, makeAnalysis(STORY, flags));
      const probe = planNextProbe(answered);
      expect("targets" in probe ? probe.targets : []).not.toContain(code);
    });
  }

  it("probes the gaps of the answer just given, never the same gap twice", () => {
    let state = started(makeQuestion());
    const flags = [
      makeFlag("we-not-i", STORY, "we moved the billing service"),
      makeFlag("no-outcome", STORY, "Things got better"),
    ];
    state = recordAnswer(state, STORY, makeAnalysis(STORY, flags));
    state = askProbe(state, planNextProbe(state)).state;
    expect(state.turns.at(-1)?.targets).toEqual(["we-not-i"]);
    // The reply still says "we" and still has no ending: only the unprobed gap is asked next.
    const reply = "We rewrote the exporter and the team shipped it.";
    const replyFlags = [
      makeFlag("we-not-i", reply, "We rewrote the exporter"),
      makeFlag("no-outcome", reply, "the team shipped it"),
    ];
    state = recordAnswer(state, reply, makeAnalysis(reply, replyFlags));
    state = askProbe(state, planNextProbe(state)).state;
    expect(state.turns.at(-1)?.targets).toEqual(["no-outcome"]);
  });

  it("on a follow-up answer, leaves story gaps the first answer did not have", () => {
    let state = started(makeQuestion());
    state = recordAnswer(
      state,
      STORY,
      makeAnalysis(STORY, [makeFlag("we-not-i", STORY, "we moved")]),
    );
    state = askProbe(state, planNextProbe(state)).state;
    const reply = "I wrote the migration scripts myself.";
    const replyFlags = [makeFlag("no-reflection", reply, "I wrote the migration scripts")];
    state = recordAnswer(state, reply, makeAnalysis(reply, replyFlags));
    expect(planNextProbe(state).kind).toBe("end");
  });

  it("asks one authored follow-up after a clean answer, then moves on", () => {
    const question = makeQuestion();
    const next = makeQuestion();
    let state = startedInterview({
      round: "behavioral",
      questions: [question, next],
      seed: 4,
      questionCount: 2,
    }).state;
    const first = state.plan[0];
    state = recordAnswer(state, STORY, makeAnalysis(STORY));
    const authored = planNextProbe(state);
    expect(authored.kind).toBe("authored");
    state = askProbe(state, authored).state;
    expect(first?.followUps).toContain(state.turns.at(-1)?.text);
    expect(state.turns.at(-1)?.targets).toEqual([]);
    // Even a reply with gaps moves on after the authored follow-up.
    const reply = "We did it.";
    state = recordAnswer(
      state,
      reply,
      makeAnalysis(reply, [makeFlag("we-not-i", reply, "We did")]),
    );
    expect(planNextProbe(state).kind).toBe("question");
  });

  it(`stops the ladder after ${MAX_LADDER} follow-ups`, () => {
    let state = started(makeQuestion());
    for (const code of GAP_PRIORITY.slice(0, MAX_LADDER + 1)) {
      const flags = [makeFlag(code, STORY, "we moved the billing service")];
      state = recordAnswer(state, STORY, makeAnalysis(STORY, flags));
      state = askProbe(state, planNextProbe(state)).state;
    }
    const followUps = state.turns.filter((turn) => turn.kind === "follow-up");
    expect(followUps).toHaveLength(MAX_LADDER);
    expect(state.turns.at(-1)?.kind).toBe("end");
  });

  it("words a repeated probe differently rather than asking the same follow-up twice", () => {
    const targets: FlagCode[] = ["vague"];
    const step = { kind: "gap" as const, questionId: "q", targets, anchor: "it was fine" };
    const options = phrasings(step);
    expect(new Set(options).size).toBe(options.length);
    let state = started(makeQuestion());
    const probe = { ...step, questionId: state.plan[0]?.id ?? "", interrupt: false };
    for (let i = 0; i < options.length; i += 1) {
      state = recordAnswer(state, "x", makeAnalysis("x"));
      state = askProbe(state, probe).state;
    }
    const texts = state.turns.map((turn) => turn.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe("a story question answered with no story", () => {
  const NONE =
    "I don't think I've really over-built anything major. If I did, I would probably cut the scope early and ship the smallest version first.";

  it("asks for one real example before anything about how it went, and only once", () => {
    let state = started(makeQuestion());
    const flags = [makeFlag("no-outcome", NONE, "ship the smallest version first")];
    state = recordAnswer(state, NONE, makeAnalysis(NONE, flags));
    const probe = planNextProbe(state);
    expect(probe.kind).toBe("gap");
    state = askProbe(state, probe).state;
    expect(state.turns.at(-1)?.text).toMatch(/back to the question: can you give me an example/);
    // A second answer with no story is not asked the same again.
    const again = "Honestly I would just keep things simple from the start.";
    state = recordAnswer(state, again, makeAnalysis(again, []));
    const next = planNextProbe(state);
    expect("targets" in next ? next.targets : []).not.toContain("off-topic");
  });

  it("does not ask a story told in the past, or in the present with a past setting", () => {
    for (const told of [
      STORY,
      "Two years ago I have a conflict with my team leader. I show him two bugs from last month and he agrees to test first.",
    ]) {
      let state = started(makeQuestion());
      state = recordAnswer(state, told, makeAnalysis(told, []));
      const probe = planNextProbe(state);
      expect("targets" in probe ? probe.targets : []).not.toContain("off-topic");
    }
  });
});

describe("a reply that dodges the pressed gap though the coach flags nothing", () => {
  it("notes where the answer ran out: no story again, or no deed of the candidate's own", () => {
    const none = "I don't think I've really over-built anything. I would keep things simple.";
    let state = started(makeQuestion());
    state = recordAnswer(state, none, makeAnalysis(none, []));
    state = askProbe(state, planNextProbe(state)).state;
    const again = "Honestly I would just keep the scope small from the start.";
    state = recordAnswer(state, again, makeAnalysis(again, []));
    expect(state.ranOut?.map((item) => item.target)).toEqual(["off-topic"]);

    let group = started(makeQuestion());
    group = recordAnswer(
      group,
      STORY,
      makeAnalysis(STORY, [makeFlag("we-not-i", STORY, "the migration was done by the team")]),
    );
    group = askProbe(group, planNextProbe(group)).state;
    const dodge = "I was involved in the discussions. It was really a group effort.";
    group = recordAnswer(group, dodge, makeAnalysis(dodge, []));
    expect(group.ranOut?.map((item) => item.target)).toEqual(["we-not-i"]);
    // A reply that names the candidate's own deed closes the gap.
    let owned = started(makeQuestion());
    owned = recordAnswer(
      owned,
      STORY,
      makeAnalysis(STORY, [makeFlag("we-not-i", STORY, "the migration was done by the team")]),
    );
    owned = askProbe(owned, planNextProbe(owned)).state;
    const deed = "I wrote the cut-over script and ran the rehearsal myself.";
    owned = recordAnswer(owned, deed, makeAnalysis(deed, []));
    expect(owned.ranOut ?? []).toEqual([]);
  });
});

describe("challenges in one interview", () => {
  it("never repeat one template around a different quote while another is unheard", () => {
    let state = started(makeQuestion());
    const challenge = (claim: string) =>
      ({
        kind: "pushback",
        questionId: state.plan[0]?.id ?? "q",
        stance: "safety",
        claim,
        attempt: 1,
        interrupt: false,
      }) as const;
    const first = askProbe(state, challenge("labs should publish their dangerous evals"));
    state = recordAnswer(first.state, "I'd keep it.", makeAnalysis("I'd keep it.", []));
    const second = askProbe(state, challenge("interpretability will solve a fifth of it"));
    const skeleton = (text: string) => text.replace(/“[^”]*”/g, "“”");
    expect(skeleton(second.turn.text)).not.toBe(skeleton(first.turn.text));
  });
});
