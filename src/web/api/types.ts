import type { CategoryId, Question, RoundId } from "../../core/content/schema.ts";

/** A question as the API sends it: the bank's fields plus this user's star. */
export type QuestionView = Question & { starred: boolean };

/** A question as the list sends it: no guidance, which its own page loads. */
export type QuestionSummary = Pick<
  Question,
  "id" | "prompt" | "category" | "rounds" | "difficulty" | "themes" | "reported" | "answerKind"
> & { starred: boolean };

export interface QuestionList {
  total: number;
  questions: QuestionSummary[];
}

export interface PackSummary {
  id: string;
  company: string;
  tagline: string;
  rounds: { id: RoundId; name: string; summary: string }[];
  categories: { id: CategoryId; name: string; summary: string }[];
  questionCount: number;
}

export interface PackList {
  packs: PackSummary[];
}

/** A whole pack as `GET /api/packs/:id` sends it: manifest plus the guide's contents. */
export interface PackDetail extends PackSummary {
  asOf: string;
  stages: {
    id: string;
    name: string;
    duration: string;
    summary: string;
    rounds: RoundId[];
    optional: boolean;
  }[];
  timelines: { track: string; minDays: number; maxDays?: number; label: string; source: string }[];
  levels: {
    level: string;
    title: string;
    years: string;
    totalCompensation: string;
    scope: string;
  }[];
  context: { label: string; value: string }[];
  guide: { id: string; title: string; summary: string; order: number }[];
}

/** One guide section with its Markdown body. */
export interface GuideSectionView {
  id: string;
  title: string;
  summary: string;
  order: number;
  body: string;
}
