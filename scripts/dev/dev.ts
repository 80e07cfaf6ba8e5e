// `npm run dev`: Vite's dev server for the web app (hot reload, /api and /pyodide passed through
// to the Candor server, see vite.config.ts) beside the Candor server under `tsx watch`, which
// restarts it when a module it loaded changes (src/server, src/node, src/core, src/cli) or when
// anything under content/ does. One Ctrl+C stops both; if either stops on its own, so does the
// other.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(import.meta.url);
const TSX_CLI = require.resolve("tsx/cli");
const VITE_CLI = path.join(path.dirname(require.resolve("vite/package.json")), "bin", "vite.js");

const port = (process.env.PORT ?? "").trim() || "5170";
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  // PORT=0 would let the server pick a port the proxy cannot know.
  process.stderr.write(`PORT must be a port between 1 and 65535 for npm run dev (got "${port}")\n`);
  process.exit(2);
}
const env = { ...process.env, PORT: port };

interface Part {
  label: string;
  child: ChildProcess;
}

/** Starts a child in its own process group, so a Ctrl+C reaches it once, from here. */
function start(label: string, args: string[]): Part {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  prefixLines(child.stdout, process.stdout, label);
  prefixLines(child.stderr, process.stderr, label);
  return { label, child };
}

function prefixLines(
  from: NodeJS.ReadableStream | null,
  to: NodeJS.WritableStream,
  label: string,
): void {
  if (from === null) return;
  let pending = "";
  from.setEncoding("utf8");
  from.on("data", (chunk: string) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) to.write(`[${label}] ${line}\n`);
  });
  from.on("end", () => {
    if (pending !== "") to.write(`[${label}] ${pending}\n`);
  });
}

const parts = [
  start("server", [
    TSX_CLI,
    "watch",
    "--clear-screen=false",
    // The server reads content/ once, at start-up; src/cli is loaded only in part.
    "--include",
    "content/**/*",
    "--include",
    "src/cli/**/*.ts",
    "--exclude",
    "**/*.test.ts",
    "scripts/dev/dev-server.ts",
  ]),
  // Arguments after `npm run dev --` go to Vite, such as `--port 5180` or `--host`.
  start("web", [VITE_CLI, "--clearScreen", "false", ...process.argv.slice(2)]),
];
process.stdout.write(
  `Open the address the [web] lines print (http://localhost:5173 unless that port is taken); ` +
    `the API is at http://localhost:${port}/api. Ctrl+C stops both.\n`,
);

let stopping = false;
/** The exit code of `npm run dev`: 0 after Ctrl+C, else that of the part that stopped first. */
let exitCode = 0;
function stopAll(reason: string): void {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`${reason}; stopping the server and the web dev server…\n`);
  for (const { child } of parts) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopAll(`Received ${signal}`);
  });
}

await Promise.all(
  parts.map(
    ({ label, child }) =>
      new Promise<void>((resolve) => {
        child.on("exit", (code, signal) => {
          if (!stopping) {
            exitCode = code === null || code === 0 ? 1 : code;
            stopAll(`The ${label} process stopped (${signal ?? `exit code ${String(code)}`})`);
          }
          resolve();
        });
      }),
  ),
);
process.exitCode = exitCode;
