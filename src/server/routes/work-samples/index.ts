import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  draftResponseSchema,
  gradedReviewResponseSchema,
  listWorkSamplesResponseSchema,
  reviewBodySchema,
  saveDraftBodySchema,
  savedDraftResponseSchema,
  WORK_SAMPLE_BODY_LIMIT_BYTES,
  workSampleIdParamsSchema,
  type WorkSampleList,
  type WorkSampleView,
} from "../../../core/api/work-samples.ts";
import { unwrap } from "../../http/errors.ts";
import type { WorkSampleService } from "../../work-samples/work-sample-service.ts";

/** Work samples' routes; the rules are the work-sample service's. */
export const workSampleRoutes: FastifyPluginAsyncZod<{ samples: WorkSampleService }> = async (
  app,
  { samples },
) => {
  app.get(
    "/work-samples",
    { schema: { response: { 200: listWorkSamplesResponseSchema } } },
    async (): Promise<WorkSampleList> => samples.list(),
  );

  app.get(
    "/work-samples/:id",
    { schema: { params: workSampleIdParamsSchema } },
    async (request): Promise<WorkSampleView> => unwrap(await samples.find(request.params.id)),
  );

  app.get(
    "/work-samples/:id/draft",
    { schema: { params: workSampleIdParamsSchema, response: { 200: draftResponseSchema } } },
    async (request) => unwrap(await samples.draft(request.user.id, request.params.id)),
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
    async (request) =>
      unwrap(await samples.saveDraft(request.user.id, request.params.id, request.body)),
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
    async (request) => unwrap(await samples.gradeReview(request.params.id, request.body.findings)),
  );
};
