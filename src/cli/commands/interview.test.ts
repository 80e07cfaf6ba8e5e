import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Question } from "../../core/content/schema.ts";
import { loadPacks } from "../../node/content/load-packs.ts";
import { openDatabase } from "../../node/db/database.ts";
import { listInterviews, setInterviewStatus } from "../../node/db/interviews-repository.ts";
import { ensureLocalUser } from "../../node/db/users-repository.ts";
import { runCli } from "../main.ts";
import {
  INTERRUPTED_EXIT_CODE,
  interviewCommand,
  type LineSource,
  type Terminal,
} from "./interview.ts";
import { SHIPPED_CONTENT_DIR } from "../../node/content/content-dir.ts";
import { testApp } from "../../../tests/support/test-app.ts";

const BIN = fileURLToPath(new URL("../../../bin/candor.mjs", import.meta.url));

const ANSWER =
  "In 2024 I refused to sign off a launch because the red-team report was a week late. " +
  "I was nervous about it for days. We launched nine days later with two fixes, and I " +
  "learned to ask for the report's date at kickoff.";

let dataDir = "";
let valuesQuestion: Question;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "candor-cli-interview-"));
  const packs = await loadPacks(SHIPPED_CONTENT_DIR);
  if (!packs.ok) throw new Error("the shipped content does not validate");
  const found = packs.value
    .flatMap((pack) => pack.questions)
    .find((question) => question.rounds.includes("values") && question.answerKind !== undefined);
  if (found === undefined) throw new Error("the bank has no values question");
  valuesQuestion = found;
});

beforeEach(() => {
  // The command reads its configuration from the environment: this folder, no model, no server.
  vi.stubEnv("CANDOR_DATA_DIR", dataDir);
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("ANTHROPIC_API_KEY", "");
  vi.stubEnv("CANDOR_LLM_BASE_URL", "");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

/** A terminal that types `lines`, then ends its input or, with `thenWait`, waits forever. */
function typing(lines: readonly string[], options: { thenWait?: boolean } = {}) {
  const controller = new AbortController();
  let index = 0;
  const source: LineSource = {
    next: () => {
      const line = lines[index];
      index += 1;
      if (line !== undefined) return Promise.resolve({ done: false, value: line });
      return options.thenWait === true
        ? new Promise<never>(() => undefined)
        : Promise.resolve({ done: true, value: undefined });
    },
  };
  const terminal: Terminal = { lines: source, interrupted: controller.signal };
  return { terminal, pressCtrlC: () => controller.abort() };
}

function capture(onOut?: (soFar: string) => void) {
  const written = { out: "", err: "" };
  const io = {
    out: (text: string) => {
      written.out += text;
      onOut?.(written.out);
    },
    err: (text: string) => {
      written.err += text;
    },
  };
  return { io, written };
}

async function interview(args: string[], terminal: Terminal, onOut?: (soFar: string) => void) {
  const { io, written } = capture(onOut);
  const code = await interviewCommand(args, io, SHIPPED_CONTENT_DIR, terminal);
  return { code, ...written };
}

async function cli(argv: string[]) {
  const { io, written } = capture();
  const code = await runCli(argv, io);
  return { code, ...written };
}

function resumedId(output: string): string {
  const id = /candor interview --resume (\S+)/.exec(output)?.[1];
  if (id === undefined) throw new Error(`no resume hint in:\n${output}`);
  return id;
}

/** This folder's interviews, read straight from its database (the command has closed it). */
async function storedInterviews(folder = dataDir) {
  const database = await openDatabase({ kind: "pglite", dataDir: folder });
  try {
    const user = await ensureLocalUser(database.db);
    return await listInterviews(database.db, user.id);
  } finally {
    await database.close();
  }
}

describe("candor interview --question and --resume", () => {
  it("opens on the question given with --question, and says how to resume at the end of input", async () => {
    const { terminal } = typing([ANSWER, ""]);
    const run = await interview(["--round", "values", "--question", valuesQuestion.id], terminal);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Interviewer: Let's begin. ${valuesQuestion.prompt}`);
    expect(run.out).toContain("[your answer:");
    const id = resumedId(run.out);

    const stored = (await storedInterviews()).find((record) => record.id === id);
    expect(stored?.state.plan[0]?.id).toBe(valuesQuestion.id);
    expect(stored?.state.turns).toHaveLength(2);
    expect(stored?.state.turns[0]?.answer?.text).toBe(ANSWER);
  });

  it("continues an unfinished interview with --resume, on the turn it stopped at", async () => {
    const first = await interview(
      ["--round", "values", "--question", valuesQuestion.id],
      typing([ANSWER, ""]).terminal,
    );
    const id = resumedId(first.out);
    const followUp = (await storedInterviews()).find((record) => record.id === id)?.state.turns[1];
    if (followUp === undefined) throw new Error("the interviewer asked nothing after the answer");

    const again = await interview(["--resume", id], typing(["I would ask earlier.", ""]).terminal);
    expect(again.code).toBe(0);
    expect(again.out).toContain("Mock interview: values round.");
    expect(again.out).toContain("Resuming: question 1 of 4.");
    expect(again.out).toContain(`The question was: Let's begin. ${valuesQuestion.prompt}`);
    expect(again.out).toContain(`Interviewer: ${followUp.text}`);
    expect(again.out).toContain("[your answer:");

    const stored = (await storedInterviews()).find((record) => record.id === id);
    expect(stored?.state.turns[1]?.answer?.text).toBe("I would ask earlier.");
    expect(stored?.state.turns).toHaveLength(3);
  });

  it("stops on Ctrl+C, keeps what was said and prints how to resume", async () => {
    const { terminal, pressCtrlC } = typing([ANSWER, ""], { thenWait: true });
    let pressed = false;
    const run = await interview(["--round", "behavioral"], terminal, (soFar) => {
      // At the second prompt for an answer: the first answer has been taken and the turn asked.
      if (!pressed && soFar.split("You (empty line to finish):").length === 3) {
        pressed = true;
        pressCtrlC();
      }
    });
    expect(run.code).toBe(INTERRUPTED_EXIT_CODE);
    expect(run.out).toMatch(
      /\nStopped\. The interview is saved; resume it with: candor interview --resume [0-9a-f-]{36}\n$/,
    );
    const id = resumedId(run.out);
    const stored = (await storedInterviews()).find((record) => record.id === id);
    expect(stored?.status).toBe("active");
    expect(stored?.state.turns[0]?.answer?.text).toBe(ANSWER);
  });

  it.each([
    [["interview"], /--round must be one of/],
    [
      ["interview", "--round", "values", "--question", "no-such-question"],
      /unknown question: no-such-question \(candor questions lists them\)/,
    ],
    [["interview", "--resume", "not-an-id"], /unknown interview: not-an-id/],
    [
      ["interview", "--resume", "7f1c2f56-54a8-4f43-9d0e-2f6a3c1b7e10"],
      /unknown interview: 7f1c2f56/,
    ],
    [
      ["interview", "--resume", "7f1c2f56-54a8-4f43-9d0e-2f6a3c1b7e10", "--question", "x"],
      /cannot be used with --resume/,
    ],
  ])("exits 2 with a clear message for %o", async (argv, message) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err).toContain("Usage: candor <command>");
    expect(run.out).not.toContain("Interviewer:");
  });

  it("exits 2 for an interview of another round, or one that cannot be resumed", async () => {
    const started = await interview(["--round", "values"], typing([]).terminal);
    const id = resumedId(started.out);
    const otherRound = await cli(["interview", "--resume", id, "--round", "coding"]);
    expect(otherRound.code).toBe(2);
    expect(otherRound.err).toContain(`interview ${id} is a values interview, not coding`);

    const database = await openDatabase({ kind: "pglite", dataDir });
    const user = await ensureLocalUser(database.db);
    await setInterviewStatus(database.db, user.id, id, "abandoned");
    await database.close();
    const abandoned = await cli(["interview", "--resume", id]);
    expect(abandoned.code).toBe(2);
    expect(abandoned.err).toContain(`interview ${id} was abandoned and cannot be resumed`);
  });
});

describe("candor interview --resume beside a running server", () => {
  it("resumes through the server that owns the data folder, and refuses an id it does not know", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "candor-cli-remote-"));
    const database = await openDatabase({ kind: "pglite", dataDir: folder });
    const packs = await loadPacks(SHIPPED_CONTENT_DIR);
    if (!packs.ok) throw new Error("the shipped content does not validate");
    const app = await testApp(database, {
      packs: packs.value,
    });
    try {
      const url = await app.listen({ host: "127.0.0.1", port: 0 });
      await database.announce?.(url);
      vi.stubEnv("CANDOR_DATA_DIR", folder);
      const started = await app.inject({
        method: "POST",
        url: "/api/interviews",
        payload: {
          round: "behavioral",
          question: { prompt: "Tell me about a bad week.", kind: "behavioral" },
        },
      });
      const { id } = started.json<{ id: string }>();

      const run = await interview(["--resume", id], typing([ANSWER, ""]).terminal);
      expect(run.code).toBe(0);
      expect(run.out).toContain(`Candor is running at ${url}`);
      expect(run.out).toContain("Resuming: question 1 of 4.");
      expect(run.out).toContain("Interviewer: Let's begin. Tell me about a bad week.");
      expect(run.out).toContain(`candor interview --resume ${id}`);
      const transcript = await app.inject({ method: "GET", url: `/api/interviews/${id}` });
      const turns = transcript.json<{ turns: { answer?: { text: string } }[] }>().turns;
      expect(turns[0]?.answer?.text).toBe(ANSWER);

      const unknown = await cli(["interview", "--resume", randomUUID()]);
      expect(unknown.code).toBe(2);
      expect(unknown.err).toMatch(/unknown interview: [0-9a-f-]{36}/);
    } finally {
      await app.close();
      await database.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("candor interview in a real terminal process", () => {
  it("prints how to resume when Ctrl+C (SIGINT) stops it, and the folder resumes", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "candor-cli-sigint-"));
    const env = { ...process.env, CANDOR_DATA_DIR: folder, CANDOR_LOG_LEVEL: "warn" };
    try {
      const child = spawn(process.execPath, [BIN, "interview", "--round", "values"], { env });
      let output = "";
      let interrupted = false;
      const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        // Standard input stays open: the user is thinking when Ctrl+C comes. Once: a second
        // Ctrl+C exits at once.
        if (!interrupted && output.includes("You (empty line to finish):")) {
          interrupted = true;
          child.kill("SIGINT");
        }
      });
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      expect(await exited).toBe(INTERRUPTED_EXIT_CODE);
      expect(output).toMatch(
        /Stopped\. The interview is saved; resume it with: candor interview --resume [0-9a-f-]{36}\n/,
      );
      const id = resumedId(output);

      const resumed = spawn(process.execPath, [BIN, "interview", "--resume", id], { env });
      let again = "";
      resumed.stdout.on("data", (chunk: Buffer) => (again += chunk.toString()));
      resumed.stderr.on("data", (chunk: Buffer) => (again += chunk.toString()));
      resumed.stdin.end(`${ANSWER}\n\n`);
      const code = await new Promise<number | null>((resolve) => resumed.on("exit", resolve));
      expect(again).toContain("Resuming: question 1 of 4.");
      expect(again).toContain("[your answer:");
      expect(code).toBe(0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
