#!/usr/bin/env node
// The `candor` command. It loads one bundle of Candor's TypeScript, rebuilt when a source changes
// (docs/decisions/014), and runs the sources through tsx when the bundle cannot be built.
import path from "node:path";
import { ROOT, tsBundle } from "./ts-bundle.mjs";

const entry = path.join(ROOT, "src", "cli", "main.ts");
const bundle = await tsBundle({ root: ROOT, entry, outDir: path.join(ROOT, "dist", "cli") });
let main;
if (bundle === undefined) {
  const { register } = await import("tsx/esm/api");
  register();
  main = await import("../src/cli/main.ts");
} else {
  main = await import(bundle);
}
const io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
process.exitCode = await main.runCli(process.argv.slice(2), io);
