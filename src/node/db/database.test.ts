import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as tar from "tar";
import { pgliteVersion, templateFile } from "./data-folder-template.ts";
import { openDatabase } from "./database.ts";
import { LOCK_FILE } from "./folder-lock.ts";

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "candor-db-"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("a new PGlite data folder", () => {
  it("is created, migrated and usable, and opens again with what was written", async () => {
    const created = await openDatabase({ kind: "pglite", dataDir: folder });
    await created.db.execute(sql`CREATE TABLE kept (note text)`);
    await created.db.execute(sql`INSERT INTO kept VALUES ('still here')`);
    await created.close();
    expect(await readdir(folder)).toContain("PG_VERSION");

    const reopened = await openDatabase({ kind: "pglite", dataDir: folder });
    const result = await reopened.db.execute(sql`SELECT note FROM kept`);
    expect(result).toMatchObject({ rows: [{ note: "still here" }] });
    await reopened.close();
  }, 60_000);

  it("is made by initdb when no template ships for the installed PGlite", async () => {
    const noTemplates = await mkdtemp(path.join(tmpdir(), "candor-no-templates-"));
    try {
      const created = await openDatabase(
        { kind: "pglite", dataDir: folder },
        { templatesDir: noTemplates },
      );
      const result = await created.db.execute(sql`SELECT count(*)::int AS n FROM users`);
      expect(result).toMatchObject({ rows: [{ n: 0 }] });
      await created.close();
    } finally {
      await rm(noTemplates, { recursive: true, force: true });
    }
  }, 60_000);

  it("refuses a folder that already holds other files", async () => {
    await writeFile(path.join(folder, "notes.txt"), "mine");
    const failed = await openDatabase({ kind: "pglite", dataDir: folder }).catch(
      (error: unknown) => error,
    );
    expect((failed as Error).message).toContain("the folder is not empty (it holds notes.txt)");
    expect(await readdir(folder)).toEqual(["notes.txt"]);
  });

  it("says which folder could not be created, and leaves it unlocked", async () => {
    // A file where initdb must make a directory.
    await writeFile(path.join(folder, "global"), "not a directory");
    const failed = await openDatabase({ kind: "pglite", dataDir: folder }).catch(
      (error: unknown) => error,
    );
    expect(failed).toBeInstanceOf(Error);
    expect((failed as Error).message).toContain(`Creating the database in ${folder} failed`);
    expect(await readdir(folder)).not.toContain(LOCK_FILE);
  }, 60_000);
});

describe("the data folder template", () => {
  it("ships for the installed PGlite (after upgrading PGlite, run npm run db:template)", () => {
    expect(templateFile(), `no template for PGlite ${pgliteVersion()}`).toBeDefined();
  });

  it("holds the version file last, so a copy cut short is never taken for a database", () => {
    const names: string[] = [];
    tar.t({
      file: templateFile() ?? "",
      sync: true,
      onReadEntry: (entry) => names.push(entry.path),
    });
    expect(names.length).toBeGreaterThan(100);
    expect(names.at(-1)).toBe("PG_VERSION");
    expect(names.filter((name) => name === "PG_VERSION")).toHaveLength(1);
  });
});
