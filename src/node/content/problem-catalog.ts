import { describeProblem, type ContentProblem } from "../../core/content/content-problem.ts";
import type { Problem } from "../../core/problems/parse-problem.ts";
import type { ProblemMeta } from "../../core/problems/schema.ts";
import { loadProblem, loadProblemList } from "./load-problems.ts";

/** The coding problems, read from the content folder when first asked for and then kept. */
export interface ProblemCatalog {
  /** Every problem's metadata, sorted by id. */
  list(): Promise<readonly ProblemMeta[]>;
  /** One whole problem (statement, tests, starters, solutions); undefined when there is none. */
  find(id: string): Promise<Problem | undefined>;
}

/**
 * A catalog over `<contentDir>/problems`. Problems load lazily, one at a time: some tests files
 * are hundreds of kilobytes, and most visits open a few problems. `candor start` validates every
 * problem before it serves, so an invalid one here means the folder changed under a running
 * server: it throws (the HTTP edge answers 500 and logs the message, which names file and field).
 */
export function createProblemCatalog(contentDir: string): ProblemCatalog {
  let listing: Promise<readonly ProblemMeta[]> | undefined;
  const problems = new Map<string, Promise<Problem | undefined>>();
  return {
    list() {
      listing ??= loadProblemList(contentDir).then((loaded) => {
        if (!loaded.ok) throw invalidContent(loaded.error);
        return loaded.value;
      });
      // A failed read is tried again on the next request rather than remembered.
      listing.catch(() => {
        listing = undefined;
      });
      return listing;
    },
    find(id) {
      let found = problems.get(id);
      if (found === undefined) {
        found = loadProblem(id, contentDir).then((loaded) => {
          if (loaded === undefined) return undefined;
          if (!loaded.ok) throw invalidContent(loaded.error);
          return loaded.value;
        });
        problems.set(id, found);
        // Only problems that exist are kept, so made-up ids cannot grow the cache.
        found.then(
          (problem) => {
            if (problem === undefined) problems.delete(id);
          },
          () => {
            problems.delete(id);
          },
        );
      }
      return found;
    },
  };
}

function invalidContent(problems: readonly ContentProblem[]): Error {
  return new Error(`invalid problem content: ${problems.map(describeProblem).join("; ")}`);
}
