import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  readingListParamsSchema,
  readingNoteBodySchema,
  readingNoteParamsSchema,
  type ReadingList,
  type ReadingNote,
} from "../../../core/api/reading-notes.ts";
import { unwrap } from "../../http/errors.ts";
import type { ReadingService } from "../../reading/reading-service.ts";

/** The reading notes' routes; the rules are the reading service's. */
export const readingRoutes: FastifyPluginAsyncZod<{ readings: ReadingService }> = async (
  app,
  { readings },
) => {
  app.get(
    "/packs/:packId/readings",
    { schema: { params: readingListParamsSchema } },
    async (request): Promise<ReadingList> =>
      unwrap(await readings.list(request.user.id, request.params.packId)),
  );

  app.put(
    "/packs/:packId/readings/:readingId/note",
    { schema: { params: readingNoteParamsSchema, body: readingNoteBodySchema } },
    async (request): Promise<ReadingNote> =>
      unwrap(await readings.save(request.user.id, request.params, request.body)),
  );

  app.delete(
    "/packs/:packId/readings/:readingId/note",
    { schema: { params: readingNoteParamsSchema } },
    async (request, reply) => {
      unwrap(await readings.remove(request.user.id, request.params));
      return reply.status(204).send();
    },
  );
};
