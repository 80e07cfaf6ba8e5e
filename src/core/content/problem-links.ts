import type { ContentProblem } from "./content-problem.ts";
import type { Question } from "./schema.ts";

/**
 * Coding questions name the problem (or timed assessment) that practises them; a name that is
 * neither would send the candidate to a page that does not exist.
 */
export function checkProblemLinks(
  questions: readonly Question[],
  practiceIds: ReadonlySet<string>,
): ContentProblem[] {
  return questions.flatMap((question) =>
    question.problemId === undefined || practiceIds.has(question.problemId)
      ? []
      : [
          {
            file: `question ${question.id}`,
            field: "problemId",
            message: `"${question.problemId}" is neither a problem in content/problems nor an assessment`,
          },
        ],
  );
}
