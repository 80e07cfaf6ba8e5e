import { parseArgs } from "node:util";
import { describeProblem } from "../../core/content/content-problem.ts";
import type { ProblemMeta } from "../../core/problems/schema.ts";
import { loadProblemList } from "../../node/content/load-problems.ts";
import type { Io } from "../usage.ts";

/** `candor problems [--json]`: lists the coding problems (id, title, difficulty, kind, themes). */
export async function problemsCommand(args: string[], io: Io, contentDir: string): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { json: { type: "boolean", default: false } },
    strict: true,
    allowPositionals: false,
  });
  const loaded = await loadProblemList(contentDir);
  if (!loaded.ok) {
    for (const problem of loaded.error) io.err(`${describeProblem(problem)}\n`);
    return 1;
  }
  const rows = loaded.value.map((meta) => ({
    id: meta.id,
    title: meta.title,
    difficulty: meta.difficulty,
    kind: meta.kind,
    themes: meta.themes,
  }));
  io.out(values.json ? `${JSON.stringify(rows, null, 2)}\n` : formatProblems(loaded.value));
  return 0;
}

function formatProblems(problems: readonly ProblemMeta[]): string {
  if (problems.length === 0) return "No problems.\n";
  const idWidth = Math.max(...problems.map((meta) => meta.id.length));
  const titleWidth = Math.max(...problems.map((meta) => meta.title.length));
  const lines = problems.map(
    (meta) =>
      `${meta.id.padEnd(idWidth)}  ${meta.title.padEnd(titleWidth)}  ` +
      `${meta.difficulty.padEnd(6)}  ${meta.kind.padEnd(8)}  ${meta.themes.join(", ")}`,
  );
  return (
    `${lines.join("\n")}\n\n${problems.length} problem(s); run one with ` +
    `candor run --problem ID --lang js|ts|py FILE\n`
  );
}
