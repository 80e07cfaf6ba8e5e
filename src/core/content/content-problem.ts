import type { z } from "zod";

/** One thing wrong with a content file: where it is, which field, and what is wrong. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Turns zod issues into content problems that name the file and the field path. */
export function problemsFromZod(file: string, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => ({
    file,
    field: formatPath(issue.path),
    message: issue.message,
  }));
}

/** Formats a path such as [3, "signals", 0] as "[3].signals[0]". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(root)" : out;
}

/** Renders a problem the way `candor content check` prints it. */
export function describeProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}
