import { describeProblem } from "../../core/content/content-problem.ts";
import { loadPacks } from "../../server/content/load-packs.ts";
import type { Io } from "../usage.ts";

/** `candor content check`: validates every pack; exit code 1 when any problem is found. */
export async function contentCheck(io: Io, contentDir?: string): Promise<number> {
  const result = await loadPacks(contentDir);
  if (!result.ok) {
    for (const problem of result.error) io.err(`${describeProblem(problem)}\n`);
    io.err(`content check failed: ${result.error.length} problem(s)\n`);
    return 1;
  }
  for (const pack of result.value) {
    io.out(
      `${pack.manifest.id}: ${pack.questions.length} questions, ` +
        `${pack.guide.length} guide sections — ok\n`,
    );
  }
  return 0;
}
