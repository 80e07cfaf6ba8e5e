import type { InjectOptions } from "fastify";
import type { RouteEntry } from "../../src/server/http/route-table.ts";

/** A small seeded generator (mulberry32): the same seed gives the same requests. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
}

/** Strings that have broken servers before: storage, encoding, paths, injection, sizes. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "\u0000",
  "answer with a NUL\u0000inside",
  "\ud800",
  "lone low \udfff surrogate",
  "cut emoji \ud83d",
  "😀 emoji",
  "\u202eright-to-left override",
  "\ufeffbyte order mark",
  "\uffff",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "....//....//",
  "%2e%2e%2f%2e%2e%2f",
  "%00",
  "%ZZ",
  "%",
  "%E0%A4%A",
  "'; DROP TABLE stories; --",
  '" OR 1=1 --',
  "<script>alert(1)</script>",
  "{{7*7}}",
  "${process.env}",
  "\r\n\r\nX-Injected: 1",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "__proto__",
  "constructor",
  "00000000-0000-0000-0000-000000000000",
  "6f1c2b7e-9d2a-4c1e-8f3b-000000000000",
  "not-a-uuid",
  "a".repeat(101),
  "é".repeat(2000),
  "x".repeat(70_000),
];

const BROKEN_JSON: readonly string[] = [
  '{"text": "unterminated',
  "{'single': 'quotes'}",
  "[1, 2",
  '{"a": 1}}',
  "\u0000",
  "nul\u0000l",
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '{"text": "\\ud800"}',
  '{"text": "\\u0000"}',
  "NaN",
  "{,}",
  "\ufeff{}",
];

const CONTENT_TYPES: readonly string[] = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "application/json; charset=latin1",
  "application/octet-stream",
  "json",
];

const OTHER_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Ids a request may use: valid ones per kind, and another user's. */
export interface IdPools {
  /** Valid values by pool name ("stories", "packs", "lang", ...). */
  valid: Map<string, string[]>;
  /** Ids another user owns, by pool name; a request as this user must never reach them. */
  foreign: Map<string, string[]>;
}

/** One generated request, with what the checks need to know about it. */
export interface FuzzRequest {
  options: InjectOptions & { method: string; url: string };
  /** The route it was made for (the path may have been bent away from it). */
  route: RouteEntry;
  /** Whether a path parameter holds an id another user owns. */
  usesForeignId: boolean;
}

/**
 * Makes requests over every route: path parameters from the valid pools, another user's ids or
 * hostile strings; query strings; bodies mutated from a valid sample or made up; broken JSON,
 * wrong content types, deep nesting, oversized bodies; wrong methods; foreign hosts and origins.
 */
export class RequestFuzzer {
  constructor(
    private readonly random: Random,
    private readonly pools: IdPools,
    private readonly samples: ReadonlyMap<string, unknown>,
    private readonly bodyLimitBytes: number,
  ) {}

  request(route: RouteEntry): FuzzRequest {
    const random = this.random;
    let usesForeignId = false;
    const path = route.url
      .split("/")
      .map((segment) => {
        if (segment === "*") return this.wildcardPath();
        if (!segment.startsWith(":")) return segment;
        const pool = poolName(route.url, segment.slice(1));
        const foreign = this.pools.foreign.get(pool) ?? [];
        const valid = this.pools.valid.get(pool) ?? [];
        const roll = random.next();
        if (roll < 0.5 && valid.length > 0) return encodeSegment(random.pick(valid));
        if (roll < 0.65 && foreign.length > 0) {
          usesForeignId = true;
          return encodeSegment(random.pick(foreign));
        }
        return this.hostileSegment();
      })
      .join("/");
    const query = this.query(route);
    let method = route.method;
    if (random.chance(0.04)) method = random.pick(OTHER_METHODS);
    const headers: Record<string, string> = {};
    if (random.chance(0.1)) headers["x-fuzz-as"] = "second-user";
    if (route.url.endsWith("/answers") ? random.chance(0.3) : random.chance(0.02)) {
      headers["accept"] = "text/event-stream";
    }
    if (random.chance(0.03)) {
      headers["host"] = random.pick(["evil.example", "localhost.evil.example", "", "[::2]:80"]);
    }
    if (random.chance(0.05)) {
      headers["origin"] = random.pick(["http://evil.example", "null", "http://localhost", "x"]);
    }
    if (random.chance(0.02)) headers["sec-fetch-site"] = "cross-site";
    const options: FuzzRequest["options"] = { method, url: path + query, headers };
    if (method !== "GET" && method !== "HEAD" && method !== "OPTIONS") {
      Object.assign(options, this.body(`${route.method} ${route.url}`, headers));
    } else if (random.chance(0.03)) {
      headers["content-type"] = "application/json";
      options.payload = JSON.stringify(this.hostileValue(2));
    }
    return { options, route, usesForeignId };
  }

  private hostileSegment(): string {
    const random = this.random;
    const value = random.pick(HOSTILE_STRINGS);
    const roll = random.next();
    // Mostly encoded as a browser would; sometimes raw, so slashes, dots and stray % arrive as is.
    if (roll < 0.7) return encodeSegment(value);
    if (roll < 0.9) return value.replace(/[\s#?]/g, "");
    return random.pick(["%", "%Z", "%ZZ", "%ED%A0%80", "%C0%AF", "%FF%FE", "..%2F..%2F", "%2500"]);
  }

  private wildcardPath(): string {
    return this.random.pick([
      "../../package.json",
      "%2e%2e/%2e%2e/package.json",
      "..%2F..%2Fpackage.json",
      "pyodide.mjs%00.map",
      "nope.js",
      "",
      "a/b/c",
      encodeSegment(this.random.pick(HOSTILE_STRINGS)),
    ]);
  }

  private query(route: RouteEntry): string {
    const random = this.random;
    if (!random.chance(route.method === "GET" ? 0.35 : 0.08)) return "";
    if (random.chance(0.2)) {
      return random.pick([
        "?%ZZ=%00",
        "?q=%ED%A0%80",
        "?&&=&",
        "?q=1&q=2",
        "?round[]=x",
        "?" + "q=x&".repeat(500),
      ]);
    }
    const keys = ["round", "category", "difficulty", "q", "lang", "__proto__", "x"];
    const parts: string[] = [];
    for (let count = 1 + random.int(3); count > 0; count -= 1) {
      const value = random.chance(0.4)
        ? random.pick(["values", "coding", "easy", "hard", "cache"])
        : random.pick(HOSTILE_STRINGS);
      parts.push(`${random.pick(keys)}=${encodeSegment(value)}`);
    }
    return `?${parts.join("&")}`;
  }

  private body(routeKey: string, headers: Record<string, string>): Pick<InjectOptions, "payload"> {
    const random = this.random;
    const sample = this.samples.get(routeKey);
    const roll = random.next();
    headers["content-type"] = "application/json";
    if (roll < 0.1 && sample !== undefined) return { payload: JSON.stringify(sample) };
    if (roll < 0.65 && sample !== undefined)
      return { payload: JSON.stringify(this.mutate(sample)) };
    if (roll < 0.7) return { payload: JSON.stringify(this.hostileValue(3)) };
    if (roll < 0.78) return { payload: random.pick(BROKEN_JSON) };
    if (roll < 0.84) {
      headers["content-type"] = random.pick(CONTENT_TYPES);
      return { payload: random.chance(0.5) ? "text=hello\u0000" : JSON.stringify(sample ?? {}) };
    }
    if (roll < 0.88) return { payload: "" };
    if (roll < 0.91) {
      delete headers["content-type"];
      return {};
    }
    if (roll < 0.94) {
      return { payload: JSON.stringify({ text: "x".repeat(this.bodyLimitBytes + 1) }) };
    }
    const depth = 1000 + random.int(50_000);
    const nested = "[".repeat(depth) + "]".repeat(depth);
    return {
      payload: random.chance(0.5) ? nested : `{"text": ${nested}, "code": ${nested}}`,
    };
  }

  /** A copy of a valid body with one thing made hostile. */
  private mutate(sample: unknown): unknown {
    const random = this.random;
    const copy = structuredClone(sample);
    const slots = collectSlots(copy);
    const textSlots = slots.filter((slot) => typeof slot.get() === "string");
    const roll = random.next();
    // Most often the body stays valid but for one character the database cannot store, which is
    // what reaches the deepest code: repositories and their SQL.
    if (roll < 0.3 && textSlots.length > 0) {
      // Free text (titles, answers, code) more often than identifiers and enum values.
      const freeText = textSlots.filter((slot) => /\s/.test(String(slot.get())));
      const slot = random.pick(freeText.length > 0 && random.chance(0.7) ? freeText : textSlots);
      const text = String(slot.get());
      const at = random.int(text.length + 1);
      const bad = random.pick(["\u0000", "\ud800", "\udc00", "\udbff\u0000"]);
      slot.set(text.slice(0, at) + bad + text.slice(at));
      return copy;
    }
    const slot = slots.length > 0 ? random.pick(slots) : undefined;
    if (slot === undefined) return this.hostileValue(2);
    if (roll < 0.55) slot.set(random.pick(HOSTILE_STRINGS));
    else if (roll < 0.7) slot.set(this.hostileValue(2));
    else if (roll < 0.8) slot.set(nestedArrays(50 + random.int(2000)));
    else if (roll < 0.9 && isRecord(copy))
      copy[random.pick(HOSTILE_STRINGS)] = this.hostileValue(1);
    else slot.remove();
    return copy;
  }

  /** Any JSON value, often of the wrong type for where it lands. */
  hostileValue(depth: number): unknown {
    const random = this.random;
    const roll = random.next();
    if (depth <= 0 || roll < 0.35) return random.pick(HOSTILE_STRINGS);
    if (roll < 0.5) return random.pick([0, -1, 1.5, 1e308, -0, 2 ** 53, 42]);
    if (roll < 0.58) return random.pick([true, false, null]);
    if (roll < 0.75) {
      return Array.from({ length: random.int(4) }, () => this.hostileValue(depth - 1));
    }
    const object: Record<string, unknown> = {};
    for (let count = random.int(4); count > 0; count -= 1) {
      const key = random.pick([
        ...HOSTILE_STRINGS.slice(0, 20),
        "text",
        "code",
        "title",
        "files",
        "findings",
      ]);
      object[key] = this.hostileValue(depth - 1);
    }
    return object;
  }
}

interface Slot {
  get(): unknown;
  set(value: unknown): void;
  remove(): void;
}

// Every place in a JSON value that can be replaced: object properties and array items, nested.
function collectSlots(root: unknown): Slot[] {
  const slots: Slot[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      const items = value as unknown[];
      items.forEach((item, index) => {
        slots.push({
          get: () => items[index],
          set: (next) => (items[index] = next),
          remove: () => items.splice(index, 1),
        });
        visit(item);
      });
    } else if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        slots.push({
          get: () => value[key],
          set: (next) => (value[key] = next),
          remove: () => Reflect.deleteProperty(value, key),
        });
        visit(value[key]);
      }
    }
  };
  visit(root);
  return slots;
}

function nestedArrays(depth: number): unknown {
  let value: unknown = "deep";
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Percent-encodes a path segment; a lone surrogate becomes the bytes of one (invalid UTF-8). */
export function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, "")) + "%ED%A0%80";
  }
}

// Which pool a path parameter draws from: by its name, then by the collection it follows.
function poolName(url: string, param: string): string {
  if (param === "lang" || param === "sectionId" || param === "number" || param === "packId") {
    return param;
  }
  if (param === "sessionId") return "assessment-sessions";
  return url.split("/")[2] ?? param;
}
