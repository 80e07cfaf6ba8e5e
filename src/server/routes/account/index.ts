import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { accountResponseSchema, type AccountResponse } from "../../../core/api/account.ts";
import type { Accounts } from "../../auth/accounts-api.ts";

/** `GET /api/account`: local mode, or accounts mode and who is signed in. */
export const accountRoutes: FastifyPluginAsyncZod<{ accounts: Accounts | undefined }> = async (
  app,
  { accounts },
) => {
  app.get(
    "/account",
    { schema: { response: { 200: accountResponseSchema } } },
    async (request, reply): Promise<AccountResponse> => {
      // Who is asking may change with every sign-in; never answer from a cache.
      reply.header("cache-control", "no-store");
      if (accounts === undefined) return { mode: "local" };
      const { user, setCookies } = await accounts.sessionUser(request.headers);
      if (setCookies.length > 0) reply.header("set-cookie", setCookies);
      return { mode: "accounts", user: user === undefined ? null : { name: user.displayName } };
    },
  );
};
