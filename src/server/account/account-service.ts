import {
  ACCOUNT_EXPORT_FORMAT,
  ACCOUNT_EXPORT_VERSION,
  LOCAL_DELETE_WORD,
} from "../../core/api/account.ts";
import type { InterviewReport } from "../../core/interview/index.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { Db } from "../../node/db/database.ts";
import {
  deleteUserData,
  findProfile,
  readUserRows,
  type DeletedRows,
  type UserProfile,
  type UserRows,
} from "../../node/db/user-data-repository.ts";
import type { User } from "../../node/db/users-repository.ts";
import type { ServiceError } from "../http/errors.ts";
import { listStoryRefs } from "../interviews/story-refs.ts";

type StoryRow = UserRows["stories"][number];
type InterviewRow = UserRows["interviews"][number];

/**
 * Everything a user owns, as one file. Each exported table of USER_OWNED_TABLES appears under its
 * SQL name, rows as stored; stories carry their versions, and interviews (whose `state` holds every
 * turn) the report the app shows for them.
 */
export type AccountExport = {
  format: typeof ACCOUNT_EXPORT_FORMAT;
  version: typeof ACCOUNT_EXPORT_VERSION;
  exportedAt: string;
  profile: UserProfile;
  stories: (StoryRow & { versions: UserRows["story_versions"] })[];
  interviews: (InterviewRow & { report: InterviewReport })[];
} & Omit<UserRows, "stories" | "story_versions" | "interviews">;

/** Exporting and deleting everything a user owns (issue 14, item 6). */
export interface AccountService {
  /** Everything the user owns, as the export file holds it. */
  exportData(user: User): Promise<AccountExport>;
  /**
   * Deletes the user's rows, and an account's user row too, once `confirm` matches: the account's
   * email in accounts mode, LOCAL_DELETE_WORD for the local user (who stays, with no data).
   */
  deleteData(user: User, confirm: string): Promise<Result<DeletedRows, ServiceError>>;
}

/** The account service over `db`. */
export function createAccountService(deps: { db: Db; now?: () => Date }): AccountService {
  const now = deps.now ?? (() => new Date());
  return {
    async exportData(user) {
      const profile = await findProfile(deps.db, user.id);
      if (profile === undefined) throw new Error("the signed-in user has no row");
      const {
        stories,
        story_versions: versions,
        interviews,
        ...rest
      } = await readUserRows(deps.db, user.id);
      // The report needs the interview engine's scoring, which loads on first use (decision 017).
      const { buildInterviewReport } = await import("../../core/interview/report.ts");
      const storyRefs = await listStoryRefs(deps.db, user.id);
      return {
        format: ACCOUNT_EXPORT_FORMAT,
        version: ACCOUNT_EXPORT_VERSION,
        exportedAt: now().toISOString(),
        profile,
        stories: stories.map((story) => ({
          ...story,
          versions: versions
            .filter((version) => version.storyId === story.id)
            .sort((a, b) => a.number - b.number),
        })),
        interviews: interviews.map((interview) => ({
          ...interview,
          report: buildInterviewReport(interview.state, storyRefs),
        })),
        ...rest,
      };
    },

    async deleteData(user, confirm) {
      const typed = confirm.trim();
      if (user.kind === "local") {
        if (typed.toLowerCase() !== LOCAL_DELETE_WORD) {
          return refused(`Type "${LOCAL_DELETE_WORD}" to delete all of your data.`);
        }
        return ok(await deleteUserData(deps.db, user.id, { keepUser: true }));
      }
      const profile = await findProfile(deps.db, user.id);
      if (profile?.email == null || typed.toLowerCase() !== profile.email.toLowerCase()) {
        return refused("Type your account's email address to delete the account.");
      }
      return ok(await deleteUserData(deps.db, user.id, { keepUser: false }));
    },
  };
}

/** A 400 for a confirmation that does not match, worded for the person who typed it. */
function refused(message: string): Result<never, ServiceError> {
  return err({
    code: "invalid-request",
    message,
    details: { issues: [{ field: "confirm", message }] },
  });
}
