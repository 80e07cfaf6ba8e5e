import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import { ConfigError } from "./startup-errors.ts";
import type { DatabaseConfig } from "../node/db/database.ts";

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

// One name or several, comma-separated: "candor.example.com" or "candor.lan,192.168.1.20".
const hostNames = z
  .string()
  .trim()
  .transform((value) =>
    value
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== ""),
  )
  .refine(
    (names) =>
      names.every((name) => /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)$/.test(name)),
    "must be host names separated by commas, such as candor.example.com (no scheme, port or path)",
  )
  .default([]);

const yesOrNo = z
  .string()
  .trim()
  .toLowerCase()
  .refine(
    (value) => ["", "0", "1", "false", "true", "no", "yes"].includes(value),
    "must be 1 (yes) or 0 (no)",
  )
  .transform((value) => ["1", "true", "yes"].includes(value))
  .default(false);

const envSchema = z.object({
  PORT: port.default(5170),
  HOST: z.string().trim().min(1, "must not be empty").default("127.0.0.1"),
  CANDOR_PUBLIC_HOST: hostNames,
  CANDOR_SHARED_DATA: yesOrNo,
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

/** Which LLM provider, if any, is configured. */
export type ProviderConfig =
  | { kind: "none" }
  | { kind: "anthropic"; apiKey: string; model: string | undefined; baseUrl: string | undefined }
  | { kind: "openai-compatible"; baseUrl: string; model: string | undefined };

/** Candor's whole configuration, read once at start-up. */
export interface Config {
  port: number;
  host: string;
  /** Names, beyond localhost and the listening address, that requests may be addressed to. */
  publicHosts: string[];
  /**
   * Set (CANDOR_SHARED_DATA=1) when HOST is not loopback: every visitor is then the one local
   * user and sees every story and interview.
   */
  sharedData: boolean;
  database: DatabaseConfig;
  provider: ProviderConfig;
  /** How long one interviewer turn may take to phrase before the offline engine stands in. */
  llmTimeoutMs: number;
  logLevel: z.infer<typeof envSchema>["CANDOR_LOG_LEVEL"];
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
  if (!isLoopbackHost(values.HOST) && !values.CANDOR_SHARED_DATA) {
    throw new ConfigError([
      {
        variable: "HOST",
        message:
          `is ${values.HOST}, which is not a loopback address. Candor has no accounts yet: every ` +
          `visitor would be the same local user and see and change every story and interview. ` +
          `Set CANDOR_SHARED_DATA=1 to serve it like that anyway, or leave HOST at 127.0.0.1.`,
      },
    ]);
  }
  return {
    port: values.PORT,
    host: values.HOST,
    publicHosts: values.CANDOR_PUBLIC_HOST,
    sharedData: values.CANDOR_SHARED_DATA,
    database:
      values.DATABASE_URL === undefined
        ? { kind: "pglite", dataDir: path.resolve(cwd, values.CANDOR_DATA_DIR ?? ".candor") }
        : { kind: "postgres", url: values.DATABASE_URL },
    provider: resolveProvider(values),
    llmTimeoutMs: values.CANDOR_LLM_TIMEOUT_MS,
    logLevel: values.CANDOR_LOG_LEVEL,
  };
}

/** Whether `host` (a HOST value) is reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (bare === "localhost") return true;
  if (isIP(bare) === 4) return bare.startsWith("127.");
  if (isIP(bare) === 6) return bare === "::1" || /^::ffff:127\./.test(bare);
  return false;
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

/**
 * Said at every start on a non-loopback address (which loadConfig allows only with
 * CANDOR_SHARED_DATA=1): until accounts exist, everyone who connects is the same user.
 */
export function sharedDataNotices(config: Config): string[] {
  if (isLoopbackHost(config.host)) return [];
  return [
    `Shared data (CANDOR_SHARED_DATA=1): Candor is listening on ${config.host}, and it has no ` +
      `accounts yet. Every visitor is the same local user: each one sees, changes and deletes ` +
      `every story, interview, draft and assessment, including the others'.`,
  ];
}

/** A description of where data is kept that is safe to print (no password). */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === "pglite") return `embedded PGlite in ${database.dataDir}`;
  const url = new URL(database.url);
  return `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}
