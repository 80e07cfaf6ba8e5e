import { readFileSync } from "node:fs";
import type { ReadStdin } from "./commands/analyze.ts";
import { SHIPPED_CONTENT_DIR } from "../node/content/content-dir.ts";
import { compilePgliteEngine } from "../node/db/pglite-engine.ts";
import { ConfigError, StartupError } from "../server/startup-errors.ts";
import { USAGE, UsageError, type Io } from "./usage.ts";

/** Candor's version, from package.json. */
export const version = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;

/** Runs the `candor` command line and returns the exit code. */
export async function runCli(
  argv: string[],
  io: Io,
  readStdin: ReadStdin = readProcessStdin,
): Promise<number> {
  // The one place the content folder is chosen; every command is handed it.
  const contentDir = SHIPPED_CONTENT_DIR;
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case "-h":
      case "--help":
      case "help":
        io.out(USAGE);
        return 0;
      case "-v":
      case "--version":
        io.out(`${version}\n`);
        return 0;
      case "start":
        // The database engine compiles on other threads while the server's modules load.
        void compilePgliteEngine();
        return await (
          await import("./commands/start.ts")
        ).startCommand(rest, io, version, contentDir);
      case "questions":
        return await (
          await import("./commands/questions.ts")
        ).questionsCommand(rest, io, contentDir);
      case "interview":
        return await (
          await import("./commands/interview.ts")
        ).interviewCommand(rest, io, contentDir);
      case "analyze":
        return await (await import("./commands/analyze.ts")).analyzeCommand(rest, io, readStdin);
      case "design":
        return await (
          await import("./commands/design.ts")
        ).designCommand(rest, io, contentDir, readStdin);
      case "speech":
        return await (await import("./commands/speech.ts")).speechCommand(rest, io);
      case "problems":
        return await (await import("./commands/problems.ts")).problemsCommand(rest, io, contentDir);
      case "run":
        return await (await import("./commands/run.ts")).runCommand(rest, io, { contentDir });
      case "users":
        return await (await import("./commands/users.ts")).usersCommand(rest, io);
      case "content":
        if (rest[0] !== "check" || rest.length > 1) {
          throw new UsageError(`unknown content command: ${rest.join(" ") || "(none)"}`);
        }
        return await (await import("./commands/content-check.ts")).contentCheck(io, contentDir);
      default:
        throw new UsageError(`unknown command: ${command}`);
    }
  } catch (error) {
    return reportError(error, io);
  }
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function reportError(error: unknown, io: Io): number {
  if (error instanceof UsageError || isParseArgsError(error)) {
    io.err(`candor: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (error instanceof ConfigError || error instanceof StartupError) {
    io.err(`${error.message}\n`);
    return 1;
  }
  throw error;
}

// node:util parseArgs throws TypeErrors with these codes for unknown or malformed options.
function isParseArgsError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    "code" in error &&
    typeof error.code === "string" &&
    error.code.startsWith("ERR_PARSE_ARGS_")
  );
}
