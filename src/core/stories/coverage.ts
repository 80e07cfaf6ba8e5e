import type { Question } from "../content/schema.ts";
import type { StoryBankType } from "./story-schema.ts";

/**
 * How many themes a story must share with a question to cover it when its type does not. Spoken
 * questions carry three or four themes, and broad ones ("honesty", "pressure") sit on dozens of
 * them, so one shared theme would claim that almost any story answers almost anything. Two shared
 * themes means the story and the question are about the same thing.
 */
export const MIN_SHARED_THEMES = 2;

/** What coverage needs to know about a story. */
export interface CoverageStory {
  readonly id: string;
  readonly storyType: StoryBankType;
  readonly themes: readonly string[];
}

/** What coverage needs to know about a question. */
export type CoverageQuestion = Pick<Question, "id" | "answerKind" | "storyTypes" | "themes">;

/** Why a story covers a question: its type is one the question names, or they share themes. */
export type CoverageReason =
  { readonly via: "type" } | { readonly via: "themes"; readonly sharedThemes: readonly string[] };

/** A question one story can answer, and why. */
export type CoveredQuestion = { readonly questionId: string } & CoverageReason;

/** Which questions each story can answer, and the spoken questions no story answers yet. */
export interface BankCoverage {
  readonly byStory: readonly { readonly storyId: string; questions: readonly CoveredQuestion[] }[];
  readonly uncoveredQuestionIds: readonly string[];
  /** How many spoken questions there are: the denominator of the coverage summary. */
  readonly spokenQuestionCount: number;
}

/** Whether a question is answered aloud with a story or a view (coding and design are not). */
export function isSpokenQuestion(question: CoverageQuestion): boolean {
  return question.answerKind !== undefined;
}

/**
 * Whether the story can answer the question, and why: a spoken question is covered when it names
 * the story's type, or when the two share at least {@link MIN_SHARED_THEMES} themes.
 */
export function storyCoversQuestion(
  story: CoverageStory,
  question: CoverageQuestion,
): CoverageReason | undefined {
  if (!isSpokenQuestion(question)) return undefined;
  if (story.storyType !== "custom" && (question.storyTypes ?? []).includes(story.storyType)) {
    return { via: "type" };
  }
  const storyThemes = new Set(story.themes);
  const sharedThemes = question.themes.filter((theme) => storyThemes.has(theme));
  return sharedThemes.length >= MIN_SHARED_THEMES ? { via: "themes", sharedThemes } : undefined;
}

/** Maps every story to the questions it covers, and lists the spoken questions none covers. */
export function computeCoverage(
  stories: readonly CoverageStory[],
  questions: readonly CoverageQuestion[],
): BankCoverage {
  const spoken = questions.filter(isSpokenQuestion);
  const covered = new Set<string>();
  const byStory = stories.map((story) => {
    const found: CoveredQuestion[] = [];
    for (const question of spoken) {
      const reason = storyCoversQuestion(story, question);
      if (reason === undefined) continue;
      covered.add(question.id);
      found.push({ questionId: question.id, ...reason });
    }
    return { storyId: story.id, questions: found };
  });
  return {
    byStory,
    uncoveredQuestionIds: spoken.filter((q) => !covered.has(q.id)).map((q) => q.id),
    spokenQuestionCount: spoken.length,
  };
}
