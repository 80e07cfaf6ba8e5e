import { z } from "zod";
import type { Analysis } from "../analysis/index.ts";
import { MAX_ANSWER_CHARS } from "../analysis/index.ts";
import type { Piece } from "../refine/pieces.ts";

/** What the model must return: the whole answer, rewritten. */
export const rawRefinementSchema = z.object({
  suggestion: z.string().min(1).max(MAX_ANSWER_CHARS),
});

/** One text with the offline coach's analysis of it. */
export interface AnalysedText {
  text: string;
  analysis: Analysis;
}

/**
 * `POST /api/refinements` (the body of `POST /api/second-opinion`): the candidate's draft and the
 * model's suggested rewrite, each analysed by the offline coach, the pieces to accept or reject
 * one by one, and the numbers and names the suggestion adds that the draft never said.
 */
export interface Refinement {
  draft: AnalysedText;
  suggestion: AnalysedText;
  pieces: Piece[];
  newSpecifics: string[];
  model: string;
}
