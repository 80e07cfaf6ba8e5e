import path from "node:path";
import type { FastifyInstance } from "fastify";
import { describeProblem } from "../core/content/content-problem.ts";
import { buildApp } from "./app.ts";
import { describeDatabase, sharedDataNotices, type Config } from "./config.ts";
import { loadContent } from "../node/content/load-content.ts";
import { problemCheckMemo } from "../node/content/problem-check-memo.ts";
import { checkProblemsOnThread } from "../node/content/problem-check-thread.ts";
import { openDatabase, type Database } from "../node/db/database.ts";
import { DataFolderInUseError } from "../node/db/folder-lock.ts";
import { ensureLocalUser } from "../node/db/users-repository.ts";
import { serverHostNames } from "./http/request-origin.ts";
import { loadLanguageModel } from "./llm/language-model.ts";
import { StartupError } from "./startup-errors.ts";

/** The file in a data folder that records the last clean problem check. */
export const PROBLEM_CHECK_RECORD = "candor-problem-check.json";

/** A running Candor server. */
export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  /** What the person starting it must know before anyone else connects; print each line. */
  notices: string[];
  /** Stops accepting requests, finishes the ones in flight, then closes the database. */
  close(): Promise<void>;
}

/**
 * Validates every kind of content, opens the database, builds the app and listens. Content with
 * any problem stops the start with a message naming each file and field.
 */
export async function startServer(options: {
  config: Config;
  version: string;
  /** The content folder to serve and validate: packs, problems, assessments, work samples. */
  contentDir: string;
  webDir?: string;
}): Promise<RunningServer> {
  const { config, contentDir } = options;
  // A data folder remembers the last clean problem check, so an unchanged folder is not parsed
  // again; a PostgreSQL server has no folder of Candor's, and checks on every start.
  const memo =
    config.database.kind === "pglite"
      ? problemCheckMemo(
          checkProblemsOnThread,
          path.join(config.database.dataDir, PROBLEM_CHECK_RECORD),
        )
      : undefined;
  // The content is checked while the database opens: much of opening (compiling PGlite's
  // WebAssembly) runs off the main thread, and so does reading every problem's tests.
  const [loaded, opened] = await Promise.allSettled([
    loadContent(contentDir, memo?.check ?? checkProblemsOnThread),
    openDatabaseOrExplain(config),
  ]);
  const closeOpened = async () => {
    if (opened.status === "fulfilled") await opened.value.close();
  };
  if (loaded.status === "rejected") {
    await closeOpened();
    throw loaded.reason;
  }
  const content = loaded.value;
  if (!content.ok) {
    await closeOpened();
    throw new StartupError(
      `The content in ${contentDir} has ${String(content.error.length)} problem(s); ` +
        "fix them (`npm run content:check` lists the same) and start again:\n" +
        content.error.map((p) => `  ${describeProblem(p)}`).join("\n"),
    );
  }
  if (opened.status === "rejected") throw opened.reason;
  const database = opened.value;
  // Written once the folder is open (and so exists and is ours); a failed write only means the
  // next start checks the problems again.
  await memo?.remember().catch(() => undefined);
  try {
    const localUser = await ensureLocalUser(database.db);
    const app = await buildApp({
      database,
      packs: content.value.packs,
      contentDir,
      localUser,
      version: options.version,
      logLevel: config.logLevel,
      llm: await languageModelFor(config),
      allowedHosts: serverHostNames(config.host, config.publicHosts),
      ...(options.webDir === undefined ? {} : { webDir: options.webDir }),
    });
    await listenOrExplain(app, config);
    const address = app.server.address();
    const port = typeof address === "object" && address !== null ? address.port : config.port;
    const host =
      config.host === "0.0.0.0" || config.host === "127.0.0.1" ? "localhost" : config.host;
    const url = `http://${host}:${port}`;
    // A second process on this folder (`candor interview`) finds the app here.
    await database.announce?.(url);
    const notices = sharedDataNotices(config);
    for (const notice of notices) app.log.warn(notice);
    return {
      app,
      database,
      url,
      notices,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function languageModelFor(config: Config) {
  const configured = await loadLanguageModel(config.provider);
  return configured === undefined ? undefined : { ...configured, timeoutMs: config.llmTimeoutMs };
}

async function openDatabaseOrExplain(config: Config): Promise<Database> {
  try {
    return await openDatabase(config.database);
  } catch (error) {
    if (error instanceof DataFolderInUseError) throw new StartupError(error.message);
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Candor could not open its database (${describeDatabase(config.database)}): ${reason}`,
    );
  }
}

async function listenOrExplain(app: FastifyInstance, config: Config): Promise<void> {
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    if (isErrno(error) && error.code === "EADDRINUSE") {
      throw new StartupError(
        `Port ${config.port} on ${config.host} is already in use — is Candor already running? ` +
          `Stop the other process or choose another port with --port or PORT.`,
      );
    }
    throw error;
  }
}

function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && "code" in error;
}
