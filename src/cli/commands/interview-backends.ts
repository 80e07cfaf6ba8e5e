import type { Analysis } from "../../core/analysis/index.ts";
import type { InterviewReport, InterviewRound, InterviewTurn } from "../../core/interview/index.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { InterviewService } from "../../server/interviews/interview-service.ts";

/** An interviewer turn with the notice the server adds when the offline wording stood in. */
export type CliTurn = InterviewTurn & { notice?: string };

/** Where `candor interview` keeps its interview: its own database, or the running server. */
export interface InterviewBackend {
  start(round: InterviewRound): Promise<{ id: string; turn: CliTurn }>;
  answer(
    id: string,
    text: string,
    onDelta: (text: string) => void,
  ): Promise<Result<{ turn: CliTurn; analysis: Analysis }, { message: string }>>;
  report(id: string): Promise<Result<InterviewReport, { message: string }>>;
}

/** The interview kept in a database this process opened itself. */
export function localBackend(service: InterviewService, userId: string): InterviewBackend {
  return {
    start: (round) => service.start(userId, round),
    answer: (id, text, onDelta) => service.answer(userId, id, text, { onDelta }),
    report: (id) => service.report(userId, id),
  };
}

/** Thrown when the running server cannot be reached or answers with an error. */
export class RemoteInterviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RemoteInterviewError";
  }
}

async function call<T>(
  base: string,
  path: string,
  body?: unknown,
): Promise<Result<T, { message: string }>> {
  let response: Response;
  try {
    response = await fetch(`${base}/api${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new RemoteInterviewError(
      `Candor's server at ${base} stopped answering. The interview is saved there; resume it in the app.`,
    );
  }
  const parsed = (await response.json().catch(() => undefined)) as
    (T & { error?: { message?: string } }) | undefined;
  if (!response.ok) {
    return err({ message: parsed?.error?.message ?? `The server answered ${response.status}.` });
  }
  return ok(parsed as T);
}

/**
 * The interview kept by the Candor server already running on this data folder, over its HTTP
 * API: the app shows it as it happens, and nothing is written to the folder behind its back.
 */
export function remoteBackend(base: string): InterviewBackend {
  return {
    start: async (round) => {
      const started = await call<{ id: string; turn: CliTurn }>(base, "/interviews", { round });
      if (!started.ok) throw new RemoteInterviewError(started.error.message);
      return started.value;
    },
    answer: async (id, text, onDelta) => {
      const answered = await call<{ turn: CliTurn; analysis: Analysis }>(
        base,
        `/interviews/${encodeURIComponent(id)}/answers`,
        { text },
      );
      if (answered.ok) onDelta(answered.value.turn.text);
      return answered;
    },
    report: (id) => call<InterviewReport>(base, `/interviews/${encodeURIComponent(id)}/report`),
  };
}
