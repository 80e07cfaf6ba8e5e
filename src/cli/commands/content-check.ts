import { describeProblem } from "../../core/content/content-problem.ts";
import { loadContent } from "../../node/content/load-content.ts";
import type { Io } from "../usage.ts";

/**
 * `candor content check`: validates every kind of content the way `candor start` does (packs and
 * their guides and questions, coding problems, timed assessments, work samples, and the links
 * between them); exit code 1 when any problem is found, each printed with its file and field.
 */
export async function contentCheck(io: Io, contentDir: string): Promise<number> {
  const loaded = await loadContent(contentDir);
  if (!loaded.ok) {
    for (const problem of loaded.error) io.err(`${describeProblem(problem)}\n`);
    io.err(`content check failed: ${String(loaded.error.length)} problem(s)\n`);
    return 1;
  }
  const { packs, problems, assessments, workSamples } = loaded.value;
  for (const pack of packs) {
    io.out(
      `${pack.manifest.id}: ${String(pack.questions.length)} questions, ` +
        `${String(pack.guide.length)} guide sections — ok\n`,
    );
  }
  io.out(
    `problems: ${String(problems.length)} coding problems, each with tests and js, ts and py solutions — ok\n`,
  );
  for (const assessment of assessments) {
    io.out(
      `assessment ${assessment.meta.id}: ${String(assessment.levels.length)} levels, ` +
        `each with a spec and tests, and js, ts and py solutions — ok\n`,
    );
  }
  io.out(
    `work samples: ${String(workSamples.length)}, each with a brief, a codebase and its tests or review — ok\n`,
  );
  return 0;
}
