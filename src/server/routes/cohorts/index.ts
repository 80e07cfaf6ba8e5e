import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  cohortMemberParamsSchema,
  cohortParamsSchema,
  cohortShareParamsSchema,
  createCohortBodySchema,
  createInvitationBodySchema,
  createShareBodySchema,
  deleteCohortBodySchema,
  invitationParamsSchema,
  invitationTokenParamsSchema,
  renameCohortBodySchema,
  shareParamsSchema,
  type AcceptedInvitation,
  type CohortList,
  type CohortMemberList,
  type CohortSummary,
  type CohortSharedView,
  type InvitationList,
  type InvitationPreview,
  type ShareList,
  type SharedItem,
} from "../../../core/api/cohorts.ts";
import type { CohortService } from "../../cohorts/cohort-service.ts";
import { unwrap } from "../../http/errors.ts";

/**
 * Cohorts, invitations and shares (accounts mode only); the rules are the cohort service's. No
 * response is cached: what a coach may read changes the moment a learner revokes a share.
 */
export const cohortRoutes: FastifyPluginAsyncZod<{ cohorts: CohortService }> = async (
  app,
  { cohorts },
) => {
  app.addHook("onSend", async (_request, reply) => {
    reply.header("cache-control", "no-store");
  });

  app.get("/cohorts", async (request): Promise<CohortList> => cohorts.list(request.user));

  app.post("/cohorts", { schema: { body: createCohortBodySchema } }, async (request, reply) => {
    const cohort = unwrap(await cohorts.create(request.user, request.body.name));
    return reply.status(201).send(cohort);
  });

  app.patch(
    "/cohorts/:id",
    { schema: { params: cohortParamsSchema, body: renameCohortBodySchema } },
    async (request): Promise<CohortSummary> =>
      unwrap(await cohorts.rename(request.user, request.params.id, request.body.name)),
  );

  app.delete(
    "/cohorts/:id",
    { schema: { params: cohortParamsSchema, body: deleteCohortBodySchema } },
    async (request, reply) => {
      unwrap(await cohorts.remove(request.user, request.params.id, request.body.confirm));
      return reply.status(204).send();
    },
  );

  app.get(
    "/cohorts/:id/members",
    { schema: { params: cohortParamsSchema } },
    async (request): Promise<CohortMemberList> =>
      unwrap(await cohorts.members(request.user, request.params.id)),
  );

  app.delete(
    "/cohorts/:id/members/:userId",
    { schema: { params: cohortMemberParamsSchema } },
    async (request, reply) => {
      const { id, userId } = request.params;
      unwrap(await cohorts.removeMember(request.user, id, userId));
      return reply.status(204).send();
    },
  );

  app.delete(
    "/cohorts/:id/membership",
    { schema: { params: cohortParamsSchema } },
    async (request, reply) => {
      unwrap(await cohorts.leave(request.user, request.params.id));
      return reply.status(204).send();
    },
  );

  app.get(
    "/cohorts/:id/invitations",
    { schema: { params: cohortParamsSchema } },
    async (request): Promise<InvitationList> =>
      unwrap(await cohorts.invitations(request.user, request.params.id)),
  );

  app.post(
    "/cohorts/:id/invitations",
    { schema: { params: cohortParamsSchema, body: createInvitationBodySchema } },
    async (request, reply) => {
      const created = unwrap(await cohorts.invite(request.user, request.params.id, request.body));
      return reply.status(201).send(created);
    },
  );

  app.delete(
    "/cohorts/:id/invitations/:invitationId",
    { schema: { params: invitationParamsSchema } },
    async (request, reply) => {
      const { id, invitationId } = request.params;
      unwrap(await cohorts.revokeInvitation(request.user, id, invitationId));
      return reply.status(204).send();
    },
  );

  app.get(
    "/cohorts/:id/shared",
    { schema: { params: cohortParamsSchema } },
    async (request): Promise<CohortSharedView> =>
      unwrap(await cohorts.sharedView(request.user, request.params.id)),
  );

  app.get(
    "/cohorts/:id/shared/:shareId",
    { schema: { params: cohortShareParamsSchema } },
    async (request): Promise<SharedItem> => {
      const { id, shareId } = request.params;
      return unwrap(await cohorts.sharedItem(request.user, id, shareId));
    },
  );

  app.get(
    "/invitations/:token",
    { schema: { params: invitationTokenParamsSchema } },
    async (request): Promise<InvitationPreview> =>
      unwrap(await cohorts.previewInvitation(request.params.token)),
  );

  app.post(
    "/invitations/:token/accept",
    { schema: { params: invitationTokenParamsSchema } },
    async (request): Promise<AcceptedInvitation> =>
      unwrap(await cohorts.accept(request.user, request.params.token)),
  );

  app.get("/shares", async (request): Promise<ShareList> => cohorts.listShares(request.user));

  app.post("/shares", { schema: { body: createShareBodySchema } }, async (request, reply) => {
    const { share, created } = unwrap(await cohorts.share(request.user, request.body));
    return reply.status(created ? 201 : 200).send(share);
  });

  app.delete("/shares/:id", { schema: { params: shareParamsSchema } }, async (request, reply) => {
    unwrap(await cohorts.unshare(request.user, request.params.id));
    return reply.status(204).send();
  });
};
