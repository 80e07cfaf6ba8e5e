import type { Assessment } from "../../core/assessments/index.ts";
import { describeProblem } from "../../core/content/content-problem.ts";
import { loadOnce } from "../../core/load-once.ts";
import { loadAssessments } from "./load-assessments.ts";

/** The timed assessments, read from the content folder when first asked for and then kept. */
export interface AssessmentCatalog {
  /** Every assessment, sorted by id. */
  all(): Promise<readonly Assessment[]>;
  /** One assessment; undefined when there is none. */
  find(id: string): Promise<Assessment | undefined>;
}

/**
 * A catalog over `<contentDir>/assessments`, loaded whole on first use (a few small folders).
 * `candor start` validates the content before it serves, so an invalid assessment here means the
 * folder changed under a running server: it throws (the HTTP edge answers 500 and logs the file
 * and field).
 */
export function createAssessmentCatalog(contentDir: string): AssessmentCatalog {
  // A failed read is tried again on the next request rather than remembered.
  const all = loadOnce(async (): Promise<readonly Assessment[]> => {
    const loaded = await loadAssessments(contentDir);
    if (!loaded.ok) {
      throw new Error(`invalid assessment content: ${loaded.error.map(describeProblem).join("; ")}`);
    }
    return loaded.value;
  });
  return {
    all,
    find: async (id) => (await all()).find((assessment) => assessment.meta.id === id),
  };
}
