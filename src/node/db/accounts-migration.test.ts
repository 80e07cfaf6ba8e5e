// The accounts migration (0005) runs on data folders that already hold a local user's work: it
// must add better-auth's columns and tables without touching a row, and keep the user's id.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { templateArchive } from "./data-folder-template.ts";

const MIGRATIONS = fileURLToPath(new URL("./migrations", import.meta.url));
const BEFORE_ACCOUNTS = "0004_interview-revision";

interface Journal {
  entries: { tag: string }[];
}

/** A copy of the migrations folder that stops at `lastTag`, as an older Candor shipped it. */
async function migrationsUpTo(lastTag: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), "candor-migrations-"));
  await cp(MIGRATIONS, folder, { recursive: true });
  const journalPath = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as Journal;
  const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
  expect(last).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, last + 1);
  await writeFile(journalPath, JSON.stringify(journal));
  return folder;
}

describe("the accounts migration", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it("keeps the local user's id and every row it owns", async () => {
    const template = templateArchive();
    const client = new PGlite(template === undefined ? {} : { loadDataDir: template });
    cleanup.push(() => client.close());
    const db = drizzle(client);
    const older = await migrationsUpTo(BEFORE_ACCOUNTS);
    cleanup.push(() => rm(older, { recursive: true, force: true }));
    await migrate(db, { migrationsFolder: older });

    const { rows: made } = await client.query<{ id: string }>(
      "INSERT INTO users (display_name, kind) VALUES ('You', 'local') RETURNING id",
    );
    const localId = made[0]?.id ?? "";
    await client.query(
      "INSERT INTO stories (user_id, title, story_type) VALUES ($1, 'The migration I rolled back', 'failure')",
      [localId],
    );
    await client.query("INSERT INTO starred_questions (user_id, question_id) VALUES ($1, 'q-1')", [
      localId,
    ]);

    await migrate(db, { migrationsFolder: MIGRATIONS });

    const users = await client.query<{ id: string; kind: string; email: string | null }>(
      "SELECT id, kind, email FROM users",
    );
    expect(users.rows).toEqual([{ id: localId, kind: "local", email: null }]);
    const stories = await client.query<{ user_id: string; title: string }>(
      "SELECT user_id, title FROM stories",
    );
    expect(stories.rows).toEqual([{ user_id: localId, title: "The migration I rolled back" }]);
    const stars = await client.query("SELECT question_id FROM starred_questions");
    expect(stars.rows).toHaveLength(1);
    for (const table of ["auth_sessions", "auth_accounts", "auth_verifications"]) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(rows[0]?.n).toBe(0);
    }
  }, 60_000);
});
