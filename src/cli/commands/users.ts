import { loadConfig, type Config } from "../../server/config.ts";
import { createAccounts, RESET_LINK_HOURS } from "../../server/auth/accounts.ts";
import { openDatabase } from "../../node/db/database.ts";
import { DataFolderInUseError } from "../../node/db/folder-lock.ts";
import { StartupError } from "../../server/startup-errors.ts";
import { UsageError, type Io } from "../usage.ts";

/**
 * `candor users reset-link EMAIL`: prints a one-time link that sets a new password for that
 * account, for an administrator to hand over when no mail is configured.
 */
export async function usersCommand(
  args: string[],
  io: Io,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const [subcommand, email, ...extra] = args;
  if (subcommand !== "reset-link" || email === undefined || extra.length > 0) {
    throw new UsageError(
      `unknown users command: ${args.join(" ") || "(none)"}; try users reset-link EMAIL`,
    );
  }
  const config = loadConfig(env);
  if (config.auth.mode !== "accounts") {
    throw new StartupError(
      "CANDOR_AUTH is local: this Candor has one user and no passwords to reset. Run the command " +
        "with the environment the server runs with (CANDOR_AUTH=accounts and its secret).",
    );
  }
  const database = await openOrExplain(config);
  try {
    const accounts = createAccounts({
      db: database.db,
      secret: config.auth.secret,
      publicUrl: config.auth.publicUrl,
    });
    const origin = config.auth.publicUrl ?? `http://localhost:${String(config.port)}`;
    const link = await accounts.resetLink(email, origin);
    if (link === undefined) {
      io.err(`No account has the email ${email}.\n`);
      return 1;
    }
    io.out(
      `${link}\n\nHand this link to its owner: it sets a new password once, within ` +
        `${String(RESET_LINK_HOURS)} hours, and signs their other sessions out. Anyone holding ` +
        `it can take the account, so send it the way you would send a password.\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

async function openOrExplain(config: Config) {
  try {
    return await openDatabase(config.database);
  } catch (error) {
    if (error instanceof DataFolderInUseError) {
      throw new StartupError(
        `${error.message}\nA data folder has one owner at a time: stop the server, make the ` +
          "link, and start it again (on PostgreSQL the command runs beside the servers).",
      );
    }
    throw error;
  }
}
