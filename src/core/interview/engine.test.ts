import { describe, expect, it } from "vitest";
import type { Question } from "../content/schema.ts";
import { analyzeAnswer } from "../analysis/index.ts";
import {
  analysisInputFor,
  answerTurn,
  askProbe,
  recordAnswer,
  startInterview,
  transcriptOf,
  turnInputsFor,
} from "./engine.ts";
import { INTERRUPT_AFTER_WORDS, planNextProbe } from "./probe.ts";
import { buildInterviewReport } from "./report.ts";
import { longAnswer, makeAnalysis, makeQuestion, startedInterview } from "./test-factories.ts";
import { OWN_QUESTION_ID, type InterviewState, type InterviewTurn } from "./types.ts";

function answer(state: InterviewState, text: string) {
  const result = answerTurn(state, text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const ANSWERS = [
  "Last year we had a disagreement about the database. We decided to move to Postgres and the migration was done by the team. We discussed it in several meetings and eventually the new system was rolled out.",
  "I wrote the cut-over plan myself in March 2023 and ran the dual-write for 14 days; I felt nervous the night before, because a bad cut-over would double-charge 40,000 customers.",
  "It went fine in the end, mostly.",
  "I would start the dual-write a week earlier next time, because the last 3 days found 2 bugs.",
];

function bank(round: Question["rounds"][number], size: number): Question[] {
  return Array.from({ length: size }, (_, i) =>
    makeQuestion({ id: `engine-${round}-${i}`, rounds: [round] }),
  );
}

/** Answers every turn from `state` on, cycling through `answers`, until the interview ends. */
function runToEnd(state: InterviewState, answers: readonly string[], from = 0) {
  const turns: InterviewTurn[] = [];
  let current = state;
  for (let i = from; current.status === "active" && i < from + 40; i += 1) {
    const step = answer(current, answers[i % answers.length] ?? "");
    turns.push(step.turn);
    current = step.state;
  }
  return { state: current, turns };
}

describe("startInterview and answerTurn", () => {
  it("returns the plan's error when the bank has nothing for the round", () => {
    const started = startInterview({
      round: "system-design",
      questions: bank("values", 3),
      seed: 2,
    });
    expect(started).toMatchObject({
      ok: false,
      error: { code: "empty-round", round: "system-design" },
    });
  });

  it("asks the first question of the plan", () => {
    const { state, turn } = startedInterview({
      round: "behavioral",
      questions: bank("behavioral", 5),
      seed: 2,
    });
    expect(turn).toMatchObject({ kind: "question", targets: [], questionId: state.plan[0]?.id });
    expect(turn.text).toContain(state.plan[0]?.prompt);
    expect(state.status).toBe("active");
  });

  it("refuses an empty answer and leaves the state unchanged", () => {
    const { state } = startedInterview({
      round: "behavioral",
      questions: bank("behavioral", 3),
      seed: 2,
    });
    const before = JSON.stringify(state);
    const result = answerTurn(state, "   \n ");
    expect(result).toMatchObject({ ok: false, error: { code: "empty-answer" } });
    expect(JSON.stringify(state)).toBe(before);
  });

  it("ends with a short closing turn and refuses answers afterwards", () => {
    const { state } = startedInterview({
      round: "behavioral",
      questions: bank("behavioral", 2),
      seed: 3,
    });
    const { state: finished, turns } = runToEnd(state, ANSWERS);
    const last = turns.at(-1);
    expect(last?.kind).toBe("end");
    expect(last?.targets).toEqual([]);
    expect((last?.text ?? "").length).toBeLessThan(120);
    expect(finished.status).toBe("finished");
    expect(answerTurn(finished, "One more thing.")).toMatchObject({
      ok: false,
      error: { code: "finished" },
    });
  });

  it("returns the analysis of the answer just given and keeps it in the transcript", () => {
    const { state } = startedInterview({
      round: "behavioral",
      questions: bank("behavioral", 2),
      seed: 3,
    });
    const step = answer(state, ANSWERS[0] ?? "");
    expect(step.analysis.flags.map((flag) => flag.code)).toContain("we-not-i");
    const transcript = transcriptOf(step.state);
    expect(transcript[0]?.answer?.text).toBe(ANSWERS[0]);
    expect(transcript[0]?.answer?.analysis).toEqual(step.analysis);
    expect(step.turn).toMatchObject({ kind: "follow-up", targets: ["we-not-i"] });
  });
});

describe("the steps of answerTurn, for a layer that words probes itself", () => {
  it("chooses the same probe and analysis, with the layer's wording", () => {
    const { state } = startedInterview({
      round: "behavioral",
      questions: bank("behavioral", 2),
      seed: 3,
    });
    const text = ANSWERS[0] ?? "";
    const viaEngine = answer(state, text);
    const analysed = analyzeAnswer(analysisInputFor(state, text));
    if (!analysed.ok) throw new Error(analysed.error.message);
    expect(analysed.value).toEqual(viaEngine.analysis);
    const answered = recordAnswer(state, text, analysed.value);
    const wording = "In your own words, which part of the migration was yours?";
    const viaLayer = askProbe(answered, planNextProbe(answered), wording);
    expect(viaLayer.turn).toEqual({ ...viaEngine.turn, text: wording });
  });
});

describe("a reply to a follow-up is judged on what the follow-up asked", () => {
  const PRINCIPLE = "When is it right to keep struggling alone?";
  // A clean story, so the question's own follow-up is asked next.
  const CLEAN =
    "In March I took over the flaky deploy pipeline from Ana after she moved teams. I was nervous, because release day was two weeks out. I read every failed run from the last month and found that 31 of 40 failures came from one cache step, so I rewrote that step and ran it beside the old one for a week. Failures dropped to two in the next month. What I do now is read the failures before I touch any code.";
  const VIEW =
    "For about a day, when the problem is mine and the cost of being slow is only my time. Past that I'd ask, because someone who knows the system can save me a week, and being stuck quietly hides a risk from the team. The exception is a production incident: there I ask in the first ten minutes.";

  function authoredAsked() {
    const question = makeQuestion({ followUps: [PRINCIPLE] });
    const { state } = startedInterview({
      round: "behavioral",
      questions: [question, makeQuestion()],
      seed: 4,
      questionCount: 2,
    });
    const answered = recordAnswer(state, CLEAN, makeAnalysis(CLEAN));
    const step = planNextProbe(answered);
    expect(step).toMatchObject({ kind: "authored", text: PRINCIPLE });
    return askProbe(answered, step).state;
  }

  it("reads a principle follow-up's reply as a view: no story checklist in what is shown", () => {
    const step = answer(authoredAsked(), VIEW);
    const shown = step.analysis.flags.map((flag) => flag.code);
    for (const code of ["no-feelings", "no-outcome", "no-reflection"] as const) {
      expect(shown).not.toContain(code);
    }
    // The interviewer still knows the reply, read as part of the story, tells none of those.
    const answered = step.state.turns.findLast((turn) => turn.answer !== undefined);
    const checklist = answered?.answer?.checklist?.map((flag) => flag.code) ?? [];
    expect(checklist).toEqual(expect.arrayContaining(["no-feelings", "no-outcome"]));
  });

  it("gives the transcript the input the reply was judged with, for a second opinion", () => {
    const step = answer(authoredAsked(), VIEW);
    const entry = transcriptOf(step.state).findLast((turn) => turn.answer !== undefined);
    // A principle follow-up asks for a view, and the reply is judged as one.
    expect(entry?.analysisInput).toMatchObject({
      kind: "opinion",
      followUp: { question: PRINCIPLE, targets: ["vague"] },
    });
    expect(entry?.analysisInput?.question).not.toContain(PRINCIPLE);
  });

  it("judges a gap follow-up's reply on the gap it pressed, and notes it ran out there", () => {
    const { state } = startedInterview({
      round: "behavioral",
      questions: bank("behavioral", 2),
      seed: 3,
    });
    const first = answer(state, ANSWERS[0] ?? "");
    expect(first.turn).toMatchObject({ kind: "follow-up", targets: ["we-not-i"] });
    const dodge = "It was a group effort, honestly. Everyone chipped in and we got there together.";
    const second = answer(first.state, dodge);
    const shown = second.analysis.flags.map((flag) => flag.code);
    expect(shown).toContain("we-not-i");
    expect(shown).not.toContain("no-outcome");
    expect(second.state.ranOut).toEqual([expect.objectContaining({ target: "we-not-i" })]);
  });

  it("scores the question with its follow-ups: a filled gap raises it, a dodge does not", () => {
    const { state } = startedInterview({
      round: "behavioral",
      questions: bank("behavioral", 2),
      seed: 3,
    });
    const first = answer(state, ANSWERS[0] ?? "");
    const main = first.analysis.overall;
    const filled = answer(first.state, ANSWERS[1] ?? "");
    const raised = buildInterviewReport(filled.state, []).questions[0];
    expect(raised?.answer?.analysis.overall).toBe(main);
    expect(raised?.overall).toBeGreaterThan(main);
    const dodged = answer(first.state, "It was a group effort. We all got there together.");
    expect(buildInterviewReport(dodged.state, []).questions[0]?.overall).toBe(main);
  });

  it("keeps the main answer's analysis whole, with no separate checklist", () => {
    const { state } = startedInterview({
      round: "behavioral",
      questions: bank("behavioral", 2),
      seed: 3,
    });
    const first = answer(state, ANSWERS[0] ?? "");
    expect(first.state.turns[0]?.answer?.checklist).toBeUndefined();
    expect(turnInputsFor(state, ANSWERS[0] ?? "")).toEqual({
      judged: analysisInputFor(state, ANSWERS[0] ?? ""),
    });
  });
});

describe("interruption", () => {
  it("interrupts politely on the turn after an answer of more than about three minutes", () => {
    const { state } = startedInterview({
      round: "behavioral",
      questions: bank("behavioral", 3),
      seed: 5,
    });
    const step = answer(state, longAnswer(INTERRUPT_AFTER_WORDS + 60));
    expect(step.analysis.stats.words).toBeGreaterThan(INTERRUPT_AFTER_WORDS);
    expect(step.turn.interrupted).toBe(true);
    expect(step.turn.text).toMatch(/^Let me stop you there — /);
    const next = answer(step.state, ANSWERS[1] ?? "");
    expect(next.turn.interrupted).toBeUndefined();
  });

  it("lets an answer of three minutes finish", () => {
    const { state } = startedInterview({
      round: "behavioral",
      questions: bank("behavioral", 3),
      seed: 5,
    });
    const step = answer(state, longAnswer(INTERRUPT_AFTER_WORDS - 10));
    expect(step.turn.interrupted).toBeUndefined();
    expect(step.turn.text).not.toMatch(/stop you there/);
  });
});

describe("project deep dive", () => {
  const PROJECT =
    "In 2022 I led the rewrite of our invoice reconciliation pipeline at Acme, moving 2 million invoices a day from nightly cron jobs to a Kafka stream. I chose Kafka over SQS because we needed replay. Reconciliation lag fell from 14 hours to 9 minutes.";
  const CONCRETE =
    "I picked Kafka over SQS because finance needed to replay a day of events after a bad deploy; SQS would have lost them after the 14-day retention. I made the call with our staff engineer Priya in a two-page design doc in March.";
  const VAGUE =
    "It was mostly fine, things generally worked and people were happy with it overall.";

  it("probes the project and stops on a vague answer, noting the edge", () => {
    const questions = [
      makeQuestion({
        id: "deep-project",
        rounds: ["hiring-manager"],
        storyTypes: ["project-end-to-end"],
      }),
      makeQuestion({ id: "deep-other", rounds: ["hiring-manager"] }),
    ];
    const { state } = startedInterview({ round: "hiring-manager", questions, seed: 1 });
    expect(state.plan[0]?.id).toBe("deep-project");
    const first = answer(state, PROJECT);
    expect(first.turn.kind).toBe("follow-up");
    expect(first.state.turns.at(-1)?.probe.kind).toBe("deep-dive");
    expect(first.turn.text).toContain("invoice reconciliation pipeline");
    const second = answer(first.state, CONCRETE);
    expect(second.state.turns.at(-1)?.probe.kind).toBe("deep-dive");
    const third = answer(second.state, VAGUE);
    expect(third.analysis.flags.map((flag) => flag.code)).toContain("vague");
    expect(third.turn).toMatchObject({ kind: "question", questionId: "deep-other" });
    expect(third.state.edges).toEqual([
      expect.objectContaining({ questionId: "deep-project", depth: 1, quote: VAGUE }),
    ]);
  });

  it("asks about rationale, failure, measurement and redesign, never the same aspect twice", () => {
    const questions = [makeQuestion({ id: "deep-only", rounds: ["hiring-manager"] })];
    const { state } = startedInterview({ round: "hiring-manager", questions, seed: 1 });
    const plain =
      "In 2022 I led the rewrite of our invoice reconciliation pipeline at Acme, moving 2 million invoices a day from nightly cron jobs to a Kafka stream. Reconciliation lag fell from 14 hours to 9 minutes.";
    // Answers that never weigh an alternative, so every aspect is still open when it comes up.
    const concrete =
      "Finance needed to replay a day of events after a bad deploy, which the old jobs could not do. I made the call with our staff engineer Priya in a two-page design doc in March.";
    const { state: finished } = runToEnd(state, [plain, concrete]);
    const aspects = finished.turns.flatMap((turn) =>
      turn.probe.kind === "deep-dive" ? [turn.probe.aspect] : [],
    );
    expect(aspects).toHaveLength(4);
    expect(new Set(aspects).size).toBe(4);
  });

  it("does not ask why this design over another once the candidate has weighed the alternative", () => {
    const questions = [makeQuestion({ id: "deep-only", rounds: ["hiring-manager"] })];
    const { state } = startedInterview({ round: "hiring-manager", questions, seed: 1 });
    // PROJECT says "I chose Kafka over SQS because we needed replay".
    const { state: finished } = runToEnd(state, [PROJECT, CONCRETE]);
    const aspects = finished.turns.flatMap((turn) =>
      turn.probe.kind === "deep-dive" ? [turn.probe.aspect] : [],
    );
    expect(aspects).not.toContain("rationale");
    expect(new Set(aspects)).toEqual(new Set(["failure", "measurement", "redesign"]));
  });
});

describe("determinism and resuming", () => {
  const questions = [...bank("values", 8), ...bank("behavioral", 2)];

  it("runs identically for the same seed and answers", () => {
    const a = startedInterview({ round: "values", questions, seed: 77 });
    const b = startedInterview({ round: "values", questions, seed: 77 });
    expect(runToEnd(a.state, ANSWERS)).toEqual(runToEnd(b.state, ANSWERS));
  });

  it("survives a JSON round trip at every turn and continues identically", () => {
    const { state } = startedInterview({ round: "values", questions, seed: 31 });
    const straight = runToEnd(state, ANSWERS);
    let current = state;
    for (let i = 0; current.status === "active"; i += 1) {
      const restored = JSON.parse(JSON.stringify(current)) as InterviewState;
      expect(restored).toEqual(current);
      const resumed = runToEnd(restored, ANSWERS, i);
      expect(JSON.stringify(resumed.state)).toBe(JSON.stringify(straight.state));
      current = answer(current, ANSWERS[i % ANSWERS.length] ?? "").state;
    }
  });
});

describe("an interview that opens on the candidate's choice", () => {
  const questions = bank("values", 6);

  it("asks a chosen bank question first, then the rest of the round", () => {
    const chosen = questions[4];
    if (chosen === undefined) throw new Error("the bank is too small");
    const { state, turn } = startedInterview({
      round: "values",
      questions,
      seed: 8,
      opening: { question: chosen },
    });
    expect(turn).toMatchObject({ kind: "question", questionId: chosen.id });
    expect(turn.text).toContain(chosen.prompt);
    const { turns } = runToEnd(state, ANSWERS);
    const mains = turns.filter((t) => t.kind === "question").map((t) => t.questionId);
    expect(mains).toHaveLength(state.plan.length - 1);
    expect(mains).not.toContain(chosen.id);
  });

  it("asks the candidate's own question without a bank id, reads answers by its kind, and moves on", () => {
    const prompt = "Should a lab ever delay a launch for a safety evaluation nobody asked for?";
    const { state, turn } = startedInterview({
      round: "values",
      questions,
      seed: 8,
      opening: { own: { prompt, kind: "opinion" } },
    });
    expect(turn.kind).toBe("question");
    expect(turn.text).toContain(prompt);
    expect(turn).not.toHaveProperty("questionId");
    expect(analysisInputFor(state, "I think so.")).toMatchObject({
      kind: "opinion",
      question: prompt,
    });

    const view =
      "I think it should, because a launch can wait a week and a harm cannot be recalled. My doubt is who decides.";
    const first = answer(state, view);
    // An opinion is challenged, as a bank opinion question would be.
    const thread = [first];
    let current = first;
    while (current.turn.kind !== "question" && current.turn.kind !== "end") {
      current = answer(current.state, view);
      thread.push(current);
    }
    expect(thread.some((step) => step.turn.kind === "pushback")).toBe(true);
    expect(current.turn.kind).toBe("question");
    expect(current.turn.questionId).toBe(state.plan[1]?.id);
    expect(
      transcriptOf(current.state).filter(
        (t) => "questionId" in t && t.questionId === OWN_QUESTION_ID,
      ),
    ).toEqual([]);

    // The whole state, own question included, is plain JSON: a resume needs nothing else.
    const restored = JSON.parse(JSON.stringify(current.state)) as InterviewState;
    expect(runToEnd(restored, ANSWERS)).toEqual(runToEnd(current.state, ANSWERS));
  });
});
