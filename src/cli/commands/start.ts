import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { loadConfig } from "../../server/config.ts";
import { startServer } from "../../server/start-server.ts";
import { ensureWebBuild, WEB_DIST_DIR } from "../ensure-web-build.ts";
import { UsageError, type Io } from "../usage.ts";

/** `candor start [--port N]`: serves the app until SIGINT or SIGTERM, then closes cleanly. */
export async function startCommand(
  args: string[],
  io: Io,
  version: string,
  contentDir: string,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: "string" } },
    strict: true,
    allowPositionals: false,
  });
  if (values.port !== undefined && !/^\d+$/.test(values.port)) {
    throw new UsageError(`--port must be a number between 1 and 65535 (got "${values.port}")`);
  }
  const config = loadConfig({ ...process.env, ...(values.port ? { PORT: values.port } : {}) });
  return serveUntilStopped(
    { config, version, contentDir, webDir: WEB_DIST_DIR, prepareWeb: () => ensureWebBuild(io) },
    io,
  );
}

/**
 * Starts the server and keeps it running until SIGINT or SIGTERM, then closes the server and the
 * database. Without `webDir` only the API (and Pyodide's files) are served: `npm run dev`
 * (scripts/dev/dev-server.ts) leaves the web app to Vite's dev server.
 */
export async function serveUntilStopped(
  options: Parameters<typeof startServer>[0],
  io: Io,
): Promise<number> {
  const server = await startServer(options);
  // On a machine with gigabytes to spare, V8 lets the heap grow to up to four times what survived
  // the last full collection before it collects again, and holds that until the process idles: a
  // server that keeps 70 MB alive stood at 500 MB after a burst of answers. Growing by half keeps
  // it under 400 MB for about the same processor time (docs/decisions/012). Set once the server
  // listens: during start-up, while every module and the content load, it only adds collections.
  setFlagsFromString("--heap-growing-percent=50");
  io.out(`Candor ${options.version} is running at ${server.url}\n`);
  for (const notice of server.notices) io.out(`${notice}\n`);
  io.out("Press Ctrl+C to stop.\n");

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      io.out(`\nReceived ${signal}; closing the server and the database…\n`);
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      server.close().then(resolve, (error: unknown) => {
        io.err(`Closing failed: ${error instanceof Error ? error.message : String(error)}\n`);
        resolve();
      });
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  io.out("Stopped.\n");
  return 0;
}
