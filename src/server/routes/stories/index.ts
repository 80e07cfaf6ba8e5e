import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  importBodySchema,
  importResponseSchema,
  storyBodySchema,
  storyIdParamsSchema,
  storyVersionParamsSchema,
  type StoryCoverageView,
  type StoryDetail,
  type StoryList,
  type StoryVersion,
} from "../../../core/api/stories.ts";
import { unwrap } from "../../http/errors.ts";
import type { StoryService } from "../../stories/story-service.ts";

/** The story bank's routes; the rules are the story service's. */
export const storyRoutes: FastifyPluginAsyncZod<{ stories: StoryService }> = async (
  app,
  { stories },
) => {
  app.get("/stories", async (request): Promise<StoryList> => stories.list(request.user.id));

  app.post("/stories", { schema: { body: storyBodySchema } }, async (request, reply) => {
    const detail: StoryDetail = unwrap(await stories.create(request.user.id, request.body));
    return reply.status(201).send(detail);
  });

  app.get("/stories/coverage", async (request): Promise<StoryCoverageView> =>
    stories.coverage(request.user.id),
  );

  app.get("/stories/export", async (request, reply) => {
    const markdown = await stories.exportMarkdown(request.user.id);
    return reply
      .type("text/markdown; charset=utf-8")
      .header("content-disposition", 'attachment; filename="candor-stories.md"')
      .send(markdown);
  });

  app.post(
    "/stories/import",
    { schema: { body: importBodySchema, response: { 201: importResponseSchema } } },
    async (request, reply) => {
      const imported = unwrap(await stories.importMarkdown(request.user.id, request.body.markdown));
      return reply.status(201).send(imported);
    },
  );

  app.get(
    "/stories/:id",
    { schema: { params: storyIdParamsSchema } },
    async (request): Promise<StoryDetail> =>
      unwrap(await stories.find(request.user.id, request.params.id)),
  );

  app.put(
    "/stories/:id",
    { schema: { params: storyIdParamsSchema, body: storyBodySchema } },
    async (request): Promise<StoryDetail> =>
      unwrap(await stories.saveVersion(request.user.id, request.params.id, request.body)),
  );

  app.delete(
    "/stories/:id",
    { schema: { params: storyIdParamsSchema } },
    async (request, reply) => {
      unwrap(await stories.remove(request.user.id, request.params.id));
      return reply.status(204).send();
    },
  );

  app.get(
    "/stories/:id/versions/:number",
    { schema: { params: storyVersionParamsSchema } },
    async (request): Promise<StoryVersion> => {
      const { id, number } = request.params;
      return unwrap(await stories.version(request.user.id, id, number));
    },
  );
};
