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
