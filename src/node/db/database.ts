import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import path from "node:path";
import { mkdir } from "node:fs/promises";
import { execFile } from "node:child_process";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import {
  TEMPLATES_DIR,
  templateArchive,
  templateFile,
  unpackTemplate,
} from "./data-folder-template.ts";
import { type FolderLock, lockDataFolder } from "./folder-lock.ts";
import { compilePgliteEngine } from "./pglite-engine.ts";
import * as schema from "./schema.ts";

/** The Drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Where the data lives: an embedded PGlite folder, or a PostgreSQL server. */
export type DatabaseConfig =
  { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

/** An open database and the way to close it. */
export interface Database {
  db: Db;
  kind: DatabaseConfig["kind"];
  close(): Promise<void>;
  /** For a data folder: records where this process serves the app, for a second one to name. */
  announce?(url: string): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));
const CREATE_FOLDER_SCRIPT = fileURLToPath(new URL("./create-data-folder.mjs", import.meta.url));

// Several app servers may start at once against one PostgreSQL; an advisory lock keeps them from
// applying the same migration twice. The number is arbitrary but fixed.
const MIGRATION_LOCK_ID = 5_170_001;

/**
 * How the embedded PostgreSQL runs. Its buffer cache lives in PGlite's WebAssembly memory, which
 * never shrinks: PostgreSQL's default of 128 MB filled over a day of use and stayed in the process.
 * One candidate's data is a few megabytes, and the operating system caches the files beneath it,
 * so 16 MB of buffers keep the process about 100 MB smaller at no measurable cost.
 */
const EMBEDDED_START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

async function embeddedPostgres(dataDir?: string): Promise<PGlite> {
  const engine = await compilePgliteEngine();
  const options = {
    startParams: EMBEDDED_START_PARAMS,
    ...(engine === undefined ? {} : { pgliteWasmModule: engine }),
  };
  if (dataDir !== undefined) return new PGlite(dataDir, options);
  // In memory (tests, mostly), PGlite loads the template's files instead of running initdb.
  const template = templateArchive();
  return new PGlite(template === undefined ? options : { ...options, loadDataDir: template });
}

/**
 * Makes a new data folder: a copy of the template for the installed PGlite when one ships, or else
 * initdb's own work (docs/decisions/015).
 */
async function newDataFolder(dataDir: string, templatesDir: string): Promise<void> {
  const template = templateFile(templatesDir);
  if (template === undefined) {
    await createDataFolder(dataDir);
    return;
  }
  try {
    await unpackTemplate(template, dataDir);
  } catch (error) {
    throw creationFailed(dataDir, error instanceof Error ? error.message : String(error));
  }
}

function creationFailed(dataDir: string, reason: string): Error {
  return new Error(
    `Creating the database in ${dataDir} failed (${reason}). Check that the folder is ` +
      "writable and holds nothing else, or set CANDOR_DATA_DIR to a new folder.",
  );
}

/**
 * Creates a new data folder (initdb) in a child process. initdb leaves hundreds of megabytes of
 * WebAssembly memory and compiled code behind even after its PGlite is closed (760 MB resident
 * after a first start, against about 300 MB after later ones), and a worker thread would share
 * the compiled code with this process; a process returns all of it when it exits.
 */
export function createDataFolder(dataDir: string): Promise<void> {
  const args = [CREATE_FOLDER_SCRIPT, dataDir, JSON.stringify(EMBEDDED_START_PARAMS)];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, (error, _stdout, stderr) => {
      if (error === null) {
        resolve();
        return;
      }
      reject(creationFailed(dataDir, stderr.trim().split("\n").at(-1) ?? error.message));
    });
  });
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(
  config: DatabaseConfig | { kind: "memory" },
  options: { templatesDir?: string } = {},
): Promise<Database> {
  if (config.kind === "postgres") return openPostgres(config.url);
  if (config.kind === "memory") return openPglite(await embeddedPostgres(), undefined);
  await mkdir(config.dataDir, { recursive: true });
  // Two processes on one folder would each see none of the other's writes and corrupt it.
  const lock = await lockDataFolder(config.dataDir);
  try {
    if (!existsSync(path.join(config.dataDir, "PG_VERSION"))) {
      await newDataFolder(config.dataDir, options.templatesDir ?? TEMPLATES_DIR);
    }
    return await openPglite(await embeddedPostgres(config.dataDir), lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function openPglite(client: PGlite, lock: FolderLock | undefined): Promise<Database> {
  const db = drizzlePglite(client, { schema });
  try {
    await migratePglite(db, { migrationsFolder });
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
  return {
    db: db as unknown as Db,
    kind: "pglite",
    close: async () => {
      await client.close();
      await lock?.release();
    },
    ...(lock === undefined ? {} : { announce: (url: string) => lock.announce(url) }),
  };
}

async function openPostgres(url: string): Promise<Database> {
  // Loaded only here: a start on a data folder has no use for the PostgreSQL client.
  const [{ default: pg }, { drizzle: drizzlePostgres }, { migrate: migratePostgres }] =
    await Promise.all([
      import("pg"),
      import("drizzle-orm/node-postgres"),
      import("drizzle-orm/node-postgres/migrator"),
    ]);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that the server drops (a restart, an administrator's command) emits an
  // error on the pool; unhandled, it would kill the process. The next query reconnects or fails
  // with its own error, which the request's error handler reports.
  pool.on("error", () => undefined);
  const db = drizzlePostgres(pool, { schema });
  try {
    const lockClient = await pool.connect();
    try {
      await lockClient.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
      await migratePostgres(db, { migrationsFolder });
    } finally {
      await lockClient.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]);
      lockClient.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    db: db as unknown as Db,
    kind: "postgres",
    close: () => pool.end(),
  };
}
