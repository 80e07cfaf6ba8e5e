import {
  type ProblemDraft,
  type ProblemList,
  type ProblemSolution,
  type ProblemView,
  type SavedProblemDraft,
  type SubmissionList,
  SUBMISSIONS_LISTED,
  type SubmissionView,
  type submissionBodySchema,
} from "../../core/api/problems.ts";
import type { z } from "zod";

type SubmissionBody = z.output<typeof submissionBodySchema>;

function submissionView(row: ProblemSubmissionRow): SubmissionView {
  return {
    id: row.id,
    language: row.language as SubmissionView["language"],
    code: row.code,
    passed: row.passed,
    total: row.total,
    accepted: row.passed === row.total,
    createdAt: row.createdAt.toISOString(),
  };
}
import type { Problem } from "../../core/problems/parse-problem.ts";
import type { Language } from "../../core/problems/schema.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { ProblemCatalog } from "../../node/content/problem-catalog.ts";
import { findDraft, saveDraft } from "../../node/db/code-drafts-repository.ts";
import {
  listSubmissions,
  type ProblemSubmissionRow,
  recordSubmission,
  submissionMarks,
} from "../../node/db/problem-submissions-repository.ts";
import type { Db } from "../../node/db/database.ts";
import { missing, type ServiceError } from "../http/errors.ts";

/** A coding-problem error a client can act on. */
export type ProblemServiceError = ServiceError<"not-found">;

type ServiceResult<T> = Promise<Result<T, ProblemServiceError>>;

/** The drafts of a problem's code are kept under this subject (code_drafts.subject). */
export function problemDraftSubject(problemId: string): string {
  return `problem:${problemId}`;
}

/** Coding problems: the list, one problem, its reference solutions, and this user's drafts. */
export function createProblemService(deps: { problems: ProblemCatalog; db: Db }) {
  const { problems, db } = deps;

  async function load(id: string): ServiceResult<Problem> {
    const problem = await problems.find(id);
    return problem === undefined ? err(missing("problem", id)) : ok(problem);
  }

  return {
    /** Every problem with what a list shows and filters on, and this user's mark on it. */
    async list(userId: string): Promise<ProblemList> {
      const [list, marks] = await Promise.all([problems.list(), submissionMarks(db, userId)]);
      return {
        total: list.length,
        problems: list.map(({ id, title, difficulty, kind, themes, summary }) => {
          const solved = marks.get(id);
          return {
            id,
            title,
            difficulty,
            kind,
            themes,
            summary,
            ...(solved === undefined ? {} : { mark: solved ? "solved" : "attempted" }),
          };
        }),
      };
    },

    /** Keeps a submission of a known problem, as the browser ran it. */
    async submit(userId: string, id: string, body: SubmissionBody): ServiceResult<SubmissionView> {
      const loaded = await load(id);
      if (!loaded.ok) return loaded;
      const row = await recordSubmission(db, userId, { problemId: loaded.value.meta.id, ...body });
      return ok(submissionView(row));
    },

    /** This user's newest submissions of a known problem. */
    async submissions(userId: string, id: string): ServiceResult<SubmissionList> {
      const loaded = await load(id);
      if (!loaded.ok) return loaded;
      const rows = await listSubmissions(db, userId, loaded.value.meta.id, SUBMISSIONS_LISTED);
      return ok({ submissions: rows.map(submissionView) });
    },

    /** One problem without its reference solutions, which are fetched one at a time. */
    async find(id: string): ServiceResult<ProblemView> {
      const loaded = await load(id);
      if (!loaded.ok) return loaded;
      const { meta, statement, tests, starters, solutions } = loaded.value;
      return ok({
        meta,
        statement,
        tests,
        starters,
        solutionAvailable: Object.keys(solutions).length > 0,
      });
    },

    /** The reference solution in one language. */
    async solution(id: string, language: Language): ServiceResult<ProblemSolution> {
      const loaded = await load(id);
      if (!loaded.ok) return loaded;
      return ok({ id: loaded.value.meta.id, language, code: loaded.value.solutions[language] });
    },

    /** This user's saved code for a problem in one language; null fields when none was saved. */
    async draft(userId: string, id: string, language: Language): ServiceResult<ProblemDraft> {
      const loaded = await load(id);
      if (!loaded.ok) return loaded;
      const draft = await findDraft(
        db,
        userId,
        problemDraftSubject(loaded.value.meta.id),
        language,
      );
      return ok({
        language,
        code: draft?.code ?? null,
        updatedAt: draft?.updatedAt.toISOString() ?? null,
      });
    },

    /** Keeps this user's code for a problem in one language, replacing what was there. */
    async saveDraft(
      userId: string,
      id: string,
      language: Language,
      code: string,
    ): ServiceResult<SavedProblemDraft> {
      const loaded = await load(id);
      if (!loaded.ok) return loaded;
      const updatedAt = await saveDraft(db, userId, {
        subject: problemDraftSubject(loaded.value.meta.id),
        language,
        code,
      });
      return ok({ language, updatedAt: updatedAt.toISOString() });
    },
  };
}

/** The problem service's interface. */
export type ProblemService = ReturnType<typeof createProblemService>;
