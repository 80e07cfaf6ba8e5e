import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { WorkSample } from "../../../core/work-samples/parse-work-sample.ts";
import { gradeReview } from "../../../core/work-samples/review-grader.ts";
import type { WorkSampleCatalog } from "../../content/work-sample-catalog.ts";
import { findDraft, saveDraft } from "../../db/code-drafts-repository.ts";
import type { Db } from "../../db/database.ts";
import { invalidRequest, notFound } from "../../http/errors.ts";
import {
  draftResponseSchema,
  MAX_DRAFT_FILES,
  gradedReviewResponseSchema,
  listWorkSamplesResponseSchema,
  reviewBodySchema,
  saveDraftBodySchema,
  savedDraftResponseSchema,
  WORK_SAMPLE_BODY_LIMIT_BYTES,
  workSampleIdParamsSchema,
  type WorkSampleDraftBody,
  type WorkSampleView,
} from "../../../core/api/work-samples.ts";

/** The drafts of a work sample are kept under this subject (code_drafts.subject). */
export function workSampleDraftSubject(sampleId: string): string {
  return `work-sample:${sampleId}`;
}

/** Work samples: list, read one, this user's draft of it, and grading a review. */
export const workSampleRoutes: FastifyPluginAsyncZod<{
  samples: WorkSampleCatalog;
  db: Db;
}> = async (app, { samples, db }) => {
  async function requireSample(id: string): Promise<WorkSample> {
    const sample = await samples.find(id);
    if (sample === undefined) throw notFound("work sample", id);
    return sample;
  }

  app.get(
    "/work-samples",
    { schema: { response: { 200: listWorkSamplesResponseSchema } } },
    async (): Promise<z.infer<typeof listWorkSamplesResponseSchema>> => {
      const list = await samples.list();
      return {
        total: list.length,
        samples: list.map(({ meta, files }) => ({
          id: meta.id,
          title: meta.title,
          kind: meta.kind,
          language: meta.language,
          difficulty: meta.difficulty,
          summary: meta.summary,
          minutes: meta.minutes,
          files: files.length,
        })),
      };
    },
  );

  app.get(
    "/work-samples/:id",
    { schema: { params: workSampleIdParamsSchema } },
    async (request): Promise<WorkSampleView> => {
      const { meta, brief, files, tests, newCases, review } = await requireSample(
        request.params.id,
      );
      return {
        meta,
        brief,
        files,
        tests,
        newCases,
        ...(review === undefined
          ? {}
          : { review: { diff: review.diff, issueCount: review.issues.length } }),
      };
    },
  );

  app.get(
    "/work-samples/:id/draft",
    { schema: { params: workSampleIdParamsSchema, response: { 200: draftResponseSchema } } },
    async (request) => {
      const sample = await requireSample(request.params.id);
      const draft = await findDraft(
        db,
        request.user.id,
        workSampleDraftSubject(sample.meta.id),
        sample.meta.language,
      );
      const saved = draft === undefined ? {} : (JSON.parse(draft.code) as WorkSampleDraftBody);
      return {
        files: saved.files ?? null,
        findings: saved.findings ?? null,
        updatedAt: draft?.updatedAt.toISOString() ?? null,
      };
    },
  );

  app.put(
    "/work-samples/:id/draft",
    {
      bodyLimit: WORK_SAMPLE_BODY_LIMIT_BYTES,
      schema: {
        params: workSampleIdParamsSchema,
        body: saveDraftBodySchema,
        response: { 200: savedDraftResponseSchema },
      },
    },
    async (request) => {
      const sample = await requireSample(request.params.id);
      const body = checkDraft(sample, request.body);
      const updatedAt = await saveDraft(db, request.user.id, {
        subject: workSampleDraftSubject(sample.meta.id),
        language: sample.meta.language,
        code: JSON.stringify(body),
      });
      return { updatedAt: updatedAt.toISOString() };
    },
  );

  app.post(
    "/work-samples/:id/review",
    {
      bodyLimit: WORK_SAMPLE_BODY_LIMIT_BYTES,
      schema: {
        params: workSampleIdParamsSchema,
        body: reviewBodySchema,
        response: { 200: gradedReviewResponseSchema },
      },
    },
    async (request) => {
      const sample = await requireSample(request.params.id);
      if (sample.review === undefined) throw notFound("review sample", sample.meta.id);
      return gradeReview(sample.review.issues, request.body.findings);
    },
  );
};

/**
 * A draft matches its sample: a review keeps findings, the others keep files. Files are the
 * codebase's, plus modules the candidate added in the sample's language (a refactor may split a
 * file), up to MAX_DRAFT_FILES in all.
 */
function checkDraft(sample: WorkSample, body: WorkSampleDraftBody): WorkSampleDraftBody {
  const isReview = sample.meta.kind === "review";
  if (isReview && body.files !== undefined) {
    throw invalidRequest("body.files", "a review keeps findings, not files");
  }
  if (!isReview && body.findings !== undefined) {
    throw invalidRequest("body.findings", `a ${sample.meta.kind} sample keeps files, not findings`);
  }
  const paths = Object.keys(body.files ?? {});
  if (paths.length > MAX_DRAFT_FILES) {
    throw invalidRequest("body.files", `holds more than ${String(MAX_DRAFT_FILES)} files`);
  }
  const known = new Set(sample.files.map((file) => file.path));
  const extension = `.${sample.meta.language}`;
  const foreign = paths.find((path) => !known.has(path) && !path.endsWith(extension));
  if (foreign !== undefined) {
    throw invalidRequest(`body.files.${foreign}`, `a new file of this sample ends in ${extension}`);
  }
  return body;
}
