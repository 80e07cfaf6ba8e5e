#!/usr/bin/env node
// The `candor` command. Candor's TypeScript runs directly through tsx (see docs/decisions/002).
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli/main.ts");
const io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
process.exitCode = await runCli(process.argv.slice(2), io);
