import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import { ConfigError } from "./startup-errors.ts";
import type { DatabaseConfig } from "../node/db/database.ts";
import { DEFAULT_STT_MODEL, type SpeechEngineConfig } from "../node/speech/speech-engine.ts";
import type { UsageLimitsConfig } from "./limits/usage-limits.ts";

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

// The reverse proxies whose X-Forwarded-For names the client: "10.0.0.5" or "10.0.0.0/8,::1".
const proxyAddresses = z
  .string()
  .trim()
  .transform((value) =>
    value
      .split(",")
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ""),
  )
  .refine(
    (entries) => entries.every(isAddressOrRange),
    "must be IP addresses or CIDR ranges separated by commas, such as 10.0.0.5,10.1.0.0/16",
  )
  .default([]);

function isAddressOrRange(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

// Comma-separated email addresses, compared without regard to case.
const emailList = z
  .string()
  .trim()
  .transform((value) =>
    value
      .split(",")
      .map((email) => email.trim().toLowerCase())
      .filter((email) => email !== ""),
  )
  .refine(
    (emails) => emails.every((email) => /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(email)),
    "must be email addresses separated by commas, such as ada@example.com,ben@example.com",
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

// A limit: a whole number, 0 for none; unset (or empty) takes the mode's default.
const limit = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : Number(value)))
  .pipe(
    z
      .number({ error: "must be a whole number (0 for no limit)" })
      .int("must be a whole number (0 for no limit)")
      .min(0, "must be 0 (no limit) or more")
      .max(1_000_000, "must be at most 1000000")
      .optional(),
  )
  .optional();

const envSchema = z.object({
  PORT: port.default(5170),
  HOST: z.string().trim().min(1, "must not be empty").default("127.0.0.1"),
  CANDOR_PUBLIC_HOST: hostNames,
  CANDOR_SHARED_DATA: yesOrNo,
  CANDOR_TRUSTED_PROXIES: proxyAddresses,
  CANDOR_AUTH: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(["local", "accounts"], { error: "must be local or accounts" }))
    .default("local"),
  CANDOR_AUTH_SECRET: optionalText,
  CANDOR_ADMIN_EMAILS: emailList,
  CANDOR_PUBLIC_URL: httpUrl,
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
  CANDOR_STT_ENGINE: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(
      z.enum(["auto", "pocketsphinx", "openai-compatible", "none"], {
        error: "must be auto, pocketsphinx, openai-compatible or none",
      }),
    )
    .optional(),
  CANDOR_STT_BASE_URL: httpUrl,
  CANDOR_STT_API_KEY: optionalText,
  CANDOR_STT_MODEL: optionalText,
  // Where pocketsphinx and sox are looked for.
  PATH: z.string().default(""),
  CANDOR_LIMIT_ANALYSES_PER_HOUR: limit,
  CANDOR_LIMIT_LLM_CALLS_PER_HOUR: limit,
  CANDOR_LIMIT_SIGNUPS_PER_ADDRESS: limit,
  CANDOR_LIMIT_SIGNIN_PER_EMAIL: limit,
  CANDOR_LIMIT_SIGNIN_PER_ADDRESS: limit,
  CANDOR_LIMIT_SIGNIN_WINDOW_MINUTES: z.coerce
    .number({ error: "must be a number of minutes" })
    .int("must be a whole number of minutes")
    .min(1, "must be at least 1")
    .max(1440, "must be at most 1440 (a day)")
    .default(15),
  CANDOR_LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info"),
});

/** Which LLM provider, if any, is configured. */
export type ProviderConfig =
  | { kind: "none" }
  | { kind: "anthropic"; apiKey: string; model: string | undefined; baseUrl: string | undefined }
  | { kind: "openai-compatible"; baseUrl: string; model: string | undefined };

/**
 * Who the requests come from: the one local user (no login), or accounts with sign-up, sign-in
 * and sessions signed with `secret`.
 */
export type AuthConfig =
  | { mode: "local" }
  | {
      mode: "accounts";
      secret: string;
      publicUrl: string | undefined;
      /** The accounts, by email in lower case, that may make cohorts and invitations. */
      adminEmails: string[];
    };

/** The shortest CANDOR_AUTH_SECRET accepted: 32 characters, about 190 bits in base64. */
export const MIN_AUTH_SECRET_LENGTH = 32;

const MAKE_A_SECRET = "openssl rand -base64 32";

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
  /**
   * The reverse proxies trusted to name the client in X-Forwarded-For; the per-address sign-in
   * limit counts that client rather than the proxy.
   */
  trustedProxies: string[];
  auth: AuthConfig;
  database: DatabaseConfig;
  provider: ProviderConfig;
  /** The speech-to-text engine asked for; whether it is installed is found at start-up. */
  speech: SpeechEngineConfig;
  /** How long one interviewer turn may take to phrase before the offline engine stands in. */
  llmTimeoutMs: number;
  /** The abuse limits (docs/decisions/020); in local mode off unless set. */
  limits: UsageLimitsConfig;
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
  const auth = resolveAuth(values);
  return {
    port: values.PORT,
    host: values.HOST,
    publicHosts: values.CANDOR_PUBLIC_HOST,
    sharedData: values.CANDOR_SHARED_DATA,
    trustedProxies: values.CANDOR_TRUSTED_PROXIES,
    auth,
    database:
      values.DATABASE_URL === undefined
        ? { kind: "pglite", dataDir: path.resolve(cwd, values.CANDOR_DATA_DIR ?? ".candor") }
        : { kind: "postgres", url: values.DATABASE_URL },
    provider: resolveProvider(values),
    speech: resolveSpeechEngine(values),
    llmTimeoutMs: values.CANDOR_LLM_TIMEOUT_MS,
    limits: resolveLimits(values, auth),
    logLevel: values.CANDOR_LOG_LEVEL,
  };
}

/**
 * The start rule: a HOST beyond loopback needs accounts (or, knowingly, shared data), and
 * accounts need a secret.
 */
function resolveAuth(values: z.infer<typeof envSchema>): AuthConfig {
  if (values.CANDOR_AUTH === "accounts") {
    const secret = values.CANDOR_AUTH_SECRET;
    if (secret === undefined || secret.length < MIN_AUTH_SECRET_LENGTH) {
      throw new ConfigError([
        {
          variable: "CANDOR_AUTH_SECRET",
          message:
            `${secret === undefined ? "is not set" : `has ${String(secret.length)} characters`}; ` +
            `accounts mode signs its session cookies with it and needs at least ` +
            `${String(MIN_AUTH_SECRET_LENGTH)} random characters. Make one with ` +
            `\`${MAKE_A_SECRET}\` and keep it: changing it signs every user out.`,
        },
      ]);
    }
    return {
      mode: "accounts",
      secret,
      publicUrl: values.CANDOR_PUBLIC_URL,
      adminEmails: values.CANDOR_ADMIN_EMAILS,
    };
  }
  if (values.CANDOR_ADMIN_EMAILS.length > 0) {
    throw new ConfigError([
      {
        variable: "CANDOR_ADMIN_EMAILS",
        message:
          "is set, but CANDOR_AUTH is local: administrators manage cohorts, which need accounts. " +
          "Set CANDOR_AUTH=accounts (with CANDOR_AUTH_SECRET), or leave CANDOR_ADMIN_EMAILS unset.",
      },
    ]);
  }
  if (!isLoopbackHost(values.HOST) && !values.CANDOR_SHARED_DATA) {
    throw new ConfigError([
      {
        variable: "HOST",
        message:
          `is ${values.HOST}, which is not a loopback address, and CANDOR_AUTH is local: every ` +
          `visitor would be the same local user and see and change every story and interview. ` +
          `Set CANDOR_AUTH=accounts (with CANDOR_AUTH_SECRET) so that each visitor signs in and ` +
          `sees only their own data, or leave HOST at 127.0.0.1. (CANDOR_SHARED_DATA=1 serves ` +
          `everyone as the one local user anyway.)`,
      },
    ]);
  }
  return { mode: "local" };
}

/** The limits accounts mode applies when a CANDOR_LIMIT_* variable is not set. */
export const ACCOUNTS_DEFAULT_LIMITS = {
  analysesPerHour: 200,
  llmCallsPerHour: 100,
  signUpsPerAddress: 20,
  signInPerEmail: 10,
  signInPerAddress: 50,
} as const;

/**
 * Each limit as set, 0 meaning none; unset, accounts mode's default, or none in local mode (one
 * person on their own machine).
 */
function resolveLimits(values: z.infer<typeof envSchema>, auth: AuthConfig): UsageLimitsConfig {
  const defaults = auth.mode === "accounts" ? ACCOUNTS_DEFAULT_LIMITS : undefined;
  const pick = (value: number | undefined, fallback: number | undefined) => {
    const chosen = value ?? fallback;
    return chosen === 0 ? undefined : chosen;
  };
  return {
    analysesPerHour: pick(values.CANDOR_LIMIT_ANALYSES_PER_HOUR, defaults?.analysesPerHour),
    llmCallsPerHour: pick(values.CANDOR_LIMIT_LLM_CALLS_PER_HOUR, defaults?.llmCallsPerHour),
    signUpsPerAddressPerHour: pick(
      values.CANDOR_LIMIT_SIGNUPS_PER_ADDRESS,
      defaults?.signUpsPerAddress,
    ),
    signIn: {
      perEmail: pick(values.CANDOR_LIMIT_SIGNIN_PER_EMAIL, defaults?.signInPerEmail),
      perAddress: pick(values.CANDOR_LIMIT_SIGNIN_PER_ADDRESS, defaults?.signInPerAddress),
      windowMinutes: values.CANDOR_LIMIT_SIGNIN_WINDOW_MINUTES,
    },
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
 * CANDOR_STT_ENGINE, or else an endpoint when CANDOR_STT_BASE_URL is set, or else pocketsphinx if
 * it is installed.
 */
function resolveSpeechEngine(values: z.infer<typeof envSchema>): SpeechEngineConfig {
  const baseUrl = values.CANDOR_STT_BASE_URL;
  const engine = values.CANDOR_STT_ENGINE ?? (baseUrl === undefined ? "auto" : "openai-compatible");
  if (engine === "openai-compatible") {
    if (baseUrl === undefined) {
      throw new ConfigError([
        {
          variable: "CANDOR_STT_BASE_URL",
          message:
            "is not set, and CANDOR_STT_ENGINE is openai-compatible: set it to the endpoint's " +
            "base address, such as http://127.0.0.1:8000/v1",
        },
      ]);
    }
    return {
      kind: "openai-compatible",
      baseUrl,
      apiKey: values.CANDOR_STT_API_KEY,
      model: values.CANDOR_STT_MODEL ?? DEFAULT_STT_MODEL,
    };
  }
  if (engine === "none") return { kind: "none" };
  return { kind: engine, searchPath: values.PATH };
}

/**
 * Said at every start on a non-loopback address in local mode (which loadConfig allows only with
 * CANDOR_SHARED_DATA=1): everyone who connects is the same user.
 */
export function sharedDataNotices(config: Config): string[] {
  if (isLoopbackHost(config.host) || config.auth.mode === "accounts") return [];
  return [
    `Shared data (CANDOR_SHARED_DATA=1): Candor is listening on ${config.host} without ` +
      `accounts (CANDOR_AUTH=local). Every visitor is the same local user: each one sees, ` +
      `changes and deletes every story, interview, draft and assessment, including the others'.`,
  ];
}

/**
 * Said at every start in accounts mode when session cookies go without the Secure flag: fine
 * on a trusted network, not across the internet.
 */
export function accountsNotices(config: Config): string[] {
  if (config.auth.mode !== "accounts") return [];
  if (config.auth.publicUrl?.startsWith("https://") === true) return [];
  return [
    `Accounts: session cookies are sent without the Secure flag, since CANDOR_PUBLIC_URL is ` +
      `not an https:// address. Serve Candor behind TLS and set CANDOR_PUBLIC_URL to its ` +
      `https:// address before users sign in across an untrusted network.`,
  ];
}

/** A description of where data is kept that is safe to print (no password). */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === "pglite") return `embedded PGlite in ${database.dataDir}`;
  const url = new URL(database.url);
  return `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}
