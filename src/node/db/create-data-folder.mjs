// Creates a new PGlite data folder (initdb) in a process of its own: `node create-data-folder.mjs
// <folder> <start parameters as JSON>`. Creating a database fills hundreds of megabytes of
// WebAssembly memory and compiled code that stay with the process that made them, even after its
// PGlite is closed; this process takes them with it when it exits. Plain JavaScript: it needs only
// PGlite. On failure it prints one line saying why and exits with 1.
import { PGlite } from "@electric-sql/pglite";

const [dataDir, startParams] = process.argv.slice(2);
try {
  const created = new PGlite(dataDir, { startParams: JSON.parse(startParams) });
  await created.waitReady;
  await created.close();
} catch (error) {
  // PGlite's file-system errors carry only an errno, no message.
  const reason =
    error instanceof Error && error.message !== ""
      ? error.message
      : `file system error ${String(error?.errno ?? error)}`;
  process.stderr.write(`${reason}\n`);
  process.exitCode = 1;
}
