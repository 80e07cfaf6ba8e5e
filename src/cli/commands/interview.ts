import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import type { TurnView } from "../../core/api/interviews.ts";
import { describeProblem } from "../../core/content/content-problem.ts";
import {
  INTERVIEW_ROUNDS,
  type InterviewReport,
  type InterviewRound,
} from "../../core/interview/index.ts";
import type { Pack } from "../../core/content/parse-pack.ts";
import { type Config, loadConfig } from "../../server/config.ts";
import { loadPacks } from "../../node/content/load-packs.ts";
import { type Database, openDatabase } from "../../node/db/database.ts";
import { DataFolderInUseError } from "../../node/db/folder-lock.ts";
import { ensureLocalUser } from "../../node/db/users-repository.ts";
import {
  createInterviewService,
  type StartRequest,
} from "../../server/interviews/interview-service.ts";
import { listStoryRefs } from "../../server/interviews/story-refs.ts";
import { loadLanguageModel } from "../../server/llm/language-model.ts";
import { UsageError, type Io } from "../usage.ts";
import {
  type InterviewBackend,
  localBackend,
  RemoteInterviewError,
  remoteBackend,
} from "./interview-backends.ts";
import { readPassword, signInHint, signInToServer, signOutOfServer } from "./server-sign-in.ts";

/** Lines typed by the user, one at a time; undefined at the end of input. */
export type LineSource = AsyncIterator<string>;

/** Where the interview is typed: the lines, and a signal raised when the user presses Ctrl+C. */
export interface Terminal {
  lines: LineSource;
  interrupted: AbortSignal;
}

/** Exit code of a command stopped by Ctrl+C (128 + SIGINT), as shells report it. */
export const INTERRUPTED_EXIT_CODE = 130;

/**
 * `candor interview --round R [--question ID] [--resume ID] [--server URL] [--email EMAIL]`: a
 * mock interview in the terminal. An answer may span several lines; an empty line ends it.
 * Everything is saved as it happens, so the web app, or `--resume`, continues it. Ctrl+C stops it
 * and says how to resume. With `--email`, it signs in to a server in accounts mode first.
 */
export async function interviewCommand(
  args: string[],
  io: Io,
  contentDir: string,
  terminal?: Terminal,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      round: { type: "string" },
      question: { type: "string" },
      resume: { type: "string" },
      server: { type: "string" },
      email: { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  });
  const round = parseRound(values.round, values.resume !== undefined);
  if (values.resume !== undefined && values.question !== undefined) {
    throw new UsageError(
      "--question picks the first question of a new interview; it cannot be used with --resume",
    );
  }

  const config = loadConfig(process.env);
  const packs = await loadPacks(contentDir);
  if (!packs.ok) {
    for (const problem of packs.error) io.err(`${describeProblem(problem)}\n`);
    return 1;
  }
  const questionId = values.question;
  if (
    questionId !== undefined &&
    !packs.value.some((pack) => pack.questions.some((question) => question.id === questionId))
  ) {
    throw new UsageError(`unknown question: ${questionId} (candor questions lists them)`);
  }
  const server = values.server === undefined ? undefined : serverUrl(values.server);
  let typed: (Terminal & { close: () => void }) | undefined;
  let opened: OpenedBackend | undefined;
  try {
    opened = await openInterviewBackend(config, packs.value, io, {
      server,
      email: values.email,
    });
    if (opened === undefined) return 1;
    const session =
      values.resume === undefined
        ? await begin(opened.backend, { round: round ?? "values", questionId })
        : await resume(opened.backend, values.resume, round);
    io.out(
      `Mock interview: ${session.round} round${opened.description}.\n` +
        "Answer in as many lines as you like; an empty line ends your answer.\n\n",
    );
    if (session.recap !== undefined) io.out(session.recap);
    io.out(`Interviewer: ${session.turn.text}\n`);
    // Standard input and Ctrl+C are taken over only once there is an interview to resume.
    typed = terminal === undefined ? processTerminal() : { ...terminal, close: () => undefined };
    return await converse(opened.backend, session.id, typed, io);
  } catch (error) {
    if (error instanceof RemoteInterviewError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    typed?.close();
    await opened?.close();
  }
}

/** The `--server` address as an origin, such as `https://candor.example.com`. */
function serverUrl(value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new UsageError(
      `--server must be an http:// or https:// address, such as http://localhost:5170`,
    );
  }
  return new URL(value).origin;
}

/** The round asked for; required unless an interview is resumed, which knows its own round. */
function parseRound(value: string | undefined, resuming: boolean): InterviewRound | undefined {
  if (value === undefined && resuming) return undefined;
  if (value === undefined || !(INTERVIEW_ROUNDS as readonly string[]).includes(value)) {
    throw new UsageError(`--round must be one of: ${INTERVIEW_ROUNDS.join(", ")}`);
  }
  return value as InterviewRound;
}

/** An interview ready for its next answer: its id, round, the open turn and what led to it. */
interface Session {
  id: string;
  round: InterviewRound;
  turn: TurnView;
  /** For a resumed interview, where it stands. */
  recap?: string;
}

async function begin(backend: InterviewBackend, request: StartRequest): Promise<Session> {
  const started = await backend.start(request);
  if (!started.ok) {
    // The question was checked against the bank already; a server with other content may differ.
    if (started.error.code === "not-found") throw new UsageError(started.error.message);
    throw new RemoteInterviewError(started.error.message);
  }
  return { id: started.value.id, round: request.round, turn: started.value.turn };
}

async function resume(
  backend: InterviewBackend,
  id: string,
  round: InterviewRound | undefined,
): Promise<Session> {
  const found = await backend.transcript(id);
  if (!found.ok) {
    if (found.error.code === "not-found") {
      throw new UsageError(`unknown interview: ${id} (the app lists yours at /interviews)`);
    }
    throw new RemoteInterviewError(found.error.message);
  }
  const transcript = found.value;
  if (round !== undefined && round !== transcript.round) {
    throw new UsageError(
      `interview ${id} is a ${transcript.round} interview, not ${round}; leave out --round to resume it`,
    );
  }
  if (transcript.status === "abandoned") {
    throw new UsageError(`interview ${id} was abandoned and cannot be resumed; start a new one`);
  }
  const open = transcript.turns.at(-1);
  if (transcript.status === "finished" || open === undefined || open.kind === "end") {
    throw new UsageError(
      `interview ${id} is finished: there is nothing to resume (its report is at /interviews/${id}/report)`,
    );
  }
  const asked = transcript.turns.filter((turn) => turn.kind === "question");
  const main = asked.at(-1);
  const where = `Resuming: question ${String(asked.length)} of ${String(transcript.questions)}.\n`;
  // A follow-up makes sense only with the question it follows.
  const recap =
    main === undefined || main === open ? where : `${where}The question was: ${main.text}\n`;
  return { id, round: transcript.round, turn: open, recap };
}

/** Takes answers until the interviewer ends the interview, the input ends or Ctrl+C stops it. */
async function converse(
  backend: InterviewBackend,
  id: string,
  terminal: Terminal,
  io: Io,
): Promise<number> {
  const { lines, interrupted } = terminal;
  // A call, not a property read: the signal changes while this function awaits.
  const stopped = () => interrupted.aborted;
  const resumeHint = `The interview is saved; resume it with: candor interview --resume ${id}\n`;
  // Said at once on Ctrl+C, even while the interviewer's turn is still arriving.
  const onInterrupt = () => io.out(`\nStopped. ${resumeHint}`);
  if (interrupted.aborted) {
    onInterrupt();
    return INTERRUPTED_EXIT_CODE;
  }
  interrupted.addEventListener("abort", onInterrupt, { once: true });
  try {
    for (;;) {
      const answer = await readAnswer(lines, io, interrupted);
      if (stopped()) return INTERRUPTED_EXIT_CODE;
      if (answer === undefined) {
        io.out(`\nStopped. ${resumeHint}(or in the app at /interviews/${id})\n`);
        return 0;
      }
      io.out("Interviewer: ");
      const result = await backend.answer(id, answer, (text) => io.out(text));
      io.out("\n");
      // The answer and the turn are saved by now; the hint has been printed.
      if (stopped()) return INTERRUPTED_EXIT_CODE;
      if (!result.ok) {
        io.out(`(${result.error.message})\n`);
        continue;
      }
      const { turn, analysis } = result.value;
      if (turn.notice !== undefined) io.out(`(${turn.notice})\n`);
      io.out(`   [your answer: ${String(analysis.overall)}/5, reads as ${analysis.readsAs}]\n`);
      if (turn.kind === "end") break;
    }
  } finally {
    interrupted.removeEventListener("abort", onInterrupt);
  }
  const report = await backend.report(id);
  if (report.ok) io.out(formatReport(report.value));
  return 0;
}

/**
 * Standard input, line by line, and Ctrl+C as a signal: the first Ctrl+C stops the interview
 * once what is in flight is saved; a second one exits at once.
 */
function processTerminal(): Terminal & { close: () => void } {
  const reader = createInterface({ input: process.stdin, terminal: false });
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(INTERRUPTED_EXIT_CODE);
    controller.abort();
  };
  process.on("SIGINT", onSigint);
  return {
    lines: reader[Symbol.asyncIterator](),
    interrupted: controller.signal,
    close: () => {
      process.off("SIGINT", onSigint);
      // Lets the process exit without waiting for the end of standard input.
      reader.close();
    },
  };
}

/** Where the interview is kept, how it is described, and what to release at the end. */
interface OpenedBackend {
  backend: InterviewBackend;
  description: string;
  close: () => Promise<void>;
}

/**
 * The server named by `--server`; else the database of this data folder, or, when a Candor server
 * already owns the folder, that server: one process writes a folder, and the interview shows in
 * the running app at once. A server is signed in to with `--email`, when given.
 */
async function openInterviewBackend(
  config: Config,
  packs: readonly Pack[],
  io: Io,
  remote: { server: string | undefined; email: string | undefined },
): Promise<OpenedBackend | undefined> {
  if (remote.server !== undefined) return connect(remote.server, remote.email, io);
  let database: Database;
  try {
    database = await openDatabase(config.database);
  } catch (error) {
    if (!(error instanceof DataFolderInUseError)) throw error;
    const url = error.owner.url;
    if (url === undefined) {
      io.err(`${error.message}\n`);
      return undefined;
    }
    io.out(`Candor is running at ${url} on this data folder; the interview goes through it.\n`);
    return connect(url, remote.email, io);
  }
  if (remote.email !== undefined) {
    await database.close();
    throw new UsageError(
      "--email signs in to a running Candor server, and none serves this data folder; " +
        "start it (candor start) or name it with --server URL",
    );
  }
  const user = await ensureLocalUser(database.db);
  const model = await loadLanguageModel(config.provider);
  const service = createInterviewService({
    db: database.db,
    questions: packs.flatMap((pack) => pack.questions),
    llm: model === undefined ? undefined : { ...model, timeoutMs: config.llmTimeoutMs },
    stories: (userId) => listStoryRefs(database.db, userId),
  });
  return {
    backend: localBackend(service, user.id),
    description: model === undefined ? "" : ` (phrasing by ${model.description})`,
    close: () => database.close(),
  };
}

/** A running server's backend, signed in as `email` when given (and signed out at the end). */
async function connect(url: string, email: string | undefined, io: Io): Promise<OpenedBackend> {
  const hint = signInHint(url);
  if (email === undefined) {
    return {
      backend: remoteBackend({ url, signInHint: hint }),
      description: "",
      close: () => Promise.resolve(),
    };
  }
  const cookie = await signInToServer(url, email, await readPassword(io, process.env));
  return {
    backend: remoteBackend({ url, cookie, signInHint: hint }),
    description: ` as ${email}`,
    close: () => signOutOfServer(url, cookie),
  };
}

/** The next answer; undefined at the end of input or when Ctrl+C stops the interview. */
async function readAnswer(
  lines: LineSource,
  io: Io,
  interrupted: AbortSignal,
): Promise<string | undefined> {
  io.out("You (empty line to finish):\n");
  const stopped = new Promise<undefined>((resolve) => {
    // A signal raised already never fires "abort" again.
    if (interrupted.aborted) resolve(undefined);
    else interrupted.addEventListener("abort", () => resolve(undefined), { once: true });
  });
  const collected: string[] = [];
  for (;;) {
    const next = await Promise.race([lines.next(), stopped]);
    if (next === undefined) return undefined;
    if (next.done === true) return collected.length > 0 ? collected.join("\n") : undefined;
    if (next.value.trim() === "") {
      if (collected.length > 0) return collected.join("\n");
      continue;
    }
    collected.push(next.value);
  }
}

function formatReport(report: InterviewReport): string {
  const out: string[] = ["", "— Report —"];
  if (report.strongest !== undefined) {
    out.push(`Strongest (${String(report.strongest.overall)}/5): ${report.strongest.prompt}`);
    out.push(`  “${report.strongest.quote}”`);
  }
  if (report.weakest !== undefined) {
    out.push(`Weakest (${String(report.weakest.overall)}/5): ${report.weakest.prompt}`);
    out.push(`  “${report.weakest.quote}”`);
  }
  for (const pushback of report.pushbacks) {
    out.push(`Pushback: you ${pushback.outcome} — “${pushback.quotes[0] ?? pushback.response}”`);
  }
  if (report.fixes.length > 0) {
    out.push("Fix first:");
    report.fixes.forEach((fix, index) => {
      out.push(`  ${String(index + 1)}. ${fix.advice}`);
      out.push(`     “${fix.quote}”`);
    });
  }
  for (const suggestion of report.stories) {
    const titles = suggestion.stories.map((story) => story.title).join(", ");
    if (titles !== "") out.push(`For “${suggestion.prompt}”, try your story: ${titles}`);
  }
  return `${out.join("\n")}\n`;
}
