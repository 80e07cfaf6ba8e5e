import { createHash } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";
import { err, ok, type Result } from "../../core/result.ts";
import type { Db } from "../../node/db/database.ts";
import {
  countUse,
  pruneCounters,
  uncountUse,
  type CounterWindow,
} from "../../node/db/usage-counters-repository.ts";

/**
 * The abuse limits, each a count per fixed window; undefined (or 0 in the environment) means no
 * limit. Read from CANDOR_LIMIT_* by config.ts (docs/decisions/020).
 */
export interface UsageLimitsConfig {
  /** Analyses per user per clock hour: whatever runs the coach. */
  analysesPerHour: number | undefined;
  /** Language-model calls per user per clock hour. */
  llmCallsPerHour: number | undefined;
  /** Accounts made per client address per clock hour. */
  signUpsPerAddressPerHour: number | undefined;
  /** Failed sign-ins per window, per account email and per client address. */
  signIn: {
    perEmail: number | undefined;
    perAddress: number | undefined;
    windowMinutes: number;
  };
}

/** No limit at all: local mode's default, and the tests' unless they set one. */
export const NO_LIMITS: UsageLimitsConfig = {
  analysesPerHour: undefined,
  llmCallsPerHour: undefined,
  signUpsPerAddressPerHour: undefined,
  signIn: { perEmail: undefined, perAddress: undefined, windowMinutes: 15 },
};

/** A refusal: what the client is told, and after how many seconds the window ends. */
export interface LimitRefusal {
  message: string;
  retryAfterSeconds: number;
}

/** One use counted against an hourly limit, which a request refused later on gives back. */
export interface CountedUse {
  giveBack(): Promise<void>;
}

const NOTHING_COUNTED: CountedUse = { giveBack: async () => undefined };

/** A sign-up counted in advance; one that makes no account gives its count back. */
export interface SignUpAttempt {
  giveBack(): Promise<void>;
}

/** A sign-in that was counted as failed in advance; a success gives the counts back. */
export interface SignInAttempt {
  giveBack(): Promise<void>;
}

/** What the limiter needs. */
export interface UsageLimiterDeps {
  db: Db;
  limits: UsageLimitsConfig;
  /** The clock the windows are cut from; tests may fix it. */
  now?: () => Date;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
// Windows are at most a day long (config.ts), so a window that began more than a day ago is over.
const KEEP_WINDOWS_MS = 24 * HOUR_MS;
// Each server prunes at most this often, on the back of a count.
const PRUNE_EVERY_MS = 10 * MINUTE_MS;

/**
 * Counts uses against the configured limits in the shared `usage_counters` table, so every app
 * server on one database enforces the same count.
 */
export function createUsageLimiter(deps: UsageLimiterDeps) {
  const { db, limits } = deps;
  const now = deps.now ?? (() => new Date());
  let lastPruned = 0;

  async function pruneNowAndThen(at: Date): Promise<void> {
    if (at.getTime() - lastPruned < PRUNE_EVERY_MS) return;
    lastPruned = at.getTime();
    // Pruning is housekeeping: a failure leaves old rows for the next try and refuses nothing.
    await pruneCounters(db, new Date(at.getTime() - KEEP_WINDOWS_MS)).catch(() => undefined);
  }

  /** Counts one use of `key` in the current window of `windowMs`, or says when to come back. */
  async function count(
    key: string,
    limit: number,
    windowMs: number,
    userId: string | undefined,
    refusalMessage: (retryAfterSeconds: number) => string,
  ): Promise<Result<CounterWindow, LimitRefusal>> {
    const at = now();
    const window = { key, windowStart: windowStartOf(at, windowMs) };
    const outcome = await countUse(db, {
      ...window,
      limit,
      ...(userId === undefined ? {} : { userId }),
    });
    await pruneNowAndThen(at);
    if (outcome.counted) return ok(window);
    const retryAfterSeconds = secondsUntilWindowEnds(at, window.windowStart, windowMs);
    return err({ message: refusalMessage(retryAfterSeconds), retryAfterSeconds });
  }

  /**
   * Counts one use of an hourly per-user limit, or refuses once the hour's limit is reached. The
   * use counted can be given back, when a later check refuses the same request.
   */
  async function countHourly(
    limit: number | undefined,
    key: string,
    userId: string,
    done: (limit: number) => string,
  ): Promise<Result<CountedUse, LimitRefusal>> {
    if (limit === undefined) return ok(NOTHING_COUNTED);
    const counted = await count(key, limit, HOUR_MS, userId, (seconds) =>
      hourlyMessage(done(limit), seconds),
    );
    if (!counted.ok) return counted;
    return ok({ giveBack: () => uncountUse(db, counted.value) });
  }

  return {
    /** Counts one run of the coach for the user, or refuses once the hour's limit is reached. */
    countAnalysis(userId: string): Promise<Result<CountedUse, LimitRefusal>> {
      return countHourly(
        limits.analysesPerHour,
        `analyses:${userId}`,
        userId,
        (limit) => `run ${plural(limit, "analysis", "analyses")}`,
      );
    },

    /** Counts one language-model call for the user, or refuses once the hour's limit is reached. */
    countLlmCall(userId: string): Promise<Result<CountedUse, LimitRefusal>> {
      return countHourly(
        limits.llmCallsPerHour,
        `llm-calls:${userId}`,
        userId,
        (limit) => `asked the language model ${plural(limit, "time", "times")}`,
      );
    },

    /**
     * Counts a sign-up from the client's address before the account is made, so that concurrent
     * sign-ups never slip past the hour's limit; one that makes no account gives its count back.
     */
    async beginSignUp(address: string): Promise<Result<SignUpAttempt, LimitRefusal>> {
      const limit = limits.signUpsPerAddressPerHour;
      if (limit === undefined) return ok({ giveBack: async () => undefined });
      const counted = await count(
        `sign-up:address:${digest(addressBlock(address))}`,
        limit,
        HOUR_MS,
        undefined,
        (seconds) =>
          `Too many new accounts from your network address: ${plural(limit, "account", "accounts")} ` +
          `an hour is the limit on this server. Try again ${inTime(seconds)}.`,
      );
      if (!counted.ok) return counted;
      return ok({ giveBack: () => uncountUse(db, counted.value) });
    },

    /**
     * Counts a sign-in as failed before the password is checked, against the account's email and
     * the client's address, so that a correct password is refused too once either limit is
     * reached, and concurrent attempts never slip past it. A sign-in that succeeds gives its
     * counts back.
     */
    async beginSignIn(
      email: string,
      address: string,
    ): Promise<Result<SignInAttempt, LimitRefusal>> {
      const { perEmail, perAddress, windowMinutes } = limits.signIn;
      const windowMs = windowMinutes * MINUTE_MS;
      const counted: CounterWindow[] = [];
      const giveBack = async () => {
        for (const window of counted) await uncountUse(db, window);
      };
      const checks = [
        {
          limit: perEmail,
          key: `sign-in:email:${digest(email.trim().toLowerCase())}`,
          whose: "to this account",
        },
        {
          limit: perAddress,
          key: `sign-in:address:${digest(addressBlock(address))}`,
          whose: "from your network address",
        },
      ];
      for (const { limit, key, whose } of checks) {
        if (limit === undefined) continue;
        const result = await count(
          key,
          limit,
          windowMs,
          undefined,
          (seconds) =>
            `Too many failed sign-ins ${whose}: ${plural(limit, "failed sign-in", "failed sign-ins")} ` +
            `in ${plural(windowMinutes, "minute", "minutes")} is the limit on this server. ` +
            `Try again ${inTime(seconds)}.`,
        );
        if (!result.ok) {
          await giveBack();
          return result;
        }
        counted.push(result.value);
      }
      return ok({ giveBack });
    },
  };
}

/** The usage limiter's interface. */
export type UsageLimiter = ReturnType<typeof createUsageLimiter>;

/** The start of the fixed window of `windowMs` that holds `at`; the same on every server. */
export function windowStartOf(at: Date, windowMs: number): Date {
  return new Date(Math.floor(at.getTime() / windowMs) * windowMs);
}

function secondsUntilWindowEnds(at: Date, windowStart: Date, windowMs: number): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + windowMs - at.getTime()) / 1000));
}

function hourlyMessage(done: string, retryAfterSeconds: number): string {
  return (
    `You have ${done} this hour, the limit on this server. ` +
    `Try again ${inTime(retryAfterSeconds)}.`
  );
}

/** "in 45 seconds", "in 1 minute", "in 12 minutes". */
export function inTime(seconds: number): string {
  if (seconds < 60) return `in ${plural(seconds, "second", "seconds")}`;
  return `in ${plural(Math.ceil(seconds / 60), "minute", "minutes")}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/**
 * The block an address is counted under: an IPv4 address alone (an IPv4-mapped IPv6 address as
 * its IPv4 one), an IPv6 address by its /64, since one subscriber is handed a whole /64 and could
 * otherwise sign in from a fresh address for every guess.
 */
export function addressBlock(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] !== undefined && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = "", tail] = address.toLowerCase().split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === undefined || tail === "" ? [] : tail.split(":");
  const groups =
    tail === undefined
      ? headGroups
      : [
          ...headGroups,
          ...Array<string>(8 - headGroups.length - tailGroups.length).fill("0"),
          ...tailGroups,
        ];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

// Counter keys hold no email address or network address, only a digest of one.
function digest(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, 22);
}
