import {
  buildAssessmentReport,
  buildSessionView,
  elapsedSinceStart,
  levelCases,
  recordSubmission,
  sessionStatus,
  summarizeAssessment,
  summarizeSession,
  type Assessment,
  type AssessmentReport,
  type AssessmentSummary,
  type LevelSubmission,
  type SessionSummary,
  type SessionView,
} from "../../core/assessments/index.ts";
import type { Language } from "../../core/problems/schema.ts";
import { err, ok, type Result } from "../../core/result.ts";
import {
  changeAssessmentSession,
  createAssessmentSession,
  findAssessmentSession,
  listAssessmentSessions,
  type AssessmentSession,
} from "../../node/db/assessment-sessions-repository.ts";
import { findDraft, saveDraft } from "../../node/db/code-drafts-repository.ts";
import type { AssessmentCatalog } from "../../node/content/assessment-catalog.ts";
import type { Db } from "../../node/db/database.ts";
import { missing, type ServiceError } from "../http/errors.ts";

/** An assessment error a client can act on; `field` names the request field at fault. */
export type AssessmentServiceError = ServiceError<
  "not-found" | "invalid-request" | "assessment-over" | "level-locked"
>;

/** What the service needs, made once at start-up. */
export interface AssessmentServiceDeps {
  db: Db;
  assessments: AssessmentCatalog;
  /** The server's clock; tests may fix it. */
  now?: () => Date;
}

type ServiceResult<T> = Promise<Result<T, AssessmentServiceError>>;

/** The timed assessments behind the API: sessions on the server's clock, results and drafts. */
export interface AssessmentService {
  list(): Promise<AssessmentSummary[]>;
  start(userId: string, assessmentId: string, language: Language): ServiceResult<SessionView>;
  sessions(userId: string): Promise<SessionSummary[]>;
  session(userId: string, sessionId: string): ServiceResult<SessionView>;
  recordResult(
    userId: string,
    sessionId: string,
    submission: LevelSubmission,
  ): ServiceResult<SessionView>;
  finish(userId: string, sessionId: string): ServiceResult<SessionView>;
  report(userId: string, sessionId: string): ServiceResult<AssessmentReport>;
  saveDraft(userId: string, sessionId: string, code: string): ServiceResult<{ updatedAt: string }>;
}

/** A draft's subject: one per session, carried from level to level as the code grows. */
export function draftSubject(sessionId: string): string {
  return `assessment:${sessionId}`;
}

/** Builds the service over the loaded assessments and the database. */
export function createAssessmentService(deps: AssessmentServiceDeps): AssessmentService {
  const { db, assessments } = deps;
  const now = deps.now ?? (() => new Date());

  /** This user's session with its assessment, or 404 (also for another user's session). */
  async function load(
    userId: string,
    sessionId: string,
  ): ServiceResult<{ session: AssessmentSession; assessment: Assessment }> {
    const session = await findAssessmentSession(db, userId, sessionId);
    if (session === undefined) return err(missingSession(sessionId));
    const assessment = await assessments.find(session.assessmentId);
    if (assessment === undefined) {
      return err({
        code: "not-found",
        message: `The assessment "${session.assessmentId}" of this session is no longer available.`,
      });
    }
    return ok({ session, assessment });
  }

  async function view(
    userId: string,
    session: AssessmentSession,
    assessment: Assessment,
  ): Promise<SessionView> {
    const draft = await findDraft(db, userId, draftSubject(session.id), session.language);
    return buildSessionView(assessment, session, now(), draft);
  }

  return {
    list: async () => (await assessments.all()).map(summarizeAssessment),

    async start(userId, assessmentId, language) {
      const assessment = await assessments.find(assessmentId);
      if (assessment === undefined) return err(missing("assessment", assessmentId));
      const session = await createAssessmentSession(db, userId, {
        assessmentId,
        language,
        durationMinutes: assessment.meta.durationMinutes,
        now: now(),
      });
      return ok(buildSessionView(assessment, session, now(), undefined));
    },

    async sessions(userId) {
      const at = now();
      const [sessions, known] = await Promise.all([
        listAssessmentSessions(db, userId),
        assessments.all(),
      ]);
      return sessions.map((session) =>
        summarizeSession(
          session,
          known.find((assessment) => assessment.meta.id === session.assessmentId),
          at,
        ),
      );
    },

    async session(userId, sessionId) {
      const loaded = await load(userId, sessionId);
      if (!loaded.ok) return loaded;
      return ok(await view(userId, loaded.value.session, loaded.value.assessment));
    },

    async recordResult(userId, sessionId, submission) {
      const loaded = await load(userId, sessionId);
      if (!loaded.ok) return loaded;
      const { assessment } = loaded.value;
      // Worked out again on the locked row: results sent at once each count.
      const changed = await changeAssessmentSession<
        Result<AssessmentSession, AssessmentServiceError>
      >(db, userId, sessionId, (session) => {
        const at = now();
        const closed = refuseWhenOver(session, at);
        if (closed !== undefined) return { value: err(closed) };
        const recorded = recordSubmission(
          assessment.meta.levels,
          session.levelResults,
          submission,
          {
            elapsedMs: elapsedSinceStart(session, at),
            testCount: levelCases(assessment, submission.level, "all").length,
          },
        );
        if (!recorded.ok) {
          const { code, message } = recorded.error;
          if (code === "level-locked") return { value: err({ code, message }) };
          return {
            value: err({
              code: "invalid-request",
              message,
              field: SUBMISSION_FIELDS[code],
            }),
          };
        }
        const updated = { ...session, levelResults: recorded.value };
        const { levelResults, status, finishedAt } = updated;
        return { write: { levelResults, status, finishedAt }, value: ok(updated) };
      });
      if (changed === undefined) return err(missingSession(sessionId));
      if (!changed.value.ok) return changed.value;
      return ok(await view(userId, changed.value.value, assessment));
    },

    async finish(userId, sessionId) {
      const loaded = await load(userId, sessionId);
      if (!loaded.ok) return loaded;
      const { assessment } = loaded.value;
      const changed = await changeAssessmentSession(db, userId, sessionId, (session) => {
        if (session.status === "finished") return { value: session };
        const finished = { ...session, status: "finished" as const, finishedAt: now() };
        const { levelResults, status, finishedAt } = finished;
        return { write: { levelResults, status, finishedAt }, value: finished };
      });
      if (changed === undefined) return err(missingSession(sessionId));
      return ok(await view(userId, changed.value, assessment));
    },

    async report(userId, sessionId) {
      const loaded = await load(userId, sessionId);
      if (!loaded.ok) return loaded;
      return ok(buildAssessmentReport(loaded.value.assessment, loaded.value.session, now()));
    },

    async saveDraft(userId, sessionId, code) {
      const session = await findAssessmentSession(db, userId, sessionId);
      if (session === undefined) return err(missingSession(sessionId));
      const updatedAt = await saveDraft(db, userId, {
        subject: draftSubject(session.id),
        language: session.language,
        code,
      });
      return ok({ updatedAt: updatedAt.toISOString() });
    },
  };
}

/** The request field each refused submission is about. */
const SUBMISSION_FIELDS = {
  "unknown-level": "body.level",
  "wrong-total": "body.total",
  "too-many-passed": "body.passed",
} as const;

/** Results change only while the clock runs and the session is open. */
function refuseWhenOver(session: AssessmentSession, at: Date): AssessmentServiceError | undefined {
  const status = sessionStatus(session, at);
  if (status === "finished") {
    return {
      code: "assessment-over",
      message: "This assessment is finished: results can no longer be recorded.",
    };
  }
  if (status === "expired") {
    const minutes = Math.round(
      (session.deadlineAt.getTime() - session.startedAt.getTime()) / 60_000,
    );
    return {
      code: "assessment-over",
      message:
        `Time is up: this assessment's ${String(minutes)} minutes ended at ` +
        `${session.deadlineAt.toISOString()}, so results can no longer be recorded.`,
    };
  }
  return undefined;
}

function missingSession(sessionId: string): AssessmentServiceError {
  return missing("assessment session", sessionId);
}
