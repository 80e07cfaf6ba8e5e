import { z } from "zod";
import type { DesignReview } from "../design/review-design.ts";

/** The longest design answer reviewed: a 45-minute round rarely passes 3,000 words. */
export const MAX_DESIGN_CHARS = 30_000;

export const designReviewBodySchema = z
  .object({
    questionId: z.string({ error: "must be the id of a system-design question" }).min(1).max(200),
    text: z
      .string({ error: "must be a string holding the design" })
      .max(MAX_DESIGN_CHARS, `is limited to ${MAX_DESIGN_CHARS.toLocaleString("en")} characters`),
  })
  .strict();

/** `POST /api/design-reviews`. */
export type DesignReviewRequest = z.input<typeof designReviewBodySchema>;

/** The review of DESIGN.md. */
export type { DesignReview };
