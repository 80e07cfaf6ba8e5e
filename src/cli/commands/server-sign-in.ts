import { RemoteInterviewError } from "./interview-backends.ts";
import { UsageError, type Io } from "../usage.ts";

/** The environment variable a script sets to give the CLI a password without a prompt. */
export const PASSWORD_VARIABLE = "CANDOR_PASSWORD";

/** What a 401 from a server in accounts mode tells the person at the terminal to do. */
export function signInHint(base: string): string {
  return (
    `Candor's server at ${base} keeps each person's data in their own account: sign in with ` +
    `--email YOUR_EMAIL (the password is read from ${PASSWORD_VARIABLE}, or asked for here).`
  );
}

/**
 * Signs in to a server in accounts mode with email and password, and returns the Cookie header
 * that carries the session for the rest of the run.
 */
export async function signInToServer(
  base: string,
  email: string,
  password: string,
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
  } catch {
    throw new RemoteInterviewError(`Candor's server at ${base} could not be reached.`);
  }
  if (response.status === 404) {
    throw new RemoteInterviewError(
      `Candor's server at ${base} runs in local mode, without accounts: leave out --email.`,
    );
  }
  if (!response.ok) {
    // better-auth's errors are `{ "code", "message" }`.
    const body = (await response.json().catch(() => undefined)) as { message?: string } | undefined;
    const why = body?.message ?? `the server answered ${String(response.status)}`;
    throw new RemoteInterviewError(`Signing in to ${base} as ${email} failed: ${why}.`);
  }
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";", 1)[0] ?? "")
    .filter((pair) => pair !== "")
    .join("; ");
  if (cookie === "") {
    throw new RemoteInterviewError(`Signing in to ${base} gave no session cookie.`);
  }
  return cookie;
}

/** Ends the session a sign-in started; a failure here loses nothing, so it is not reported. */
export async function signOutOfServer(base: string, cookie: string): Promise<void> {
  await fetch(`${base}/api/auth/sign-out`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: "{}",
  }).catch(() => undefined);
}

/**
 * The password for `--email`: CANDOR_PASSWORD when set, else typed at a prompt that does not
 * echo it, on a terminal only.
 */
export async function readPassword(
  io: Io,
  env: NodeJS.ProcessEnv,
  input: NodeJS.ReadStream = process.stdin,
): Promise<string> {
  const fromEnv = env[PASSWORD_VARIABLE];
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  if (!input.isTTY) {
    throw new UsageError(
      `--email needs a password: set ${PASSWORD_VARIABLE}, or run on a terminal to type it`,
    );
  }
  io.out("Password: ");
  const password = await readHiddenLine(input);
  io.out("\n");
  return password;
}

/** One line typed on a terminal without echoing it; Ctrl+C cancels. */
function readHiddenLine(input: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let typed = "";
    const finish = (error?: Error) => {
      input.off("data", onData);
      input.setRawMode(false);
      input.pause();
      if (error === undefined) resolve(typed);
      else reject(error);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") {
          finish();
          return;
        }
        if (char === "\u0003") {
          finish(new UsageError("signing in was cancelled"));
          return;
        }
        if (char === "\u007f" || char === "\b") typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on("data", onData);
  });
}
