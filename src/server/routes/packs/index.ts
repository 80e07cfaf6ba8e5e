import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  guideSectionParamsSchema,
  packParamsSchema,
  type GuideSectionView,
  type PackDetail,
  type PackList,
} from "../../../core/api/packs.ts";
import { unwrap } from "../../http/errors.ts";
import type { PackService } from "../../packs/pack-service.ts";

/** Company packs' routes; the rules are the pack service's. */
export const packRoutes: FastifyPluginAsyncZod<{ packs: PackService }> = async (app, { packs }) => {
  app.get("/packs", (): PackList => packs.list());

  app.get("/packs/:packId", { schema: { params: packParamsSchema } }, (request): PackDetail =>
    unwrap(packs.find(request.params.packId)),
  );

  app.get(
    "/packs/:packId/guide/:sectionId",
    { schema: { params: guideSectionParamsSchema } },
    (request): GuideSectionView =>
      unwrap(packs.guideSection(request.params.packId, request.params.sectionId)),
  );
};
