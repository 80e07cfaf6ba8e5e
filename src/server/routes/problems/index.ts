import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { Problem } from "../../../core/problems/parse-problem.ts";
import type { ProblemCatalog } from "../../content/problem-catalog.ts";
import { findDraft, saveDraft } from "../../db/code-drafts-repository.ts";
import type { Db } from "../../db/database.ts";
import { notFound } from "../../http/errors.ts";
import {
  DRAFT_BODY_LIMIT_BYTES,
  draftResponseSchema,
  listProblemsResponseSchema,
  problemIdParamsSchema,
  problemLanguageParamsSchema,
  type ProblemView,
  saveDraftBodySchema,
  savedDraftResponseSchema,
  solutionResponseSchema,
} from "../../../core/api/problems.ts";

/** The drafts of a problem's code are kept under this subject (code_drafts.subject). */
export function problemDraftSubject(problemId: string): string {
  return `problem:${problemId}`;
}

/** Coding problems: list, read one, its reference solutions, and this user's drafts. */
export const problemRoutes: FastifyPluginAsyncZod<{ problems: ProblemCatalog; db: Db }> = async (
  app,
  { problems, db },
) => {
  async function requireProblem(id: string): Promise<Problem> {
    const problem = await problems.find(id);
    if (problem === undefined) throw notFound("problem", id);
    return problem;
  }

  app.get(
    "/problems",
    { schema: { response: { 200: listProblemsResponseSchema } } },
    async (): Promise<z.infer<typeof listProblemsResponseSchema>> => {
      const list = await problems.list();
      return {
        total: list.length,
        problems: list.map(({ id, title, difficulty, kind, themes, summary }) => ({
          id,
          title,
          difficulty,
          kind,
          themes,
          summary,
        })),
      };
    },
  );

  app.get(
    "/problems/:id",
    // Not re-validated on the way out: built from validated content, and a problem's tests can
    // run to hundreds of kilobytes.
    { schema: { params: problemIdParamsSchema } },
    async (request): Promise<ProblemView> => {
      const { meta, statement, tests, starters, solutions } = await requireProblem(
        request.params.id,
      );
      return {
        meta,
        statement,
        tests,
        starters,
        solutionAvailable: Object.keys(solutions).length > 0,
      };
    },
  );

  app.get(
    "/problems/:id/solution/:lang",
    { schema: { params: problemLanguageParamsSchema, response: { 200: solutionResponseSchema } } },
    async (request) => {
      const { id, lang } = request.params;
      const problem = await requireProblem(id);
      return { id: problem.meta.id, language: lang, code: problem.solutions[lang] };
    },
  );

  app.get(
    "/problems/:id/draft/:lang",
    { schema: { params: problemLanguageParamsSchema, response: { 200: draftResponseSchema } } },
    async (request) => {
      const { id, lang } = request.params;
      const problem = await requireProblem(id);
      const draft = await findDraft(
        db,
        request.user.id,
        problemDraftSubject(problem.meta.id),
        lang,
      );
      return {
        language: lang,
        code: draft?.code ?? null,
        updatedAt: draft?.updatedAt.toISOString() ?? null,
      };
    },
  );

  app.put(
    "/problems/:id/draft/:lang",
    {
      bodyLimit: DRAFT_BODY_LIMIT_BYTES,
      schema: {
        params: problemLanguageParamsSchema,
        body: saveDraftBodySchema,
        response: { 200: savedDraftResponseSchema },
      },
    },
    async (request) => {
      const { id, lang } = request.params;
      const problem = await requireProblem(id);
      const updatedAt = await saveDraft(db, request.user.id, {
        subject: problemDraftSubject(problem.meta.id),
        language: lang,
        code: request.body.code,
      });
      return { language: lang, updatedAt: updatedAt.toISOString() };
    },
  );
};
