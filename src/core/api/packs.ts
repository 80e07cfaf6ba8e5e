import type { CategoryId, RoundId } from "../content/schema.ts";
import type { PackManifest } from "../content/pack-schema.ts";
import { z } from "zod";

export const packParamsSchema = z.object({ packId: z.string().min(1).max(100) });

export const guideSectionParamsSchema = packParamsSchema.extend({
  sectionId: z.string().min(1).max(100),
});

/** A company pack as the list sends it. */
export interface PackSummary {
  id: string;
  company: string;
  tagline: string;
  rounds: { id: RoundId; name: string; summary: string }[];
  categories: { id: CategoryId; name: string; summary: string }[];
  questionCount: number;
}

/** `GET /api/packs`. */
export interface PackList {
  packs: PackSummary[];
}

/** A guide section as the pack's contents name it. */
export interface GuideSectionRef {
  id: string;
  title: string;
  summary: string;
  order: number;
}

/** `GET /api/packs/:packId`: the manifest plus the guide's contents. */
export type PackDetail = PackManifest & { questionCount: number; guide: GuideSectionRef[] };

/** `GET /api/packs/:packId/guide/:sectionId`: one guide section with its Markdown body. */
export interface GuideSectionView extends GuideSectionRef {
  body: string;
}
