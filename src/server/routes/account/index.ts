import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  accountResponseSchema,
  deleteAccountBodySchema,
  deleteAccountResponseSchema,
  type AccountResponse,
  type DeleteAccountResponse,
} from "../../../core/api/account.ts";
import type { AccountService } from "../../account/account-service.ts";
import type { Accounts } from "../../auth/accounts-api.ts";
import { unwrap } from "../../http/errors.ts";

/**
 * `GET /api/account`: local mode, or accounts mode and who is signed in. `GET /api/account/export`
 * and `DELETE /api/account`: everything the user owns, as a file, and deleting it.
 */
export const accountRoutes: FastifyPluginAsyncZod<{
  accounts: Accounts | undefined;
  account: AccountService;
}> = async (app, { accounts, account }) => {
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

  app.get("/account/export", async (request, reply) => {
    const exported = await account.exportData(request.user);
    const day = exported.exportedAt.slice(0, 10);
    return reply
      .header("cache-control", "no-store")
      .header("content-disposition", `attachment; filename="candor-export-${day}.json"`)
      .type("application/json; charset=utf-8")
      .send(JSON.stringify(exported, null, 2));
  });

  app.delete(
    "/account",
    { schema: { body: deleteAccountBodySchema, response: { 200: deleteAccountResponseSchema } } },
    async (request, reply): Promise<DeleteAccountResponse> => {
      const removed = unwrap(await account.deleteData(request.user, request.body.confirm));
      if (accounts !== undefined) {
        // The session went with the account; this clears its cookie in the browser too.
        reply.header("set-cookie", await accounts.signOut(request.headers));
      }
      return { mode: accounts === undefined ? "local" : "accounts", removed };
    },
  );
};
