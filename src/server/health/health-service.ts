import type { Health } from "../../core/api/health.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { Database } from "../../node/db/database.ts";
import { pingDatabase } from "../../node/db/health-repository.ts";
import type { ServiceError } from "../http/errors.ts";

/** The app cannot serve: today only when its database does not answer. */
export type HealthServiceError = ServiceError<"unavailable">;

/** Whether the app can serve requests, for `GET /api/health` and for probes in front of it. */
export interface HealthService {
  check(): Promise<Result<Health, HealthServiceError>>;
}

/** What the check reports on, made once at start-up. */
export interface HealthServiceDeps {
  database: Pick<Database, "db" | "kind">;
  version: string;
}

/** Builds the health check over the open database. */
export function createHealthService({ database, version }: HealthServiceDeps): HealthService {
  return {
    async check() {
      try {
        await pingDatabase(database.db);
      } catch {
        // The driver's message may carry a host or a path: the client hears only which part failed.
        return err({
          code: "unavailable",
          message: `The ${database.kind === "postgres" ? "PostgreSQL" : "PGlite"} database does not answer.`,
          details: { database: database.kind },
        });
      }
      return ok({ status: "ok", version, database: database.kind });
    },
  };
}
