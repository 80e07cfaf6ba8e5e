import { parseArgs } from "node:util";
import { describeProblem } from "../../core/content/content-problem.ts";
import { MAX_DESIGN_CHARS } from "../../core/api/design-reviews.ts";
import { reviewDesign, type DesignReview } from "../../core/design/review-design.ts";
import { STEP_TITLES } from "../../core/design/steps.ts";
import { loadPacks } from "../../node/content/load-packs.ts";
import { UsageError, type Io } from "../usage.ts";
import { readAnswer, type ReadStdin } from "./analyze.ts";

/** `candor design`: the offline review of a system-design answer to a bank question. */
export async function designCommand(
  args: string[],
  io: Io,
  contentDir: string,
  readStdin: ReadStdin,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { question: { type: "string" }, json: { type: "boolean", default: false } },
    strict: true,
    allowPositionals: true,
  });
  if (values.question === undefined) {
    throw new UsageError(
      "--question ID is required: a system-design question (candor questions --category system-design)",
    );
  }
  if (positionals.length > 1) {
    throw new UsageError("design takes one answer: a FILE, or - (or nothing) for standard input");
  }
  const packs = await loadPacks(contentDir);
  if (!packs.ok) {
    for (const problem of packs.error) io.err(`${describeProblem(problem)}\n`);
    return 1;
  }
  const question = packs.value
    .flatMap((pack) => pack.questions)
    .find((candidate) => candidate.id === values.question);
  if (question?.category !== "system-design" || question.areas === undefined) {
    io.err(
      `candor design: no system-design question "${values.question}" (candor questions --category system-design lists them)\n`,
    );
    return 1;
  }
  const source = positionals[0] ?? "-";
  const text = await readAnswer(source, readStdin);
  if (text === undefined) {
    io.err(`candor design: cannot read ${source}\n`);
    return 1;
  }
  if (text.length > MAX_DESIGN_CHARS) {
    io.err(
      `candor design: the answer is ${String(text.length)} characters; the limit is ${String(MAX_DESIGN_CHARS)}\n`,
    );
    return 1;
  }
  const review = reviewDesign(text, { prompt: question.prompt, areas: question.areas });
  io.out(values.json ? `${JSON.stringify(review, null, 2)}\n` : formatReview(review));
  return 0;
}

/** The review as a person reads it in a terminal. */
export function formatReview(review: DesignReview): string {
  const lines = [`Overall ${String(review.overall)}/5`, ""];
  for (const step of review.steps) {
    const bar = "●".repeat(step.score) + "○".repeat(3 - step.score);
    lines.push(`${STEP_TITLES[step.step].padEnd(18)} ${bar}`);
    for (const found of step.found) {
      lines.push(`  + ${found.point}`);
      const first = found.evidence[0];
      if (first !== undefined) lines.push(`      “${first.quote}”`);
    }
    for (const missing of step.missing) lines.push(`  - ${missing}`);
  }
  if (review.suggestions.length > 0) {
    lines.push("", "Suggestions:");
    for (const suggestion of review.suggestions) lines.push(`  - ${suggestion}`);
  }
  return `${lines.join("\n")}\n`;
}
