import type { Application, ApplicationBody, ApplicationList } from "../../core/api/applications.ts";
import type { Plan } from "../../core/api/plan.ts";
import type { CategoryId, Question } from "../../core/content/schema.ts";
import { buildPlan } from "../../core/plan/build-plan.ts";
import { err, ok, type Result } from "../../core/result.ts";
import {
  createApplication,
  deleteApplication,
  findApplication,
  listApplications,
  updateApplication,
} from "../../node/db/applications-repository.ts";
import type { Db } from "../../node/db/database.ts";
import { listKeptAnalyses } from "../../node/db/progress-repository.ts";
import { missing, type ServiceError } from "../http/errors.ts";

/** What the service needs, made once at start-up. */
export interface PlanServiceDeps {
  db: Db;
  /** The bank's questions, in the bank's order. */
  questions: readonly Question[];
  /** Today's date in UTC, for a plan asked for without the candidate's own date. */
  now?: () => Date;
}

/**
 * The prep plan: the candidate's applications and the rounds of each loop, and the plan of what
 * to practise each day, made from them and the user's own kept analyses. Only the requesting
 * user's rows are read or written.
 */
export function createPlanService(deps: PlanServiceDeps) {
  const byCategory = new Map<CategoryId, Question[]>();
  for (const question of deps.questions) {
    byCategory.set(question.category, [...(byCategory.get(question.category) ?? []), question]);
  }
  const now = deps.now ?? (() => new Date());

  return {
    async list(userId: string): Promise<ApplicationList> {
      return { applications: await listApplications(deps.db, userId) };
    },

    async find(userId: string, id: string): Promise<Result<Application, ServiceError>> {
      const found = await findApplication(deps.db, userId, id);
      return found === undefined ? err(missing("application", id)) : ok(found);
    },

    async create(userId: string, body: ApplicationBody): Promise<Application> {
      return createApplication(deps.db, userId, body);
    },

    /** Saves an edit made at `version`; an edit from a tab that missed a later save is refused. */
    async update(
      userId: string,
      id: string,
      version: number,
      body: ApplicationBody,
    ): Promise<Result<Application, ServiceError>> {
      const update = await updateApplication(deps.db, userId, id, version, body);
      if (update.kind === "saved") return ok(update.application);
      if (update.kind === "missing") return err(missing("application", id));
      return err({
        code: "edited-elsewhere",
        message: `This application was saved elsewhere since you opened it (it is at version ${String(update.current.version)}, you edited version ${String(version)}); reload it and make your change again.`,
        details: { version: update.current.version },
      });
    },

    async remove(userId: string, id: string): Promise<Result<void, ServiceError>> {
      return (await deleteApplication(deps.db, userId, id))
        ? ok(undefined)
        : err(missing("application", id));
    },

    /** The plan from `today` (the candidate's date; the server's in UTC when not given). */
    async plan(userId: string, options: { today?: string; days: number }): Promise<Plan> {
      const [applications, analyses] = await Promise.all([
        listApplications(deps.db, userId),
        listKeptAnalyses(deps.db, userId),
      ]);
      return buildPlan({
        today: options.today ?? now().toISOString().slice(0, 10),
        days: options.days,
        applications,
        analyses,
        questionsOf: (category) => byCategory.get(category) ?? [],
      });
    },
  };
}

/** The plan service's interface. */
export type PlanService = ReturnType<typeof createPlanService>;
