import type { Analysis } from "../../core/analysis/index.ts";
import type { RoundId } from "../../core/content/schema.ts";
import {
  INTERVIEW_ROUNDS,
  type AnsweredText,
  type AnswerContextInput,
  type InterviewRound,
  type InterviewTurn,
  type OwnQuestion,
  type OwnQuestionKind,
  type PushbackOutcome,
  type WhyCompanyVerdict,
} from "../../core/interview/index.ts";
import { apiRequest, ApiError } from "./client.ts";
import { readEventStream } from "./event-stream.ts";

/** Where an interview stands. */
export type InterviewStatus = "active" | "finished" | "abandoned";

/**
 * An interviewer turn as the API sends it: with a notice when the offline engine stood in, and
 * the server's time it was asked (absent in interviews stored before that was recorded).
 */
export type TurnView = InterviewTurn & { notice?: string; askedAt?: string };

/** A turn of the transcript, with the answer given to it once there is one. */
export type TranscriptTurn = TurnView & {
  answer?: AnsweredText;
  /** What the answer was analysed as (its kind and question), for a second opinion to match. */
  analysisInput?: AnswerContextInput;
};

/** `GET /api/interviews/:id`. */
export interface InterviewTranscript {
  id: string;
  round: InterviewRound;
  status: InterviewStatus;
  createdAt: string;
  /** Main questions planned for the round, the opening included. */
  questions: number;
  /** The server's clock when it answered, to time the open turn without the browser's clock. */
  serverTime: string;
  turns: TranscriptTurn[];
}

/** `POST /api/interviews`: a round and, optionally, the question to open on. */
export interface StartInterviewRequest {
  round: InterviewRound;
  questionId?: string;
  question?: OwnQuestion;
}

/** Starts an interview and returns its id and first turn; throws an ApiError on refusal. */
export function startInterview(
  request: StartInterviewRequest,
): Promise<{ id: string; turn: TurnView }> {
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

/** One row of `GET /api/interviews`. */
export interface InterviewSummary {
  id: string;
  round: InterviewRound;
  status: InterviewStatus;
  /** Main questions planned for the round. */
  questions: number;
  /** Answers given so far, follow-ups included. */
  answers: number;
  createdAt: string;
  updatedAt: string;
}

/** What an answer gets back: the analysis of the answer and the interviewer's next turn. */
export interface AnswerResult {
  turn: TurnView;
  analysis: Analysis;
}

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

interface ErrorBody {
  error?: { code?: string; message?: string };
}

/** The HTTP status each error would have had, for errors that arrive inside the stream. */
const STREAMED_ERROR_STATUS: Readonly<Record<string, number>> = {
  "empty-answer": 400,
  "answer-too-long": 400,
  "not-found": 404,
  "interview-over": 409,
  "turn-changed": 409,
};

function toApiError(status: number | undefined, body: unknown): ApiError {
  const error = (body as ErrorBody | undefined)?.error;
  const code = error?.code ?? "unknown";
  const httpStatus = status ?? STREAMED_ERROR_STATUS[code] ?? 500;
  return new ApiError(
    httpStatus,
    code,
    error?.message ?? `The server answered ${String(httpStatus)}.`,
  );
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
    throw toApiError(response.status, await response.json().catch(() => undefined));
  }

  let textSoFar = "";
  let outcome: { ok: true; value: AnswerResult } | { ok: false; error: ApiError } | undefined;
  try {
    await readEventStream(response.body, ({ event, data }) => {
      if (event === "analysis") handlers.onAnalysis(JSON.parse(data) as Analysis);
      else if (event === "delta") {
        textSoFar += (JSON.parse(data) as { text: string }).text;
        handlers.onText(textSoFar);
      } else if (event === "turn") outcome = { ok: true, value: JSON.parse(data) as AnswerResult };
      else if (event === "error")
        outcome = { ok: false, error: toApiError(undefined, JSON.parse(data)) };
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
