import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { openDatabase, type Database, type Db } from "../../src/node/db/database.ts";

/**
 * A database one test file owns alone: opened once for the file, since opening PGlite and
 * migrating it costs seconds; `reset` empties it between tests; `dispose` closes it and removes
 * what it created.
 */
export interface TestDatabase extends Database {
  /** Deletes every row of every table, so the next test starts from the migrated, empty schema. */
  reset(): Promise<void>;
  dispose(): Promise<void>;
  /** Opens another connection to the same database, as a second app server would. */
  openAnother(): Promise<Database>;
}

/** The databases repository tests run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DATABASE_TARGETS: { name: string; open: () => Promise<TestDatabase> }[] = [
  { name: "PGlite", open: openPgliteInMemory },
  ...(process.env["TEST_DATABASE_URL"]
    ? [
        {
          name: "PostgreSQL",
          open: () => openFreshPostgres(process.env["TEST_DATABASE_URL"] ?? ""),
        },
      ]
    : []),
];

// One statement, so the tables are found and emptied in a single round trip on either driver, and a
// table added by a later migration is emptied without this list being edited.
const EMPTY_EVERY_TABLE = sql.raw(`DO $$
DECLARE names text;
BEGIN
  SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') INTO names
    FROM pg_tables WHERE schemaname = current_schema();
  IF names IS NOT NULL THEN
    EXECUTE 'TRUNCATE TABLE ' || names || ' RESTART IDENTITY CASCADE';
  END IF;
END $$`);

/** Empties every table of the application's schema; the migrations' own bookkeeping stays. */
export async function emptyEveryTable(db: Db): Promise<void> {
  await db.execute(EMPTY_EVERY_TABLE);
}

async function openPgliteInMemory(): Promise<TestDatabase> {
  const database = await openDatabase({ kind: "memory" });
  // PGlite has one owner: a second app server in this process shares the same instance.
  return {
    ...database,
    reset: () => emptyEveryTable(database.db),
    dispose: () => database.close(),
    openAnother: () => Promise.resolve({ ...database, close: () => Promise.resolve() }),
  };
}

/** Creates a new, uniquely named database on the server so tests never share state. */
async function openFreshPostgres(adminUrl: string): Promise<TestDatabase> {
  const name = `candor_test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgres", url: url.toString() });
  const others: Database[] = [];
  return {
    ...database,
    reset: () => emptyEveryTable(database.db),
    openAnother: async () => {
      const another = await openDatabase({ kind: "postgres", url: url.toString() });
      others.push(another);
      return another;
    },
    dispose: async () => {
      await Promise.all(others.map((other) => other.close()));
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
