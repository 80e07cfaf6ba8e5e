import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeProblem } from "../../core/content/content-problem.ts";
import { diagramSchema, MAX_DESIGN_CHARS } from "../../core/api/design-reviews.ts";
import type { Diagram } from "../../core/design/diagram.ts";
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
    options: {
      question: { type: "string" },
      diagram: { type: "string" },
      json: { type: "boolean", default: false },
    },
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
  let diagram: Diagram | undefined;
  if (values.diagram !== undefined) {
    const read = await readDiagramFile(values.diagram);
    if (!read.ok) {
      io.err(`candor design: ${read.error}\n`);
      return 1;
    }
    diagram = read.value;
  }
  const review = reviewDesign(
    text,
    { prompt: question.prompt, areas: question.areas, numbers: question.numbers ?? [] },
    diagram,
  );
  io.out(values.json ? `${JSON.stringify(review, null, 2)}\n` : formatReview(review));
  return 0;
}

/** An Excalidraw scene file (`.excalidraw`), checked as the HTTP route checks a diagram. */
async function readDiagramFile(
  file: string,
): Promise<{ ok: true; value: Diagram } | { ok: false; error: string }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch {
    return { ok: false, error: `cannot read ${file} as an Excalidraw scene (JSON)` };
  }
  const checked = diagramSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where =
      issue === undefined || issue.path.length === 0 ? "" : ` at ${issue.path.join(".")}`;
    return {
      ok: false,
      error: `the diagram in ${file}${where} ${issue?.message ?? "is not valid"}`,
    };
  }
  return { ok: true, value: checked.data };
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
