import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { planQuerySchema, type Plan } from "../../../core/api/plan.ts";
import type { PlanService } from "../../plan/plan-service.ts";

/** The prep plan's route; the plan is the plan service's. */
export const planRoutes: FastifyPluginAsyncZod<{ plan: PlanService }> = async (app, { plan }) => {
  app.get("/plan", { schema: { querystring: planQuerySchema } }, async (request): Promise<Plan> => {
    const { today, days } = request.query;
    return plan.plan(request.user.id, { days, ...(today === undefined ? {} : { today }) });
  });
};
