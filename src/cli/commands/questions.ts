import { parseArgs } from "node:util";
import { describeProblem } from "../../core/content/content-problem.ts";
import { QuestionIndex, type QuestionFilter } from "../../core/content/question-query.ts";
import { CATEGORY_IDS, DIFFICULTIES, ROUND_IDS, type Question } from "../../core/content/schema.ts";
import { loadPacks } from "../../node/content/load-packs.ts";
import { UsageError, type Io } from "../usage.ts";

/** `candor questions`: lists the bank, filtered and searched, as text or JSON. */
export async function questionsCommand(
  args: string[],
  io: Io,
  contentDir: string,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      round: { type: "string" },
      category: { type: "string" },
      difficulty: { type: "string" },
      search: { type: "string" },
      json: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const filter: QuestionFilter = {
    round: oneOf("--round", values.round, ROUND_IDS),
    category: oneOf("--category", values.category, CATEGORY_IDS),
    difficulty: oneOf("--difficulty", values.difficulty, DIFFICULTIES),
  };
  const packs = await loadPacks(contentDir);
  if (!packs.ok) {
    for (const problem of packs.error) io.err(`${describeProblem(problem)}\n`);
    return 1;
  }
  const questions = new QuestionIndex(packs.value.flatMap((pack) => pack.questions)).search(
    values.search ?? "",
    filter,
  );
  if (values.json) {
    io.out(`${JSON.stringify(questions, null, 2)}\n`);
  } else {
    io.out(formatQuestions(questions));
  }
  return 0;
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of: ${allowed.join(", ")} (got "${value}")`);
}

function formatQuestions(questions: readonly Question[]): string {
  if (questions.length === 0) return "No questions match.\n";
  const lines = questions.map(
    (question) =>
      `${question.id}  [${question.category} · ${question.difficulty} · ${question.rounds.join(", ")}]\n` +
      `  ${question.prompt}\n`,
  );
  return `${lines.join("\n")}\n${questions.length} question(s)\n`;
}
