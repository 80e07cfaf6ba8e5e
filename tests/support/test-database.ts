import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../../src/node/db/database.ts";

/** A database a test owns alone; `dispose` closes it and removes what it created. */
export interface TestDatabase extends Database {
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

async function openPgliteInMemory(): Promise<TestDatabase> {
  const database = await openDatabase({ kind: "memory" });
  // PGlite has one owner: a second app server in this process shares the same instance.
  return {
    ...database,
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
