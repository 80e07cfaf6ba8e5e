import { BEHAVIORAL_STORY_BUILDERS } from "./behavioral-story-prompts.ts";
import type { StoryBankType } from "./story-schema.ts";
import { VALUES_STORY_BUILDERS } from "./values-story-prompts.ts";

/**
 * What a values or behavioural round grades in a story, in the order a story is told: the
 * situation, what the candidate did, what they felt and when, what it cost, what happened, and
 * what they believe now that they did not before.
 */
export const STORY_ASPECTS = ["situation", "did", "felt", "cost", "outcome", "belief"] as const;
/** One part of a story the builder asks about. */
export type StoryAspect = (typeof STORY_ASPECTS)[number];

/** One question of the guided builder. */
export interface BuilderPrompt {
  readonly aspect: StoryAspect;
  readonly question: string;
  readonly hint: string;
}

/** The guided builder for one story type: its questions and the themes such stories usually carry. */
export interface StoryBuilder {
  readonly intro: string;
  readonly prompts: readonly BuilderPrompt[];
  /** Themes from the question bank's vocabulary that stories of this type usually match. */
  readonly suggestedThemes: readonly string[];
}

/** How the prompt files write a builder: one [question, hint] pair per aspect. */
export type StoryBuilderSource = {
  readonly intro: string;
  readonly suggestedThemes: readonly string[];
} & { readonly [A in StoryAspect]: readonly [question: string, hint: string] };

const SOURCES: Readonly<Record<StoryBankType, StoryBuilderSource>> = {
  ...VALUES_STORY_BUILDERS,
  ...BEHAVIORAL_STORY_BUILDERS,
};

function toBuilder(source: StoryBuilderSource): StoryBuilder {
  return {
    intro: source.intro,
    suggestedThemes: source.suggestedThemes,
    prompts: STORY_ASPECTS.map((aspect) => {
      const [question, hint] = source[aspect];
      return { aspect, question, hint };
    }),
  };
}

/** The guided builder of every story type. */
export const STORY_BUILDERS: Readonly<Record<StoryBankType, StoryBuilder>> = Object.fromEntries(
  Object.entries(SOURCES).map(([type, source]) => [type, toBuilder(source)]),
) as Record<StoryBankType, StoryBuilder>;

/** The builder's answers, by aspect; missing or blank ones are left out of the story. */
export type BuilderAnswers = Partial<Record<StoryAspect, string>>;

/**
 * Composes the builder's answers into the story's text: one paragraph per answer, in the order a
 * story is told. No labels are added, because a story recited as "Situation: … Task: …" reads as
 * a framework, which the analyzer flags.
 */
export function composeStoryText(type: StoryBankType, answers: BuilderAnswers): string {
  return STORY_BUILDERS[type].prompts
    .map((prompt) => (answers[prompt.aspect] ?? "").trim())
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}
