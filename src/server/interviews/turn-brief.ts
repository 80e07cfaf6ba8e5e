import {
  currentThread,
  type DesignArea,
  type InterviewState,
  type NextProbe,
} from "../../core/interview/index.ts";
import type { FlagCode } from "../../core/analysis/index.ts";
import type { TurnBrief } from "../llm/phrase-turn.ts";

const ROUND_NAMES: Record<InterviewState["round"], string> = {
  recruiter: "recruiter screen",
  values: "values and culture round",
  behavioral: "behavioral round",
  "hiring-manager": "hiring-manager project deep dive",
  "system-design": "system design round",
  coding: "coding round (the candidate narrates their approach)",
};

const GAP_INTENTS: Record<FlagCode, string> = {
  "no-feelings": "ask what they felt, and when",
  "we-not-i": "ask what they themselves did, as opposed to the team",
  "no-outcome": "ask what happened in the end",
  "no-reflection": "ask what they would do differently now",
  "alignment-signaling": "ask for one concrete example, or where they disagree",
  vague: "ask for numbers, names and dates",
  "no-critique": "ask for a real reservation or criticism they hold",
  "no-genuine-change": "ask what they believed before, what moved them, and what they believe now",
  "framework-recital": "ask them to drop the labels and just tell what happened",
  "too-long": "ask them to give the short version",
  hollow: "ask what actually happened behind the claim they made",
  "off-topic": "bring them back to the question that was asked",
};

const DEEP_DIVE_INTENTS = {
  rationale: "ask why it was built that way rather than another way",
  failure: "ask what failed, and what they did about it",
  measurement: "ask how they measured success, with the numbers",
  redesign: "ask what they would redesign if they started again",
} as const;

const DESIGN_INTENTS: Readonly<Record<DesignArea, string>> = {
  requirements: "ask what the system must do, and for a requirement with a number on it",
  api: "ask for the main calls: their paths or signatures, their errors and their limits",
  degradation:
    "ask what users get when the part they said can fail is overloaded or down: what it sheds or falls back to",
  scale: "ask for the numbers: how much load, how much data, how fast it must answer",
  data: "ask how the data is stored and keyed",
  failure: "ask what happens when a part of the design fails, and how it degrades",
  "trade-offs": "ask what the design gives up, and why that is the right price",
  complexity: "ask for the time and space complexity of the approach",
  "edge-cases": "ask which edge cases the approach must handle",
  testing: "ask how they would test it",
};

/** What the turn must do, in plain words, for the language model to phrase. */
export function intentOf(probe: NextProbe): string {
  switch (probe.kind) {
    case "question":
      return "ask the next main question as written";
    case "gap":
      return probe.targets.map((code) => GAP_INTENTS[code]).join("; and ");
    case "authored":
      return "ask this follow-up from the question bank";
    case "pushback":
      return "politely challenge the view they just stated with one counter-argument, and ask how they would answer it";
    case "deep-dive":
      return DEEP_DIVE_INTENTS[probe.aspect];
    case "design":
      return DESIGN_INTENTS[probe.area];
    case "end":
      return "close the interview";
  }
}

/** The brief for one turn: what the engine chose to ask, and the answer it follows. */
export function briefFor(
  state: InterviewState,
  probe: NextProbe,
  offlineText: string,
  answer: string,
): TurnBrief {
  const question =
    state.plan.find((item) => "questionId" in probe && item.id === probe.questionId)?.prompt ??
    state.plan[state.position]?.prompt ??
    "";
  // The thread about the current main question, without the latest answer (sent on its own).
  const turns = probe.kind === "question" ? [] : currentThread(state);
  const thread = turns.flatMap((turn, index) => {
    const asked = { speaker: "interviewer" as const, text: turn.body };
    const latest = index === turns.length - 1;
    if (turn.answer === undefined || latest) return [asked];
    return [asked, { speaker: "candidate" as const, text: turn.answer.text }];
  });
  return {
    round: ROUND_NAMES[state.round],
    question,
    intent: intentOf(probe),
    offlineText,
    answer,
    thread,
  };
}
