// `candor interview` against a server in accounts mode: without a session it says how to sign in;
// with --email (the password from CANDOR_PASSWORD) the interview is kept in that account.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  newPerson,
  signUp,
  testAccounts,
  type SignedIn,
} from "../../../tests/support/accounts-app.ts";
import { buildApp } from "../../server/app.ts";
import { SHIPPED_CONTENT_DIR } from "../../node/content/content-dir.ts";
import { loadPacks } from "../../node/content/load-packs.ts";
import { openDatabase, type Database } from "../../node/db/database.ts";
import { ensureLocalUser } from "../../node/db/users-repository.ts";
import { runCli } from "../main.ts";
import { interviewCommand, type LineSource, type Terminal } from "./interview.ts";

const ANSWER =
  "In 2024 I refused to sign off a launch because the red-team report was a week late. " +
  "I was nervous about it for days. We launched nine days later with two fixes, and I " +
  "learned to ask for the report's date at kickoff.";

function typing(lines: readonly string[]): Terminal {
  let index = 0;
  const source: LineSource = {
    next: () => {
      const line = lines[index];
      index += 1;
      return Promise.resolve(
        line === undefined ? { done: true, value: undefined } : { done: false, value: line },
      );
    },
  };
  return { lines: source, interrupted: new AbortController().signal };
}

function capture() {
  const written = { out: "", err: "" };
  return {
    io: {
      out: (text: string) => (written.out += text),
      err: (text: string) => (written.err += text),
    },
    written,
  };
}

async function interview(args: string[], lines: readonly string[] = []) {
  const { io, written } = capture();
  const code = await interviewCommand(args, io, SHIPPED_CONTENT_DIR, typing(lines));
  return { code, ...written };
}

describe("candor interview against a server in accounts mode", () => {
  let folder = "";
  let database: Database;
  let app: FastifyInstance;
  let url = "";
  let ada: SignedIn & { password: string };
  let ben: SignedIn;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "candor-cli-accounts-"));
    database = await openDatabase({ kind: "pglite", dataDir: folder });
    const packs = await loadPacks(SHIPPED_CONTENT_DIR);
    if (!packs.ok) throw new Error("the shipped content does not validate");
    app = await buildApp({
      contentDir: SHIPPED_CONTENT_DIR,
      database,
      packs: packs.value,
      localUser: await ensureLocalUser(database.db),
      accounts: testAccounts(database),
      version: "test",
      logLevel: "silent",
    });
    url = await app.listen({ host: "127.0.0.1", port: 0 });
    await database.announce?.(url);
    ada = await signUp(app, newPerson("Ada Mensah"));
    ben = await signUp(app, newPerson("Ben Kowalski"));
  });

  beforeEach(() => {
    vi.stubEnv("CANDOR_DATA_DIR", folder);
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("ANTHROPIC_API_KEY", "");
    vi.stubEnv("CANDOR_LLM_BASE_URL", "");
    vi.stubEnv("CANDOR_PASSWORD", "");
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await app.close();
    await database.close();
    await rm(folder, { recursive: true, force: true });
  });

  const interviewsOf = async (who: SignedIn) =>
    (
      await app.inject({ method: "GET", url: "/api/interviews", headers: { cookie: who.cookie } })
    ).json<{ interviews: { id: string }[] }>().interviews;

  it("says how to sign in when the server wants a session", async () => {
    const run = await interview(["--round", "values"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`Candor's server at ${url} keeps each person's data`);
    expect(run.err).toContain("--email YOUR_EMAIL");
    expect(run.err).toContain("CANDOR_PASSWORD");
  });

  it("refuses a wrong password with the server's reason", async () => {
    vi.stubEnv("CANDOR_PASSWORD", "not ada's password at all");
    const run = await interview(["--round", "values", "--email", ada.email]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Signing in to .* failed: Invalid email or password/);
  });

  it("asks for a password it cannot prompt for without a terminal", async () => {
    const run = capture();
    // Under the test runner standard input is not a terminal, so there is nowhere to type it.
    const code = await runCli(["interview", "--round", "values", "--email", ada.email], run.io);
    expect(code).toBe(2);
    expect(run.written.err).toContain("--email needs a password: set CANDOR_PASSWORD");
  });

  it("signs in with --email and keeps the interview in that account only", async () => {
    vi.stubEnv("CANDOR_PASSWORD", ada.password);
    const run = await interview(["--round", "values", "--email", ada.email], [ANSWER, ""]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Mock interview: values round as ${ada.email}.`);
    const hers = await interviewsOf(ada);
    expect(hers).toHaveLength(1);
    const transcript = await app.inject({
      method: "GET",
      url: `/api/interviews/${hers[0]?.id ?? ""}`,
      headers: { cookie: ada.cookie },
    });
    const turns = transcript.json<{ turns: { answer?: { text: string } }[] }>().turns;
    expect(turns.some((turn) => turn.answer?.text === ANSWER)).toBe(true);
    expect(await interviewsOf(ben)).toEqual([]);
  });

  it("reaches a server named by --server, and refuses an address that is not http", async () => {
    vi.stubEnv("CANDOR_DATA_DIR", path.join(folder, "not-this-one"));
    vi.stubEnv("CANDOR_PASSWORD", ada.password);
    const run = await interview(
      ["--server", url, "--round", "values", "--email", ada.email],
      [ANSWER, ""],
    );
    expect(run.code).toBe(0);
    expect(await interviewsOf(ada)).toHaveLength(2);

    const bad = capture();
    expect(await runCli(["interview", "--server", "ftp://x", "--round", "values"], bad.io)).toBe(2);
    expect(bad.written.err).toContain("--server must be an http:// or https:// address");
  });
});

describe("candor interview --email without a server", () => {
  it("says that --email signs in to a running server", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "candor-cli-no-server-"));
    vi.stubEnv("CANDOR_DATA_DIR", folder);
    vi.stubEnv("DATABASE_URL", "");
    try {
      const run = capture();
      const code = await runCli(
        ["interview", "--round", "values", "--email", "ada@example.com"],
        run.io,
      );
      expect(code).toBe(2);
      expect(run.written.err).toContain("--email signs in to a running Candor server");
    } finally {
      vi.unstubAllEnvs();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
