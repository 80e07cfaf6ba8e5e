import path from "node:path";
import type { FastifyInstance } from "fastify";
import { describeProblem, type ContentProblem } from "../core/content/content-problem.ts";
import { accountsNotices, describeDatabase, sharedDataNotices, type Config } from "./config.ts";
import { ok, type Result } from "../core/result.ts";
import { contentSnapshot } from "../node/content/content-snapshot.ts";
import type { LoadedContent } from "../node/content/load-content.ts";
import { openDatabase, type Database } from "../node/db/database.ts";
import { DataFolderInUseError } from "../node/db/folder-lock.ts";
import { ensureLocalUser } from "../node/db/users-repository.ts";
import { serverHostNames } from "./http/request-origin.ts";
import { loadLanguageModel } from "./llm/language-model.ts";
import { chooseSpeechEngine } from "../node/speech/speech-engine.ts";
import { StartupError } from "./startup-errors.ts";

/** The file in a data folder that records the last clean problem check. */
export const PROBLEM_CHECK_RECORD = "candor-problem-check.json";

/** The file in a data folder that keeps the content as last validated. */
export const CONTENT_SNAPSHOT_FILE = "candor-content.json";

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
  /** Brings `webDir`'s build up to date; called once the database has begun to open. */
  prepareWeb?: () => Promise<void>;
}): Promise<RunningServer> {
  const { config, contentDir } = options;
  // The database opens first: much of opening (reading PGlite's files, compiling its WebAssembly)
  // runs off the main thread, while the content, the app's modules and the web build are readied.
  const opening = openDatabaseOrExplain(config);
  // Awaited below, after the content: its failure must not go unhandled meanwhile.
  opening.catch(() => undefined);
  try {
    const [content, { buildApp, warmUp }] = await Promise.all([
      readContent(config, contentDir),
      import("./app.ts"),
      options.prepareWeb?.(),
    ]);
    if (!content.ok) {
      throw new StartupError(
        `The content in ${contentDir} has ${String(content.error.length)} problem(s); ` +
          "fix them (`npm run content:check` lists the same) and start again:\n" +
          content.error.map((p) => `  ${describeProblem(p)}`).join("\n"),
      );
    }
    const opened = await opening;
    // Written once the folder is open (and so exists and is ours); a failed write only means the
    // next start reads the content again.
    await content.value.remember().catch(() => undefined);
    const localUser = await ensureLocalUser(opened.db);
    const speech = await chooseSpeechEngine(config.speech);
    const app = await buildApp({
      database: opened,
      packs: content.value.content.packs,
      contentDir,
      localUser,
      ...(config.auth.mode === "accounts"
        ? {
            accounts: await accountsFor(config.auth, opened),
            adminEmails: config.auth.adminEmails,
          }
        : {}),
      version: options.version,
      logLevel: config.logLevel,
      llm: await languageModelFor(config),
      speech,
      limits: config.limits,
      trustedProxies: config.trustedProxies,
      allowedHosts: serverHostNames(config.host, publicHostNames(config)),
      ...(options.webDir === undefined ? {} : { webDir: options.webDir }),
    });
    await listenOrExplain(app, config);
    const address = app.server.address();
    const port = typeof address === "object" && address !== null ? address.port : config.port;
    const host =
      config.host === "0.0.0.0" || config.host === "127.0.0.1" ? "localhost" : config.host;
    const url = `http://${host}:${port}`;
    // A second process on this folder (`candor interview`) finds the app here.
    await opened.announce?.(url);
    const notices = [...sharedDataNotices(config), ...accountsNotices(config)];
    for (const notice of notices) app.log.warn(notice);
    app.log.info(
      `speech to text: ${speech.available ? speech.transcriber.engine : "none (docs/speech.md)"}`,
    );
    // The coach and the interview engine load once the server answers, so that neither the start
    // nor the first answer waits for them (docs/decisions/017).
    setImmediate(() => {
      warmUp().catch((error: unknown) => {
        app.log.error({ err: error }, "loading the coach failed; the first answer will try again");
      });
    });
    return {
      app,
      database: opened,
      url,
      notices,
      close: async () => {
        await app.close();
        await opened.close();
      },
    };
  } catch (error) {
    // The database is closed whether or not the failure came before it finished opening.
    await (await opening.catch(() => undefined))?.close();
    throw error;
  }
}

/** Validated content, and how to keep what was read for the next start. */
interface ReadContent {
  content: LoadedContent;
  remember(): Promise<void>;
}

/**
 * The content, validated. With a data folder, an unchanged content folder is taken from the
 * snapshot the last start kept (docs/decisions/017) and the parsers are not even loaded; otherwise
 * every file is read and checked, the problems' tests on a worker thread and only when they
 * changed since the last clean check.
 */
async function readContent(
  config: Config,
  contentDir: string,
): Promise<Result<ReadContent, ContentProblem[]>> {
  const dataDir = config.database.kind === "pglite" ? config.database.dataDir : undefined;
  const snapshot =
    dataDir === undefined
      ? undefined
      : contentSnapshot(contentDir, path.join(dataDir, CONTENT_SNAPSHOT_FILE));
  const kept = await snapshot?.read();
  if (kept !== undefined) return ok({ content: kept, remember: async () => undefined });
  const [{ loadContent }, { problemCheckMemo }, { checkProblemsOnThread }] = await Promise.all([
    import("../node/content/load-content.ts"),
    import("../node/content/problem-check-memo.ts"),
    import("../node/content/problem-check-thread.ts"),
  ]);
  const memo =
    dataDir === undefined
      ? undefined
      : problemCheckMemo(checkProblemsOnThread, path.join(dataDir, PROBLEM_CHECK_RECORD));
  const loaded = await loadContent(contentDir, memo?.check ?? checkProblemsOnThread);
  if (!loaded.ok) return loaded;
  return ok({
    content: loaded.value,
    remember: async () => {
      await memo?.remember();
      await snapshot?.write(loaded.value);
    },
  });
}

// Accounts mode only: local mode never loads better-auth.
async function accountsFor(
  auth: Extract<Config["auth"], { mode: "accounts" }>,
  database: Database,
) {
  const { createAccounts } = await import("./auth/accounts.ts");
  return createAccounts({ db: database.db, secret: auth.secret, publicUrl: auth.publicUrl });
}

// CANDOR_PUBLIC_URL's host is a name the server answers to, whether or not it is listed again in
// CANDOR_PUBLIC_HOST.
function publicHostNames(config: Config): string[] {
  const publicUrl = config.auth.mode === "accounts" ? config.auth.publicUrl : undefined;
  if (publicUrl === undefined) return config.publicHosts;
  return [...new Set([...config.publicHosts, new URL(publicUrl).hostname.toLowerCase()])];
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
