import { describeProblem } from "../../core/content/content-problem.ts";
import { loadPacks } from "../../server/content/load-packs.ts";
import { loadProblems } from "../../server/content/load-problems.ts";
import type { Io } from "../usage.ts";

/**
 * `candor content check`: validates every pack and every coding problem (against the packs'
 * theme vocabulary); exit code 1 when any problem is found.
 */
export async function contentCheck(io: Io, contentDir?: string): Promise<number> {
  const packs = await loadPacks(contentDir);
  const themes = packs.ok
    ? new Set(packs.value.flatMap((pack) => pack.manifest.themes))
    : undefined;
  const problems = await loadProblems(contentDir, themes);
  const found = [...(packs.ok ? [] : packs.error), ...(problems.ok ? [] : problems.error)];
  if (found.length > 0) {
    for (const problem of found) io.err(`${describeProblem(problem)}\n`);
    io.err(`content check failed: ${found.length} problem(s)\n`);
    return 1;
  }
  for (const pack of packs.ok ? packs.value : []) {
    io.out(
      `${pack.manifest.id}: ${pack.questions.length} questions, ` +
        `${pack.guide.length} guide sections — ok\n`,
    );
  }
  const count = problems.ok ? problems.value.length : 0;
  io.out(`problems: ${count} coding problems, each with tests and js, ts and py solutions — ok\n`);
  return 0;
}
