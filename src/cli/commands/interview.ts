import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { describeProblem } from "../../core/content/content-problem.ts";
import {
  INTERVIEW_ROUNDS,
  type InterviewReport,
  type InterviewRound,
} from "../../core/interview/index.ts";
import type { Pack } from "../../core/content/parse-pack.ts";
import { type Config, loadConfig } from "../../server/config.ts";
import { loadPacks } from "../../server/content/load-packs.ts";
import { type Database, openDatabase } from "../../server/db/database.ts";
import { DataFolderInUseError } from "../../server/db/folder-lock.ts";
import { ensureLocalUser } from "../../server/db/users-repository.ts";
import { createInterviewService } from "../../server/interviews/interview-service.ts";
import { listStoryRefs } from "../../server/interviews/story-refs.ts";
import { createLanguageModel } from "../../server/llm/language-model.ts";
import { UsageError, type Io } from "../usage.ts";
import {
  type InterviewBackend,
  localBackend,
  RemoteInterviewError,
  remoteBackend,
} from "./interview-backends.ts";

/** Lines typed by the user, one at a time; undefined at the end of input. */
export type LineSource = AsyncIterator<string>;

/**
 * `candor interview --round R`: a mock interview in the terminal. An answer may span several
 * lines; an empty line ends it. Everything is saved as it happens, so the web app can resume it.
 */
export async function interviewCommand(
  args: string[],
  io: Io,
  lines: LineSource = createInterface({ input: process.stdin, terminal: false })[
    Symbol.asyncIterator
  ](),
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { round: { type: "string" } },
    strict: true,
    allowPositionals: false,
  });
  const round = values.round;
  if (round === undefined || !(INTERVIEW_ROUNDS as readonly string[]).includes(round)) {
    throw new UsageError(`--round must be one of: ${INTERVIEW_ROUNDS.join(", ")}`);
  }

  const config = loadConfig(process.env);
  const packs = await loadPacks();
  if (!packs.ok) {
    for (const problem of packs.error) io.err(`${describeProblem(problem)}\n`);
    return 1;
  }
  const opened = await openInterviewBackend(config, packs.value, io);
  if (opened === undefined) return 1;
  const { backend, description, close } = opened;
  try {
    io.out(
      `Mock interview: ${round} round${description}.\n` +
        "Answer in as many lines as you like; an empty line ends your answer.\n\n",
    );
    const { id, turn: first } = await backend.start(round as InterviewRound);
    io.out(`Interviewer: ${first.text}\n`);

    for (;;) {
      const answer = await readAnswer(lines, io);
      if (answer === undefined) {
        io.out(`\nStopped. The interview is saved; resume it in the app at /interviews/${id}.\n`);
        return 0;
      }
      io.out("Interviewer: ");
      const result = await backend.answer(id, answer, (text) => io.out(text));
      io.out("\n");
      if (!result.ok) {
        io.out(`(${result.error.message})\n`);
        continue;
      }
      const { turn, analysis } = result.value;
      if (turn.notice !== undefined) io.out(`(${turn.notice})\n`);
      io.out(`   [your answer: ${String(analysis.overall)}/5, reads as ${analysis.readsAs}]\n`);
      if (turn.kind === "end") break;
    }

    const report = await backend.report(id);
    if (report.ok) io.out(formatReport(report.value));
    return 0;
  } catch (error) {
    if (error instanceof RemoteInterviewError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await close();
  }
}

/**
 * The database of this data folder, or, when a Candor server already owns the folder, that
 * server: one process writes a folder, and the interview shows in the running app at once.
 */
async function openInterviewBackend(
  config: Config,
  packs: readonly Pack[],
  io: Io,
): Promise<
  { backend: InterviewBackend; description: string; close: () => Promise<void> } | undefined
> {
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
    return { backend: remoteBackend(url), description: "", close: () => Promise.resolve() };
  }
  const user = await ensureLocalUser(database.db);
  const model = createLanguageModel(config.provider);
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

async function readAnswer(lines: LineSource, io: Io): Promise<string | undefined> {
  io.out("You (empty line to finish):\n");
  const collected: string[] = [];
  for (;;) {
    const next = await lines.next();
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
