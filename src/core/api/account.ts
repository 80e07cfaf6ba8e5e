import { z } from "zod";

/**
 * `GET /api/account`: the mode the server runs in and, in accounts mode, who this browser's
 * session belongs to (null without one). Open without a session, so the web app knows whether to
 * show the sign-in page.
 */
export const accountResponseSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("local") }),
  z.object({
    mode: z.literal("accounts"),
    user: z.object({ name: z.string() }).nullable(),
  }),
]);

/** `GET /api/account`. */
export type AccountResponse = z.infer<typeof accountResponseSchema>;

/** What `GET /api/account/export` sends: its `format` and `version` name the file's layout. */
export const ACCOUNT_EXPORT_FORMAT = "candor-account-export";

/** Raised whenever a field of the export changes meaning or goes away (added fields keep it). */
export const ACCOUNT_EXPORT_VERSION = 1;

/** The word that confirms deleting everything in local mode, where there is no email to type. */
export const LOCAL_DELETE_WORD = "delete";

/**
 * `DELETE /api/account`: `confirm` is the account's email in accounts mode, or the word "delete"
 * in local mode, typed by the person so that a stray request deletes nothing.
 */
export const deleteAccountBodySchema = z.object({
  confirm: z.string().max(320),
});

/** `DELETE /api/account`. */
export type DeleteAccountBody = z.infer<typeof deleteAccountBodySchema>;

/**
 * What `DELETE /api/account` did: in accounts mode the account is gone and this browser signed
 * out; in local mode the local user stays with no data. `removed` counts the rows by table.
 */
export const deleteAccountResponseSchema = z.object({
  mode: z.enum(["local", "accounts"]),
  removed: z.record(z.string(), z.number().int().nonnegative()),
});

/** `DELETE /api/account`. */
export type DeleteAccountResponse = z.infer<typeof deleteAccountResponseSchema>;
