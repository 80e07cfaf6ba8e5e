import MiniSearch from "minisearch";
import type { CategoryId, Difficulty, Question, RoundId } from "./schema.ts";

/** Filters a user can apply to the question bank; absent fields do not filter. */
export interface QuestionFilter {
  round?: RoundId | undefined;
  category?: CategoryId | undefined;
  difficulty?: Difficulty | undefined;
}

/** True when the question passes every filter that is set. */
export function matchesFilter(question: Question, filter: QuestionFilter): boolean {
  return (
    (filter.round === undefined || question.rounds.includes(filter.round)) &&
    (filter.category === undefined || question.category === filter.category) &&
    (filter.difficulty === undefined || question.difficulty === filter.difficulty)
  );
}

/** The questions that pass the filter, in bank order. */
export function filterQuestions(
  questions: readonly Question[],
  filter: QuestionFilter,
): Question[] {
  return questions.filter((question) => matchesFilter(question, filter));
}

/** A full-text index over the bank: prompt, what it tests, themes and follow-ups. */
export class QuestionIndex {
  readonly #questions: readonly Question[];
  readonly #byId: Map<string, Question>;
  // Built on the first search rather than at start-up: most sessions never search.
  #search: MiniSearch<Question> | undefined;

  constructor(questions: readonly Question[]) {
    this.#questions = questions;
    this.#byId = new Map(questions.map((question) => [question.id, question]));
  }

  /** Questions matching the text and the filter, best first; empty text lists the filter's matches. */
  search(text: string, filter: QuestionFilter = {}): Question[] {
    const query = text.trim();
    if (query === "") return filterQuestions([...this.#byId.values()], filter);
    this.#search ??= buildSearch(this.#questions);
    return this.#search
      .search(query)
      .map((hit) => this.#byId.get(String(hit.id)))
      .filter((question): question is Question => question !== undefined)
      .filter((question) => matchesFilter(question, filter));
  }
}

function extractField(question: Question, field: string): string {
  switch (field) {
    case "id":
      return question.id;
    case "prompt":
      return question.prompt;
    case "tests":
      return question.tests;
    case "themesText":
      return question.themes.join(" ").replaceAll("-", " ");
    case "followUpsText":
      return question.followUps.join(" ");
    case "areasText":
      return (question.areas ?? []).join(" ");
    default:
      return "";
  }
}

function buildSearch(questions: readonly Question[]): MiniSearch<Question> {
  const search = new MiniSearch<Question>({
    fields: ["prompt", "tests", "themesText", "followUpsText", "areasText"],
    storeFields: [],
    extractField: (question, field) => extractField(question, field),
    searchOptions: {
      boost: { prompt: 3, themesText: 2 },
      prefix: true,
      fuzzy: 0.2,
      combineWith: "AND",
    },
  });
  search.addAll(questions);
  return search;
}
