import path from "node:path";
import { z } from "zod";

const port = z.coerce
  .number({ error: "must be a number" })
  .int("must be a whole number")
  // 0 asks the operating system for any free port.
  .min(0, "must be between 0 and 65535")
  .max(65535, "must be between 0 and 65535");

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const postgresUrl = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .refine(
    (value) => value === undefined || /^postgres(ql)?:\/\/.+/.test(value),
    "must be a postgres:// or postgresql:// URL",
  )
  .optional();

const httpUrl = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .refine(
    (value) => value === undefined || URL.canParse(value),
    "must be an http:// or https:// URL",
  )
  .optional();

const envSchema = z.object({
  PORT: port.default(5170),
  HOST: z.string().trim().min(1, "must not be empty").default("127.0.0.1"),
  CANDOR_DATA_DIR: optionalText,
  DATABASE_URL: postgresUrl,
  ANTHROPIC_API_KEY: optionalText,
  CANDOR_LLM_BASE_URL: httpUrl,
  CANDOR_LLM_MODEL: optionalText,
  CANDOR_LLM_TIMEOUT_MS: z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int("must be a whole number of milliseconds")
    .min(1000, "must be at least 1000")
    .max(120_000, "must be at most 120000")
    .default(20_000),
  CANDOR_LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info"),
});

/** Where the data lives: an embedded PGlite folder, or a PostgreSQL server. */
export type DatabaseConfig =
  { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

/** Which LLM provider, if any, is configured. */
export type ProviderConfig =
  | { kind: "none" }
  | { kind: "anthropic"; apiKey: string; model: string | undefined; baseUrl: string | undefined }
  | { kind: "openai-compatible"; baseUrl: string; model: string | undefined };

/** Candor's whole configuration, read once at start-up. */
export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  provider: ProviderConfig;
  /** How long one interviewer turn may take to phrase before the offline engine stands in. */
  llmTimeoutMs: number;
  logLevel: z.infer<typeof envSchema>["CANDOR_LOG_LEVEL"];
}

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

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(
  env: Record<string, string | undefined>,
  cwd: string = process.cwd(),
): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "environment"),
        message: issue.message,
      })),
    );
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    database:
      values.DATABASE_URL === undefined
        ? { kind: "pglite", dataDir: path.resolve(cwd, values.CANDOR_DATA_DIR ?? ".candor") }
        : { kind: "postgres", url: values.DATABASE_URL },
    provider: resolveProvider(values),
    llmTimeoutMs: values.CANDOR_LLM_TIMEOUT_MS,
    logLevel: values.CANDOR_LOG_LEVEL,
  };
}

function resolveProvider(values: z.infer<typeof envSchema>): ProviderConfig {
  if (values.ANTHROPIC_API_KEY !== undefined) {
    return {
      kind: "anthropic",
      apiKey: values.ANTHROPIC_API_KEY,
      model: values.CANDOR_LLM_MODEL,
      baseUrl: values.CANDOR_LLM_BASE_URL,
    };
  }
  if (values.CANDOR_LLM_BASE_URL !== undefined) {
    return {
      kind: "openai-compatible",
      baseUrl: values.CANDOR_LLM_BASE_URL,
      model: values.CANDOR_LLM_MODEL,
    };
  }
  return { kind: "none" };
}

/** A description of where data is kept that is safe to print (no password). */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === "pglite") return `embedded PGlite in ${database.dataDir}`;
  const url = new URL(database.url);
  return `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}
