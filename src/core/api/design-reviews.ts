import { z } from "zod";
import type { DesignReview } from "../design/review-design.ts";
import type { DesignOpinion, DesignStepComparison } from "../design/second-opinion.ts";

/** The longest design answer reviewed: a 45-minute round rarely passes 3,000 words. */
export const MAX_DESIGN_CHARS = 30_000;

/** The most elements a diagram may have: a whiteboard sketch of a design has dozens. */
export const MAX_DIAGRAM_ELEMENTS = 2_000;

/**
 * The most a diagram may weigh, as JSON. The web app sends only the fields the review reads (about
 * 60 bytes for a shape), so its largest scenes fit; a full scene file is larger per element.
 */
export const MAX_DIAGRAM_BYTES = 200_000;

const elementId = z.string().min(1).max(200);
const binding = z.object({ elementId }).nullable().optional();

/**
 * One Excalidraw element: the fields the review reads, bounded; every other field of Excalidraw's
 * (position, style, points) may come along and is dropped.
 */
const diagramElementSchema = z.object({
  id: elementId,
  type: z.string().min(1).max(40),
  isDeleted: z.boolean().optional(),
  text: z.string().max(2_000).optional(),
  originalText: z.string().max(2_000).optional(),
  containerId: elementId.nullable().optional(),
  startBinding: binding,
  endBinding: binding,
});

/** A scene as `{ "elements": [...] }`, like an Excalidraw scene file; its app state is dropped. */
export const diagramSchema = z
  .unknown()
  .refine((value) => JSON.stringify(value).length <= MAX_DIAGRAM_BYTES, {
    message: `is limited to ${MAX_DIAGRAM_BYTES.toLocaleString("en")} bytes`,
  })
  .pipe(
    z.object({
      elements: z
        .array(diagramElementSchema, { error: "must be a list of Excalidraw elements" })
        .max(
          MAX_DIAGRAM_ELEMENTS,
          `is limited to ${MAX_DIAGRAM_ELEMENTS.toLocaleString("en")} elements`,
        ),
    }),
  );

export const designReviewBodySchema = z
  .object({
    questionId: z.string({ error: "must be the id of a system-design question" }).min(1).max(200),
    text: z
      .string({ error: "must be a string holding the design" })
      .max(MAX_DESIGN_CHARS, `is limited to ${MAX_DESIGN_CHARS.toLocaleString("en")} characters`),
    diagram: diagramSchema.optional(),
  })
  .strict();

/** `POST /api/design-reviews`. */
export type DesignReviewRequest = z.input<typeof designReviewBodySchema>;

/** The review of DESIGN.md. */
export type { DesignReview };

/** `GET /api/questions/:id/reference-design`: a strong answer to the question, and its review. */
export interface ReferenceDesignView {
  readonly questionId: string;
  /** The design, in Markdown under the template's headings. */
  readonly text: string;
  readonly review: DesignReview;
}

/** `POST /api/design-reviews/second-opinion`: the model's judgement beside the offline review. */
export interface DesignSecondOpinionAnswer {
  readonly offline: DesignReview;
  readonly secondOpinion: DesignOpinion;
  readonly comparison: readonly DesignStepComparison[];
  readonly model: string;
}
