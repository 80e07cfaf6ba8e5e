import type { AnalyzeRequest } from "../../core/api/analyze.ts";
import type {
  PracticeAttempt,
  PracticeAttemptList,
  PracticeAttemptSummary,
} from "../../core/api/practice-attempts.ts";
import type { Analysis, AnalyzeInput } from "../../core/analysis/index.ts";
import type { Question } from "../../core/content/schema.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { Db } from "../../node/db/database.ts";
import * as repository from "../../node/db/practice-attempts-repository.ts";
import type { AnalysisRunner } from "../analysis/analysis-pool.ts";
import { missing, type ServiceError } from "../http/errors.ts";

/** A practice error a client can act on; `field` names the request field at fault. */
export type PracticeServiceError = ServiceError<
  "not-found" | "invalid-request" | "empty-answer" | "answer-too-long"
>;

type ServiceResult<T> = Promise<Result<T, PracticeServiceError>>;

/** What the service needs, made once at start-up. */
export interface PracticeServiceDeps {
  db: Db;
  analysis: AnalysisRunner;
  /** A bank question by id, to check an attempt's `questionId` and keep its prompt. */
  findQuestion: (id: string) => Question | undefined;
}

/** An analysis, and the id of the attempt it was kept as (absent when the request opted out). */
export type PracticeAnalysis = Analysis & { attemptId?: string };

/**
 * Practice answers and their history: every analysis asked for is kept as an attempt of the
 * requesting user, unless the request opts out, and only that user lists, opens or deletes it.
 * Another user's attempt is missing exactly as an absent one is.
 */
export function createPracticeService(deps: PracticeServiceDeps) {
  const { db, analysis } = deps;

  return {
    /** Analyses an answer and, unless `record` is false, keeps it with its analysis. */
    async analyze(userId: string, request: AnalyzeRequest): ServiceResult<PracticeAnalysis> {
      const { text, kind, question, questionId, changedMind, view, challenge, record } = request;
      const bankQuestion = questionId === undefined ? undefined : deps.findQuestion(questionId);
      if (questionId !== undefined && bankQuestion === undefined) {
        return err({
          code: "invalid-request",
          field: "body.questionId",
          message: `"${questionId}" is not a question of the bank`,
        });
      }
      // The bank's prompt, when the answer is to a bank question: what the history shows.
      const questionText = bankQuestion?.prompt ?? question;
      const input: AnalyzeInput = {
        text,
        kind,
        ...(questionText === undefined || questionText.trim() === ""
          ? {}
          : { question: questionText }),
        ...(changedMind === undefined ? {} : { changedMind }),
        ...(view === undefined ? {} : { view }),
        ...(challenge === undefined ? {} : { challenge }),
      };
      const result = await analysis.analyze(input);
      if (!result.ok) return err(result.error);
      if (record === false) return ok(result.value);
      const kept = await repository.createPracticeAttempt(db, userId, {
        questionId: questionId ?? null,
        question: input.question ?? null,
        kind,
        answer: text,
        analysis: result.value,
      });
      return ok({ ...result.value, attemptId: kept.id });
    },

    /** This user's attempts, newest first, a page at a time. */
    async list(
      userId: string,
      query: repository.PracticeAttemptQuery,
    ): Promise<PracticeAttemptList> {
      // One more than the page, to tell whether another page follows.
      const rows = await repository.listPracticeAttempts(db, userId, {
        ...query,
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      return {
        attempts: page.map(summaryView),
        nextBefore: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
      };
    },

    /** One of this user's attempts, with its full analysis. */
    async find(userId: string, id: string): ServiceResult<PracticeAttempt> {
      const attempt = await repository.findPracticeAttempt(db, userId, id);
      return attempt === undefined
        ? err(missing("practice attempt", id))
        : ok({ ...attempt, createdAt: attempt.createdAt.toISOString() });
    },

    /** Deletes one of this user's attempts. */
    async remove(userId: string, id: string): ServiceResult<true> {
      const deleted = await repository.deletePracticeAttempt(db, userId, id);
      return deleted ? ok(true) : err(missing("practice attempt", id));
    },
  };
}

/** The practice service's interface. */
export type PracticeService = ReturnType<typeof createPracticeService>;

function summaryView(summary: repository.PracticeAttemptSummary): PracticeAttemptSummary {
  return { ...summary, createdAt: summary.createdAt.toISOString() };
}
