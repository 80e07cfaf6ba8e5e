import type { Progress } from "../../core/api/progress.ts";
import type { CategoryId } from "../../core/content/schema.ts";
import { summarizeProgress } from "../../core/stats/progress-summary.ts";
import type { Db } from "../../node/db/database.ts";
import { listKeptAnalyses } from "../../node/db/progress-repository.ts";

/** What the service needs, made once at start-up. */
export interface ProgressServiceDeps {
  db: Db;
  /** The category of a bank question, to sum progress by category. */
  categoryOf?: (questionId: string) => CategoryId | undefined;
}

/**
 * A user's progress over everything they have had analysed: practice attempts, interview answers
 * and story versions. Only the requesting user's history is read.
 */
export function createProgressService(deps: ProgressServiceDeps) {
  return {
    /** This user's progress, summarised. */
    async summary(userId: string): Promise<Progress> {
      return summarizeProgress(await listKeptAnalyses(deps.db, userId), {}, deps.categoryOf);
    },
  };
}

/** The progress service's interface. */
export type ProgressService = ReturnType<typeof createProgressService>;
