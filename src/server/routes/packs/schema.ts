import { z } from "zod";

export const packParamsSchema = z.object({ packId: z.string().min(1).max(100) });

export const guideSectionParamsSchema = packParamsSchema.extend({
  sectionId: z.string().min(1).max(100),
});
