import { runCli } from "../../src/cli/main.ts";

/** What one run of the command line printed, and its exit code. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `candor ARGV` in-process with `stdin` as its standard input, capturing what it prints. */
export async function runCliCaptured(argv: string[], stdin = ""): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await runCli(
    argv,
    {
      out: (text) => {
        out += text;
      },
      err: (text) => {
        err += text;
      },
    },
    () => Promise.resolve(stdin),
  );
  return { code, out, err };
}
