// The server half of `npm run dev`, run by `tsx watch` (scripts/dev/dev.ts), which restarts it when
// a module it loaded changes. It is `candor start` without the web app: Vite's dev server serves
// that, with hot reload, and passes /api and /pyodide through to this process (vite.config.ts).
import { serveUntilStopped } from "../../src/cli/commands/start.ts";
import { version } from "../../src/cli/main.ts";
import { SHIPPED_CONTENT_DIR } from "../../src/node/content/content-dir.ts";
import { loadConfig } from "../../src/server/config.ts";
import { ConfigError, StartupError } from "../../src/server/startup-errors.ts";

const io = {
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text),
};

try {
  const config = loadConfig(process.env);
  process.exitCode = await serveUntilStopped(
    { config, version, contentDir: SHIPPED_CONTENT_DIR },
    io,
  );
} catch (error) {
  // An expected refusal (a bad variable, invalid content, a data folder in use) is one message;
  // `tsx watch` then waits for the next change to try again.
  if (!(error instanceof ConfigError || error instanceof StartupError)) throw error;
  io.err(`${error.message}\n`);
  process.exitCode = 1;
}
