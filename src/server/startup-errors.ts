// The start-up failures a user can fix, kept apart from the code that raises them so the command
// line can tell them from bugs without loading the server.

/** Thrown when the environment holds a bad value; its message names each variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly { variable: string; message: string }[]) {
    super(
      "Candor cannot start: the environment has bad values.\n" +
        problems.map((problem) => `  ${problem.variable} ${problem.message}`).join("\n"),
    );
    this.name = "ConfigError";
  }
}

/** Thrown for start-up failures a user can fix; the message says how. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}
