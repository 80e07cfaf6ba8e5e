import { execFile, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { PYTHON_HARNESS } from "../../core/runner/python-harness.ts";
import { RunSession } from "../../core/runner/run-session.ts";
import { superviseRun } from "../../core/runner/supervise-run.ts";
import {
  OUTPUT_LIMIT,
  type RunnerMessage,
  type RunRequest,
  type RunResult,
} from "../../core/runner/types.ts";

/** Limits for a Python run. */
export interface PythonRunOptions {
  /** The interpreter to start; `python3` from the PATH by default. */
  python?: string;
  /** The process's address-space limit (RLIMIT_AS), in MiB; past it Python raises MemoryError. */
  memoryLimitMb?: number;
  startupTimeoutMs?: number;
}

const DEFAULT_MEMORY_LIMIT_MB = 512;
const STDERR_KEPT = 2000;

const interpreters = new Map<string, Promise<string>>();

/**
 * The interpreter's real path, asked once per process. `python3` on the PATH is often a shim
 * (pyenv's is a shell script) that costs more than Python's own start-up on every run.
 */
function resolveInterpreter(python: string): Promise<string> {
  let resolved = interpreters.get(python);
  if (resolved === undefined) {
    resolved = new Promise((resolve) => {
      execFile(python, ["-I", "-S", "-c", "import sys; print(sys.executable)"], (error, stdout) => {
        const executable = stdout.trim();
        // On failure, run the name as given: the run reports why it cannot start.
        resolve(error === null && executable !== "" ? executable : python);
      });
    });
    interpreters.set(python, resolved);
  }
  return resolved;
}

/**
 * Runs a Python solution in a fresh `python3` process under the shared harness: the request goes
 * in as JSON on standard input, the harness's messages come back one JSON line each on file
 * descriptor 3, and what the solution prints arrives on standard output. The process is killed at
 * the problem's time limit, and its address space is capped so a runaway allocation ends in
 * MemoryError rather than in the machine swapping. Python starts isolated and without `site`
 * (`-I -S`): only the standard library, as under Pyodide in the browser, and a faster start.
 */
export async function runPython(
  request: RunRequest,
  options: PythonRunOptions = {},
): Promise<RunResult> {
  const session = new RunSession(request.problem, request.cases);
  const python = options.python ?? "python3";
  const memoryBytes = (options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB) * 1024 * 1024;
  const executable = await resolveInterpreter(python);
  const child = spawn(executable, ["-I", "-S", "-c", PYTHON_HARNESS, String(memoryBytes)], {
    stdio: ["pipe", "pipe", "pipe", "pipe"],
  });
  let output = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    // The harness caps what the solution prints; this bounds writes that bypass it (os.write).
    if (output.length < 2 * OUTPUT_LIMIT) output += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_KEPT);
  });
  child.stdin.on("error", () => {
    // The process may die before reading its input (killed, or python3 missing); its exit says why.
  });

  const supervisor = superviseRun(
    session,
    request.problem.timeLimitMs,
    () => child.kill("SIGKILL"),
    options.startupTimeoutMs,
  );
  const closed = new Promise<void>((resolve) => {
    child.on("close", (code, signal) => {
      supervisor.ended(describeExit(code, signal, stderr));
      resolve();
    });
    child.on("error", (error: NodeJS.ErrnoException) => {
      supervisor.ended(
        error.code === "ENOENT"
          ? `${python} was not found: install Python 3 to run Python solutions`
          : `could not start ${python}: ${error.message}`,
      );
      resolve();
    });
  });
  createInterface({ input: child.stdio[3] as Readable }).on("line", (line) => {
    supervisor.message(JSON.parse(line) as RunnerMessage);
  });
  child.stdin.end(
    JSON.stringify({
      code: request.code,
      problem: { kind: request.problem.kind, entry: request.problem.entry },
      cases: request.cases,
    }),
  );
  await supervisor.finished;
  await closed;
  return session.result(output);
}

function describeExit(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  const detail = stderr.trim() === "" ? "" : `: ${stderr.trim().split("\n").slice(-3).join(" ")}`;
  if (signal !== null) {
    return `the Python process was killed by ${signal} (out of memory?)${detail}`;
  }
  return `the Python process exited early with code ${code ?? "?"}${detail}`;
}
