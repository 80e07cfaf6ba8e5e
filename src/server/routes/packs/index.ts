import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Pack } from "../../../core/content/parse-pack.ts";
import type { ContentCatalog } from "../../content/content-catalog.ts";
import { notFound } from "../../http/errors.ts";
import { guideSectionParamsSchema, packParamsSchema } from "../../../core/api/packs.ts";

/** Company packs: the list, one pack's manifest and guide contents, and one guide section. */
export const packRoutes: FastifyPluginAsyncZod<{ catalog: ContentCatalog }> = async (
  app,
  { catalog },
) => {
  app.get("/packs", () => ({
    packs: catalog.packs.map((pack) => ({
      id: pack.manifest.id,
      company: pack.manifest.company,
      tagline: pack.manifest.tagline,
      rounds: pack.manifest.rounds,
      categories: pack.manifest.categories,
      questionCount: pack.questions.length,
    })),
  }));

  app.get("/packs/:packId", { schema: { params: packParamsSchema } }, (request) => {
    const pack = requirePack(catalog, request.params.packId);
    return {
      ...pack.manifest,
      questionCount: pack.questions.length,
      guide: pack.guide.map(({ id, title, summary, order }) => ({ id, title, summary, order })),
    };
  });

  app.get(
    "/packs/:packId/guide/:sectionId",
    { schema: { params: guideSectionParamsSchema } },
    (request) => {
      const pack = requirePack(catalog, request.params.packId);
      const section = pack.guide.find((candidate) => candidate.id === request.params.sectionId);
      if (section === undefined) throw notFound("guide section", request.params.sectionId);
      return section;
    },
  );
};

function requirePack(catalog: ContentCatalog, id: string): Pack {
  const pack = catalog.findPack(id);
  if (pack === undefined) throw notFound("company pack", id);
  return pack;
}
