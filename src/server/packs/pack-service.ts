import type { GuideSectionView, PackDetail, PackList } from "../../core/api/packs.ts";
import type { Pack } from "../../core/content/parse-pack.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { ContentCatalog } from "../../node/content/content-catalog.ts";
import { missing, type ServiceError } from "../http/errors.ts";

/** A company-pack error a client can act on. */
export type PackServiceError = ServiceError<"not-found">;

/** Company packs: the list, one pack's manifest and guide contents, and one guide section. */
export function createPackService(catalog: ContentCatalog) {
  function load(id: string): Result<Pack, PackServiceError> {
    const pack = catalog.findPack(id);
    return pack === undefined ? err(missing("company pack", id)) : ok(pack);
  }

  return {
    /** Every pack with what its card shows. */
    list(): PackList {
      return {
        packs: catalog.packs.map((pack) => ({
          id: pack.manifest.id,
          company: pack.manifest.company,
          tagline: pack.manifest.tagline,
          rounds: pack.manifest.rounds,
          categories: pack.manifest.categories,
          questionCount: pack.questions.length,
        })),
      };
    },

    /** One pack's manifest, its question count and its guide's contents (bodies left out). */
    find(id: string): Result<PackDetail, PackServiceError> {
      const loaded = load(id);
      if (!loaded.ok) return loaded;
      const pack = loaded.value;
      return ok({
        ...pack.manifest,
        questionCount: pack.questions.length,
        guide: pack.guide.map(({ id: sectionId, title, summary, order }) => ({
          id: sectionId,
          title,
          summary,
          order,
        })),
      });
    },

    /** One section of a pack's guide with its Markdown body. */
    guideSection(packId: string, sectionId: string): Result<GuideSectionView, PackServiceError> {
      const loaded = load(packId);
      if (!loaded.ok) return loaded;
      const section = loaded.value.guide.find((candidate) => candidate.id === sectionId);
      return section === undefined ? err(missing("guide section", sectionId)) : ok(section);
    },
  };
}

/** The pack service's interface. */
export type PackService = ReturnType<typeof createPackService>;
