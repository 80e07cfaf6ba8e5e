import type {
  AnswerResult,
  InterviewReport,
  InterviewTranscript,
  StartedInterview,
} from "../../core/api/interviews.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { InterviewService, StartRequest } from "../../server/interviews/interview-service.ts";

/** What went wrong; `not-found` when the interview or question id names nothing. */
export interface BackendError {
  code: "not-found" | "failed";
  message: string;
}

/** An interview as far as resuming it in the terminal needs. */
export type CliTranscript = Pick<
  InterviewTranscript,
  "id" | "round" | "status" | "questions" | "turns"
>;

/** Where `candor interview` keeps its interview: its own database, or the running server. */
export interface InterviewBackend {
  start(request: StartRequest): Promise<Result<StartedInterview, BackendError>>;
  transcript(id: string): Promise<Result<CliTranscript, BackendError>>;
  answer(
    id: string,
    text: string,
    onDelta: (text: string) => void,
  ): Promise<Result<AnswerResult, BackendError>>;
  report(id: string): Promise<Result<InterviewReport, BackendError>>;
}

function failed(error: { code: string; message: string }): BackendError {
  return { code: error.code === "not-found" ? "not-found" : "failed", message: error.message };
}

function mapError<T>(
  result: Result<T, { code: string; message: string }>,
): Result<T, BackendError> {
  return result.ok ? result : err(failed(result.error));
}

/** The interview kept in a database this process opened itself. */
export function localBackend(service: InterviewService, userId: string): InterviewBackend {
  return {
    start: async (request) => mapError(await service.start(userId, request)),
    transcript: async (id) => {
      const result = await service.transcript(userId, id);
      if (!result.ok) return err(failed(result.error));
      const { round, status, questions, turns } = result.value;
      return ok({ id, round, status, questions, turns });
    },
    answer: async (id, text, onDelta) =>
      mapError(await service.answer(userId, id, text, { onDelta })),
    report: async (id) => mapError(await service.report(userId, id)),
  };
}

/** Thrown when the running server cannot be reached. */
export class RemoteInterviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RemoteInterviewError";
  }
}

async function call<T>(
  server: RemoteServer,
  path: string,
  body?: unknown,
): Promise<Result<T, BackendError>> {
  const base = server.url;
  let response: Response;
  try {
    response = await fetch(`${base}/api${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(server.cookie === undefined ? {} : { cookie: server.cookie }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new RemoteInterviewError(
      `Candor's server at ${base} stopped answering. The interview is saved there; resume it in the app.`,
    );
  }
  if (response.status === 401) {
    throw new RemoteInterviewError(
      server.cookie === undefined
        ? server.signInHint
        : `The session at ${base} ended (signed out, or the account was deleted); sign in again.`,
    );
  }
  const parsed = (await response.json().catch(() => undefined)) as
    (T & { error?: { message?: string } }) | undefined;
  if (!response.ok) {
    return err({
      code: response.status === 404 ? "not-found" : "failed",
      message: parsed?.error?.message ?? `The server answered ${String(response.status)}.`,
    });
  }
  return ok(parsed as T);
}

/** A Candor server the CLI talks to, and the session it signed in with, if any. */
export interface RemoteServer {
  url: string;
  /** The Cookie header of a session in accounts mode. */
  cookie?: string;
  /** What to say when the server wants a session and there is none. */
  signInHint: string;
}

/**
 * The interview kept by a running Candor server (the one on this data folder, or `--server`),
 * over its HTTP API: the app shows it as it happens, and nothing is written to the folder behind
 * its back.
 */
export function remoteBackend(server: RemoteServer): InterviewBackend {
  const at = (id: string) => `/interviews/${encodeURIComponent(id)}`;
  return {
    start: (request) => call<StartedInterview>(server, "/interviews", request),
    transcript: async (id) => {
      const result = await call<InterviewTranscript>(server, at(id));
      if (!result.ok) return result;
      const { round, status, questions, turns } = result.value;
      return ok({ id, round, status, questions, turns });
    },
    answer: async (id, text, onDelta) => {
      const answered = await call<AnswerResult>(server, `${at(id)}/answers`, { text });
      if (answered.ok) onDelta(answered.value.turn.text);
      return answered;
    },
    report: (id) => call<InterviewReport>(server, `${at(id)}/report`),
  };
}
