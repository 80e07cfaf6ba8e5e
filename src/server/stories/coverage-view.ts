import type { Question } from "../../core/content/schema.ts";
import { MIN_SHARED_THEMES, type BankCoverage } from "../../core/stories/coverage.ts";
import type { StorySummary } from "../../node/db/stories-repository.ts";

/** A question as the coverage view shows it: enough to name it and link to it. */
function questionRef(question: Question) {
  const { id, prompt, category, answerKind, storyTypes, themes } = question;
  return { id, prompt, category, answerKind, storyTypes: storyTypes ?? [], themes };
}

/** Joins the computed coverage with the stories' titles and the questions' prompts. */
export function describeCoverage(
  stories: readonly StorySummary[],
  questions: readonly Question[],
  coverage: BankCoverage,
) {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const storiesById = new Map(stories.map((story) => [story.id, story]));
  return {
    minSharedThemes: MIN_SHARED_THEMES,
    spokenQuestionCount: coverage.spokenQuestionCount,
    coveredQuestionCount: coverage.spokenQuestionCount - coverage.uncoveredQuestionIds.length,
    stories: coverage.byStory.flatMap(({ storyId, questions: covered }) => {
      const story = storiesById.get(storyId);
      if (story === undefined) return [];
      const { id, title, storyType, customTypeLabel, themes } = story;
      return [
        {
          id,
          title,
          storyType,
          customTypeLabel,
          themes,
          questions: covered.flatMap((entry) => {
            const question = byId.get(entry.questionId);
            if (question === undefined) return [];
            const reason =
              entry.via === "type"
                ? { via: entry.via }
                : { via: entry.via, sharedThemes: entry.sharedThemes };
            return [{ ...questionRef(question), ...reason }];
          }),
        },
      ];
    }),
    uncovered: coverage.uncoveredQuestionIds.flatMap((id) => {
      const question = byId.get(id);
      return question === undefined ? [] : [questionRef(question)];
    }),
  };
}
