import type { Analysis } from "../../core/analysis/index.ts";
import { isErrorCode, statusOf } from "../../core/api/errors.ts";
import type {
  AnswerResult,
  AnswerStreamEvents,
  InterviewStatus,
  StartedInterview,
  StartInterviewRequest,
} from "../../core/api/interviews.ts";
import type { RoundId } from "../../core/content/schema.ts";
import {
  INTERVIEW_ROUNDS,
  type InterviewRound,
  type OwnQuestionKind,
  type PushbackOutcome,
  type WhyCompanyVerdict,
} from "../../core/interview/index.ts";
import { apiRequest, ApiError } from "./client.ts";
import { readEventStream } from "./event-stream.ts";

/** Starts an interview and returns its id and first turn; throws an ApiError on refusal. */
export function startInterview(request: StartInterviewRequest): Promise<StartedInterview> {
  return apiRequest("/interviews", { method: "POST", body: request });
}

/** The interview round for a bank question: the first of its rounds the interviewer runs. */
export function interviewRoundOf(rounds: readonly RoundId[]): InterviewRound | undefined {
  return rounds.find((round): round is InterviewRound =>
    (INTERVIEW_ROUNDS as readonly string[]).includes(round),
  );
}

/** How the start form names each kind of question a candidate may bring. */
export const OWN_QUESTION_KIND_LABELS: Readonly<Record<OwnQuestionKind, string>> = {
  values: "Values or a dilemma",
  behavioral: "A story from your past",
  why: "Why this company",
  opinion: "An opinion or view",
  design: "A design to talk through",
};

/** The kind of own question a round most often asks, offered first on the start form. */
export const USUAL_OWN_KIND: Readonly<Record<InterviewRound, OwnQuestionKind>> = {
  recruiter: "why",
  values: "values",
  behavioral: "behavioral",
  "hiring-manager": "behavioral",
  "system-design": "design",
  coding: "design",
};

/** The rounds as the start form offers them, in the order of a real loop. */
export const ROUND_DETAILS: Readonly<Record<InterviewRound, { name: string; summary: string }>> = {
  recruiter: {
    name: "Recruiter screen",
    summary: "Your background and, above all, whether your reason for this company is real.",
  },
  values: {
    name: "Values and culture",
    summary: "Dilemmas and views of yours, with gentle pushback to see whether you hold them.",
  },
  behavioral: {
    name: "Behavioral",
    summary: "Past situations: what you did yourself, what it cost and what you learned.",
  },
  "hiring-manager": {
    name: "Hiring-manager deep dive",
    summary: "One project of yours, probed until the answers reach the edge of what you know.",
  },
  "system-design": {
    name: "System design",
    summary: "Talk a design through: requirements, trade-offs, failure modes, degradation.",
  },
  coding: {
    name: "Coding",
    summary: "Talk through how you would approach a problem, as you would aloud.",
  },
};

/** How the transcript and the report name a candidate's response to pushback. */
export const PUSHBACK_OUTCOMES: Readonly<
  Record<PushbackOutcome, { label: string; meaning: string }>
> = {
  held: { label: "Held", meaning: "You kept your view and gave a reason." },
  updated: { label: "Updated", meaning: "You changed your view and said what moved you." },
  caved: { label: "Caved", meaning: "You gave ground without a reason for it." },
};

/** How the report names a "why this company" verdict. */
export const WHY_VERDICTS: Readonly<Record<WhyCompanyVerdict["verdict"], string>> = {
  "specific-with-view": "Specific, with a view",
  "named-without-view": "Named the work, but no view on it",
  generic: "Generic",
};

/** How an interview's status reads in the list and on its page. */
export const STATUS_LABELS: Readonly<Record<InterviewStatus, string>> = {
  active: "In progress",
  finished: "Finished",
  abandoned: "Abandoned",
};

/** What the streaming answer reports while the interviewer's next turn arrives. */
export interface AnswerStreamHandlers {
  /** The answer is recorded and analysed. */
  onAnalysis: (analysis: Analysis) => void;
  /** The next turn's text so far, growing with each piece. */
  onText: (textSoFar: string) => void;
}

/**
 * An error that arrived inside the stream, after the 200: given the status the same error has when
 * it is the whole answer, from the catalogue the server uses.
 */
function streamedError(body: AnswerStreamEvents["error"]): ApiError {
  const { code, message } = body.error;
  return new ApiError(isErrorCode(code) ? statusOf(code) : 500, code, message);
}

/**
 * Sends an answer and streams the reply as server-sent events: the analysis first, then the next
 * turn piece by piece as it is phrased. Resolves with the turn as saved; throws an ApiError with
 * the server's code and message (`empty-answer`, `interview-over`, `turn-changed`, ...).
 */
export async function sendAnswer(
  interviewId: string,
  text: string,
  turn: number,
  handlers: AnswerStreamHandlers,
  signal?: AbortSignal,
): Promise<AnswerResult> {
  let response: Response;
  try {
    response = await fetch(`/api/interviews/${encodeURIComponent(interviewId)}/answers`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ text, turn }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network", "Candor's server could not be reached. Is it still running?");
  }
  // Validation and ownership failures come before the stream starts, as plain JSON.
  if (!response.ok || response.body === null) {
    throw await ApiError.fromResponse(response);
  }

  let textSoFar = "";
  const parse = <E extends keyof AnswerStreamEvents>(_event: E, data: string) =>
    JSON.parse(data) as AnswerStreamEvents[E];
  let outcome: { ok: true; value: AnswerResult } | { ok: false; error: ApiError } | undefined;
  try {
    await readEventStream(response.body, ({ event, data }) => {
      if (event === "analysis") handlers.onAnalysis(parse(event, data));
      else if (event === "delta") {
        textSoFar += parse(event, data).text;
        handlers.onText(textSoFar);
      } else if (event === "turn") outcome = { ok: true, value: parse(event, data) };
      else if (event === "error") outcome = { ok: false, error: streamedError(parse(event, data)) };
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(
      0,
      "stream-broken",
      "The connection dropped before the interviewer replied.",
    );
  }
  if (outcome === undefined) {
    throw new ApiError(0, "stream-broken", "The connection closed before the interviewer replied.");
  }
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}
