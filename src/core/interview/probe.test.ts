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
