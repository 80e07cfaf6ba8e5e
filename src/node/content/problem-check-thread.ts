import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ContentProblem } from "../../core/content/content-problem.ts";
import type { ProblemCheck } from "./load-content.ts";

const WORKER_FILE = fileURLToPath(new URL("./problem-check-worker.mjs", import.meta.url));

/**
 * The full problem check on a thread of its own: `candor start` reads every tests file (seconds
 * of parsing) while its main thread opens the database, and the parsed problems, which the
 * server does not keep, go when the thread ends.
 */
export const checkProblemsOnThread: ProblemCheck = (contentDir, themes) =>
  new Promise<ContentProblem[]>((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: { contentDir, themes: themes === undefined ? undefined : [...themes] },
    });
    let answered = false;
    worker.once("message", (problems: ContentProblem[]) => {
      answered = true;
      resolve(problems);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!answered) reject(new Error(`the problem check stopped (exit code ${String(code)})`));
    });
  });
