import { z } from "zod";
import {
  DEFAULT_DESIGN_MINUTES,
  MAX_DESIGN_MINUTES,
  MIN_DESIGN_MINUTES,
  type StepBudget,
} from "../design/budgets.ts";
import type { DesignReview } from "../design/review-design.ts";
import { MAX_DESIGN_CHARS } from "./design-reviews.ts";

/** The most the diagram kept with a timed design may weigh: its Excalidraw elements, as JSON. */
export const MAX_SESSION_DIAGRAM_CHARS = 1_000_000;

const questionId = z
  .string({ error: "must be the id of a system-design question" })
  .min(1)
  .max(200);

/** `POST /api/design-sessions`: the question, and the round's length in minutes (45 unless set). */
export const createDesignSessionBodySchema = z
  .object({
    questionId,
    minutes: z
      .number({ error: "must be a number of minutes" })
      .int("must be a whole number of minutes")
      .min(MIN_DESIGN_MINUTES, `must be at least ${String(MIN_DESIGN_MINUTES)}`)
      .max(MAX_DESIGN_MINUTES, `must be at most ${String(MAX_DESIGN_MINUTES)}`)
      .default(DEFAULT_DESIGN_MINUTES),
  })
  .strict();

/** `/api/design-sessions/:id...`. */
export const designSessionParamsSchema = z.object({ id: z.string().min(1).max(100) });

/**
 * `PUT /api/design-sessions/:id/draft`: the text, the diagram (Excalidraw's elements as the editor
 * keeps them, a JSON string; "" for none), or both. Each is saved as sent.
 */
export const designSessionDraftBodySchema = z
  .object({
    text: z
      .string({ error: "must be a string holding the design" })
      .max(MAX_DESIGN_CHARS, `is limited to ${MAX_DESIGN_CHARS.toLocaleString("en")} characters`)
      .optional(),
    diagram: z
      .string({ error: "must be the diagram's elements as a JSON string" })
      .max(
        MAX_SESSION_DIAGRAM_CHARS,
        `is limited to ${MAX_SESSION_DIAGRAM_CHARS.toLocaleString("en")} characters`,
      )
      .optional(),
  })
  .strict()
  .refine((body) => body.text !== undefined || body.diagram !== undefined, {
    message: "must hold text, diagram or both",
  });

/** A timed design as its owner sees it: the server's clock, the steps' budgets, the draft. */
export interface DesignSessionView {
  id: string;
  questionId: string;
  /** The question's prompt, so a list can name it. */
  prompt: string;
  minutes: number;
  startedAt: string;
  deadlineAt: string;
  /** Milliseconds left by the server's clock when this was sent; 0 once time is up. */
  remainingMs: number;
  status: "active" | "submitted";
  steps: StepBudget[];
  text: string;
  diagram: string;
  /** The review, once submitted. */
  review: DesignReview | null;
  submittedAt: string | null;
}

/** `GET /api/design-sessions`: the user's timed designs, newest first, without their drafts. */
export interface DesignSessionList {
  sessions: Omit<DesignSessionView, "text" | "diagram" | "review" | "steps">[];
}
