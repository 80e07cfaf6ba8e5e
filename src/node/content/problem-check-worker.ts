import { parentPort, workerData } from "node:worker_threads";
import { checkProblemsHere } from "./load-content.ts";

/** What the thread is asked: the content folder and, when the packs are valid, their themes. */
interface ProblemCheckRequest {
  contentDir: string;
  themes: string[] | undefined;
}

function isRequest(data: unknown): data is ProblemCheckRequest {
  if (typeof data !== "object" || data === null) return false;
  const { contentDir, themes } = data as Record<string, unknown>;
  return (
    typeof contentDir === "string" &&
    (themes === undefined || (Array.isArray(themes) && themes.every((t) => typeof t === "string")))
  );
}

if (!isRequest(workerData)) throw new TypeError("the problem check needs { contentDir, themes }");
const { contentDir, themes } = workerData;
parentPort?.postMessage(
  await checkProblemsHere(contentDir, themes === undefined ? undefined : new Set(themes)),
);
