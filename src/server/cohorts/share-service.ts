import type {
  CohortSharedView,
  ShareKind,
  ShareList,
  SharedItem,
  ShareView,
} from "../../core/api/cohorts.ts";
import { err, ok } from "../../core/result.ts";
import { type CohortRow, findMembership } from "../../node/db/cohorts-repository.ts";
import * as shareRepository from "../../node/db/shares-repository.ts";
import type { User } from "../../node/db/users-repository.ts";
import { missing, type ServiceError } from "../http/errors.ts";
import type { CohortServiceDeps, ServiceResult } from "./cohort-service.ts";

/** What sharing needs beside the cohort service's own needs: the check that a user coaches. */
interface ShareDeps extends CohortServiceDeps {
  /** The cohort, when the user coaches it (or administers Candor). */
  readonly coached: (user: User, cohortId: string) => ServiceResult<CohortRow>;
}

/**
 * A learner's shares with a cohort's coaches: made and taken back by the learner, read by the
 * coaches, and looked up on every read so that a share taken back is gone at once.
 */
export function createShareMethods(deps: ShareDeps) {
  const { db, coached } = deps;
  return {
    async listShares(user: User): Promise<ShareList> {
      return { shares: (await shareRepository.listOwnShares(db, user.id)).map(shareView) };
    },

    async share(
      user: User,
      request: { cohortId: string; kind: ShareKind; id?: string | undefined },
    ): ServiceResult<{ share: ShareView; created: boolean }> {
      const role = await findMembership(db, request.cohortId, user.id);
      if (role !== "learner") return err(missing("cohort you share with", request.cohortId));
      // Progress is the caller's own as a whole; any id sent with it is not read.
      const itemId = request.kind === "progress" ? user.id : (request.id ?? "");
      if (!(await shareRepository.ownsItem(db, user.id, request.kind, itemId))) {
        return err(missing(request.kind, itemId));
      }
      const { id, created } = await shareRepository.createShare(db, {
        userId: user.id,
        cohortId: request.cohortId,
        kind: request.kind,
        itemId,
      });
      const share = (await shareRepository.listOwnShares(db, user.id)).find((row) => row.id === id);
      if (share === undefined) throw new Error("A share just made is missing.");
      return ok({ share: shareView(share), created });
    },

    async unshare(user: User, shareId: string): ServiceResult<true> {
      const deleted = await shareRepository.deleteShare(db, user.id, shareId);
      return deleted ? ok(true) : err(missing("share", shareId));
    },

    async sharedView(user: User, cohortId: string): ServiceResult<CohortSharedView> {
      const cohort = await coached(user, cohortId);
      if (!cohort.ok) return cohort;
      const learners = await shareRepository.listLearnerShares(db, cohort.value.id);
      return ok({
        cohort: { id: cohort.value.id, name: cohort.value.name },
        learners: learners.map((learner) => ({
          id: learner.id,
          name: learner.name,
          shared: learner.shares.length,
          items: learner.shares.map(shareView),
        })),
      });
    },

    async sharedItem(user: User, cohortId: string, shareId: string): ServiceResult<SharedItem> {
      const cohort = await coached(user, cohortId);
      if (!cohort.ok) return cohort;
      // Looked up on every request, so a revoked share is gone at once.
      const share = await shareRepository.findCohortShare(db, cohort.value.id, shareId);
      if (share === undefined) return err(notShared(shareId));
      const view = { ...shareView(share), owner: { id: share.ownerId, name: share.ownerName } };
      if (share.kind === "progress") {
        return ok({
          share: view,
          kind: "progress",
          progress: await deps.readProgress(share.ownerId),
        });
      }
      if (share.kind === "story") {
        const story = await deps.readStory(share.ownerId, share.itemId);
        if (!story.ok) return err(notShared(shareId));
        return ok({ share: view, kind: "story", ...story.value });
      }
      const interview = await deps.readInterview(share.ownerId, share.itemId);
      if (!interview.ok) return err(notShared(shareId));
      const { transcript, report } = interview.value;
      return ok({ share: view, kind: "interview", interview: transcript, report });
    },
  };
}

function notShared(shareId: string): ServiceError<"not-found"> {
  return {
    code: "not-found",
    message: "Nothing is shared with this cohort under that address; it may have been taken back.",
    details: { id: shareId },
  };
}

function shareView(row: shareRepository.ShareRow): ShareView {
  return {
    id: row.id,
    cohort: { id: row.cohortId, name: row.cohortName },
    kind: row.kind,
    itemId: row.itemId,
    title: row.title,
    createdAt: row.createdAt.toISOString(),
  };
}
