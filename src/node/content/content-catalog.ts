import type { Pack } from "../../core/content/parse-pack.ts";
import { QuestionIndex } from "../../core/content/question-query.ts";
import type { Question } from "../../core/content/schema.ts";

/** The loaded content, indexed for the routes: packs by id, questions by id, full-text search. */
export interface ContentCatalog {
  packs: readonly Pack[];
  questions: readonly Question[];
  findPack(id: string): Pack | undefined;
  findQuestion(id: string): Question | undefined;
  /** The reference design written for a system-design question, as Markdown, if there is one. */
  findReferenceDesign(questionId: string): string | undefined;
  search: QuestionIndex;
}

/** Indexes the packs once, at start-up. */
export function createContentCatalog(packs: readonly Pack[]): ContentCatalog {
  const questions = packs.flatMap((pack) => pack.questions);
  const questionsById = new Map(questions.map((question) => [question.id, question]));
  const packsById = new Map(packs.map((pack) => [pack.manifest.id, pack]));
  const references = new Map(packs.flatMap((pack) => Object.entries(pack.referenceDesigns)));
  return {
    packs,
    questions,
    findPack: (id) => packsById.get(id),
    findQuestion: (id) => questionsById.get(id),
    findReferenceDesign: (questionId) => references.get(questionId),
    search: new QuestionIndex(questions),
  };
}
