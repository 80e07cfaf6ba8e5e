import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildAccountsApp,
  newPerson,
  signUp,
  TEST_AUTH_SECRET,
} from "../../../tests/support/accounts-app.ts";
import { openDatabase } from "../../node/db/database.ts";
import { StartupError } from "../../server/startup-errors.ts";
import { UsageError } from "../usage.ts";
import { usersCommand } from "./users.ts";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) },
    out: () => out.join(""),
    err: () => err.join(""),
  };
}

describe("candor users reset-link", () => {
  let dataDir: string;
  let email: string;
  const env = () => ({
    CANDOR_AUTH: "accounts",
    CANDOR_AUTH_SECRET: TEST_AUTH_SECRET,
    CANDOR_DATA_DIR: dataDir,
    PORT: "5333",
  });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "candor-users-"));
    const database = await openDatabase({ kind: "pglite", dataDir });
    const app = await buildAccountsApp(database);
    try {
      email = (await signUp(app, newPerson("Hana Sato"))).email;
    } finally {
      await app.close();
      await database.close();
    }
  }, 60_000);

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("prints a one-time link on the server's address", async () => {
    const run = capture();
    expect(await usersCommand(["reset-link", email], run.io, env())).toBe(0);
    expect(run.out()).toMatch(/^http:\/\/localhost:5333\/reset-password\?token=\w+\n/);
    expect(run.out()).toMatch(/once, within 24 hours/);
  });

  it("uses CANDOR_PUBLIC_URL when it is set", async () => {
    const run = capture();
    const publicEnv = { ...env(), CANDOR_PUBLIC_URL: "https://candor.example.com" };
    expect(await usersCommand(["reset-link", email], run.io, publicEnv)).toBe(0);
    expect(run.out()).toMatch(/^https:\/\/candor\.example\.com\/reset-password\?token=/);
  });

  it("says so when no account has the email", async () => {
    const run = capture();
    expect(await usersCommand(["reset-link", "nobody@example.com"], run.io, env())).toBe(1);
    expect(run.err()).toContain("No account has the email nobody@example.com");
  });

  it("refuses in local mode and on a malformed command", async () => {
    const run = capture();
    await expect(usersCommand(["reset-link", email], run.io, {})).rejects.toThrow(StartupError);
    await expect(usersCommand(["reset-link"], run.io, env())).rejects.toThrow(UsageError);
    await expect(usersCommand(["delete", email], run.io, env())).rejects.toThrow(UsageError);
  });
});
