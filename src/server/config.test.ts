import { describe, expect, it } from "vitest";
import {
  accountsNotices,
  describeDatabase,
  isLoopbackHost,
  loadConfig,
  sharedDataNotices,
} from "./config.ts";
import { ConfigError } from "./startup-errors.ts";

describe("loadConfig", () => {
  it("uses the defaults on an empty environment", () => {
    const config = loadConfig({}, "/home/me/project");
    expect(config.port).toBe(5170);
    expect(config.host).toBe("127.0.0.1");
    expect(config.database).toEqual({ kind: "pglite", dataDir: "/home/me/project/.candor" });
    expect(config.provider).toEqual({ kind: "none" });
    expect(config.publicHosts).toEqual([]);
    expect(config.sharedData).toBe(false);
    expect(config.auth).toEqual({ mode: "local" });
  });

  it("switches to PostgreSQL with DATABASE_URL and hides the password when described", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://me:secret@db.internal:6543/candor" });
    expect(config.database).toEqual({
      kind: "postgres",
      url: "postgres://me:secret@db.internal:6543/candor",
    });
    expect(describeDatabase(config.database)).toBe("PostgreSQL at db.internal:6543/candor");
  });

  it("honours CANDOR_DATA_DIR relative to the working directory", () => {
    const config = loadConfig({ CANDOR_DATA_DIR: "data" }, "/srv/candor");
    expect(config.database).toEqual({ kind: "pglite", dataDir: "/srv/candor/data" });
  });

  it("picks Anthropic when a key is set, and an OpenAI-compatible endpoint otherwise", () => {
    expect(loadConfig({ ANTHROPIC_API_KEY: "sk-test" }).provider.kind).toBe("anthropic");
    const local = loadConfig({
      CANDOR_LLM_BASE_URL: "http://127.0.0.1:11434/v1",
      CANDOR_LLM_MODEL: "llama3",
    });
    expect(local.provider).toEqual({
      kind: "openai-compatible",
      baseUrl: "http://127.0.0.1:11434/v1",
      model: "llama3",
    });
  });

  it("chooses the speech engine: pocketsphinx if installed, an endpoint when set, or none", () => {
    expect(loadConfig({ PATH: "/usr/bin" }).speech).toEqual({
      kind: "auto",
      searchPath: "/usr/bin",
    });
    expect(
      loadConfig({
        CANDOR_STT_BASE_URL: "http://127.0.0.1:8000/v1",
        CANDOR_STT_API_KEY: "key",
      }).speech,
    ).toEqual({
      kind: "openai-compatible",
      baseUrl: "http://127.0.0.1:8000/v1",
      apiKey: "key",
      model: "whisper-1",
    });
    expect(
      loadConfig({ CANDOR_STT_ENGINE: "None", CANDOR_STT_BASE_URL: "http://127.0.0.1:8000/v1" })
        .speech,
    ).toEqual({ kind: "none" });
    expect(loadConfig({ CANDOR_STT_ENGINE: "pocketsphinx", PATH: "/bin" }).speech).toEqual({
      kind: "pocketsphinx",
      searchPath: "/bin",
    });
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://localhost/db" }, "DATABASE_URL"],
    [{ CANDOR_LLM_BASE_URL: "not a url" }, "CANDOR_LLM_BASE_URL"],
    [{ CANDOR_STT_BASE_URL: "not a url" }, "CANDOR_STT_BASE_URL"],
    [{ CANDOR_STT_ENGINE: "whisper" }, "CANDOR_STT_ENGINE"],
    [{ CANDOR_STT_ENGINE: "openai-compatible" }, "CANDOR_STT_BASE_URL"],
  ])("rejects %o with a message naming %s", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${variable}\\b`));
  });

  it.each([
    [{ CANDOR_PUBLIC_HOST: "https://candor.example.com" }, "CANDOR_PUBLIC_HOST"],
    [{ CANDOR_PUBLIC_HOST: "candor.example.com:8443" }, "CANDOR_PUBLIC_HOST"],
    [{ CANDOR_SHARED_DATA: "sure" }, "CANDOR_SHARED_DATA"],
  ])("rejects %o with a message naming %s", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${variable}\\b`));
  });
});

describe("HOST and shared data", () => {
  it.each(["127.0.0.1", "127.0.1.1", "localhost", "::1", "[::1]"])(
    "serves %s without a word",
    (host) => {
      expect(loadConfig({ HOST: host }).host).toBe(host);
      expect(sharedDataNotices(loadConfig({ HOST: host }))).toEqual([]);
    },
  );

  it.each(["0.0.0.0", "::", "192.168.1.20", "candor.lan"])(
    "refuses %s without CANDOR_SHARED_DATA, saying what it would mean",
    (host) => {
      expect(() => loadConfig({ HOST: host })).toThrow(ConfigError);
      expect(() => loadConfig({ HOST: host })).toThrow(/HOST .*CANDOR_SHARED_DATA=1/s);
      expect(() => loadConfig({ HOST: host })).toThrow(/every story and interview/);
      expect(() => loadConfig({ HOST: host })).toThrow(/Set CANDOR_AUTH=accounts/);
    },
  );

  it("serves a non-loopback HOST with CANDOR_SHARED_DATA=1 and says so at every start", () => {
    const config = loadConfig({ HOST: "0.0.0.0", CANDOR_SHARED_DATA: "1" });
    expect(config.sharedData).toBe(true);
    const [notice] = sharedDataNotices(config);
    expect(notice).toContain("0.0.0.0");
    expect(notice).toMatch(/every visitor is the same local user/i);
    expect(notice).toMatch(/every story, interview/);
  });

  it("takes CANDOR_SHARED_DATA=0 as no", () => {
    expect(() => loadConfig({ HOST: "0.0.0.0", CANDOR_SHARED_DATA: "0" })).toThrow(ConfigError);
  });

  it("reads CANDOR_PUBLIC_HOST as a list of names", () => {
    const config = loadConfig({
      CANDOR_PUBLIC_HOST: " Candor.Example.com, 192.168.1.20 ,[fe80::1]",
    });
    expect(config.publicHosts).toEqual(["candor.example.com", "192.168.1.20", "[fe80::1]"]);
  });

  it("knows loopback addresses from the rest", () => {
    expect(isLoopbackHost("127.255.0.1")).toBe(true);
    expect(isLoopbackHost("::ffff:127.0.0.1")).toBe(true);
    expect(isLoopbackHost("128.0.0.1")).toBe(false);
    expect(isLoopbackHost("localhost.evil.example")).toBe(false);
  });
});

describe("accounts mode", () => {
  const secret = "k3Jm9Qw2xZr8Tn5Vb7Lp4Hs6Dg1Fy0Ac";

  it("is off unless CANDOR_AUTH=accounts", () => {
    expect(loadConfig({ CANDOR_AUTH: "local" }).auth).toEqual({ mode: "local" });
    expect(loadConfig({ CANDOR_AUTH_SECRET: secret }).auth).toEqual({ mode: "local" });
  });

  it("rejects any other CANDOR_AUTH value, naming the variable", () => {
    expect(() => loadConfig({ CANDOR_AUTH: "users" })).toThrow(/CANDOR_AUTH must be local or/);
  });

  it("takes CANDOR_AUTH in any case and the secret as given", () => {
    expect(loadConfig({ CANDOR_AUTH: " Accounts ", CANDOR_AUTH_SECRET: secret }).auth).toEqual({
      mode: "accounts",
      secret,
      publicUrl: undefined,
      adminEmails: [],
    });
  });

  it("takes the administrators' emails, comma-separated, in lower case", () => {
    const config = loadConfig({
      CANDOR_AUTH: "accounts",
      CANDOR_AUTH_SECRET: secret,
      CANDOR_ADMIN_EMAILS: " Ada@Example.com, ,ben@example.org ",
    });
    expect(config.auth).toMatchObject({ adminEmails: ["ada@example.com", "ben@example.org"] });
  });

  it("refuses administrators' emails that are not emails, or without accounts", () => {
    const bad = () =>
      loadConfig({
        CANDOR_AUTH: "accounts",
        CANDOR_AUTH_SECRET: secret,
        CANDOR_ADMIN_EMAILS: "ada@example.com;ben",
      });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/CANDOR_ADMIN_EMAILS must be email addresses separated by commas/);
    expect(() => loadConfig({ CANDOR_ADMIN_EMAILS: "ada@example.com" })).toThrow(
      /CANDOR_ADMIN_EMAILS is set, but CANDOR_AUTH is local/,
    );
  });

  it("refuses to start without a secret and says how to make one", () => {
    const start = () => loadConfig({ CANDOR_AUTH: "accounts" });
    expect(start).toThrow(ConfigError);
    expect(start).toThrow(/CANDOR_AUTH_SECRET is not set/);
    expect(start).toThrow(/openssl rand -base64 32/);
  });

  it("refuses a secret shorter than 32 characters, saying how long it is", () => {
    const start = () => loadConfig({ CANDOR_AUTH: "accounts", CANDOR_AUTH_SECRET: "short-secret" });
    expect(start).toThrow(/CANDOR_AUTH_SECRET has 12 characters; .*at least 32/s);
    expect(() =>
      loadConfig({ CANDOR_AUTH: "accounts", CANDOR_AUTH_SECRET: secret.slice(0, 31) }),
    ).toThrow(ConfigError);
  });

  it.each(["0.0.0.0", "::", "192.168.1.20", "candor.lan"])(
    "serves %s with accounts, with no shared-data warning",
    (host) => {
      const config = loadConfig({
        HOST: host,
        CANDOR_AUTH: "accounts",
        CANDOR_AUTH_SECRET: secret,
      });
      expect(config.auth.mode).toBe("accounts");
      expect(sharedDataNotices(config)).toEqual([]);
    },
  );

  it("needs the secret on a non-loopback HOST too", () => {
    expect(() => loadConfig({ HOST: "0.0.0.0", CANDOR_AUTH: "accounts" })).toThrow(
      /CANDOR_AUTH_SECRET/,
    );
  });

  it("warns about cookies without Secure until CANDOR_PUBLIC_URL is https", () => {
    const plain = loadConfig({ CANDOR_AUTH: "accounts", CANDOR_AUTH_SECRET: secret });
    expect(accountsNotices(plain).join(" ")).toMatch(/without the Secure flag/);
    const behindTls = loadConfig({
      CANDOR_AUTH: "accounts",
      CANDOR_AUTH_SECRET: secret,
      CANDOR_PUBLIC_URL: "https://candor.example.com",
    });
    expect(behindTls.auth).toMatchObject({ publicUrl: "https://candor.example.com" });
    expect(accountsNotices(behindTls)).toEqual([]);
    expect(accountsNotices(loadConfig({}))).toEqual([]);
  });
});

describe("the abuse limits", () => {
  const accounts = { CANDOR_AUTH: "accounts", CANDOR_AUTH_SECRET: "s".repeat(32) };

  it("are off in local mode unless set", () => {
    expect(loadConfig({}).limits).toEqual({
      analysesPerHour: undefined,
      llmCallsPerHour: undefined,
      signIn: { perEmail: undefined, perAddress: undefined, windowMinutes: 15 },
    });
    expect(loadConfig({ CANDOR_LIMIT_ANALYSES_PER_HOUR: "30" }).limits.analysesPerHour).toBe(30);
  });

  it("take accounts mode's defaults, and 0 turns one off", () => {
    expect(loadConfig(accounts).limits).toEqual({
      analysesPerHour: 200,
      llmCallsPerHour: 100,
      signUpsPerAddressPerHour: 20,
      signIn: { perEmail: 10, perAddress: 50, windowMinutes: 15 },
    });
    const set = loadConfig({
      ...accounts,
      CANDOR_LIMIT_LLM_CALLS_PER_HOUR: "0",
      CANDOR_LIMIT_SIGNIN_PER_ADDRESS: " 500 ",
      CANDOR_LIMIT_SIGNIN_PER_EMAIL: "",
      CANDOR_LIMIT_SIGNIN_WINDOW_MINUTES: "60",
      CANDOR_LIMIT_SIGNUPS_PER_ADDRESS: "0",
    }).limits;
    expect(set.llmCallsPerHour).toBeUndefined();
    expect(set.signUpsPerAddressPerHour).toBeUndefined();
    expect(set.signIn).toEqual({ perEmail: 10, perAddress: 500, windowMinutes: 60 });
  });

  it.each([
    ["CANDOR_LIMIT_ANALYSES_PER_HOUR", "lots", /whole number/],
    ["CANDOR_LIMIT_LLM_CALLS_PER_HOUR", "-1", /0 \(no limit\) or more/],
    ["CANDOR_LIMIT_SIGNIN_PER_EMAIL", "2.5", /whole number/],
    ["CANDOR_LIMIT_SIGNUPS_PER_ADDRESS", "many", /whole number/],
    ["CANDOR_LIMIT_SIGNIN_WINDOW_MINUTES", "0", /at least 1/],
    ["CANDOR_LIMIT_SIGNIN_WINDOW_MINUTES", "2000", /at most 1440/],
  ])("refuse %s=%s, naming the variable", (variable, value, message) => {
    let thrown: unknown;
    try {
      loadConfig({ ...accounts, [variable]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect(String(thrown)).toContain(variable);
    expect(String(thrown)).toMatch(message);
  });

  it("reads CANDOR_TRUSTED_PROXIES as addresses and ranges, and refuses anything else", () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(
      loadConfig({ CANDOR_TRUSTED_PROXIES: "10.0.0.5, 10.1.0.0/16,::1,fd00::/8" }).trustedProxies,
    ).toEqual(["10.0.0.5", "10.1.0.0/16", "::1", "fd00::/8"]);
    for (const bad of ["proxy.lan", "10.0.0.0/33", "10.0.0.1/8/2", "10.0.0.0/x"]) {
      expect(() => loadConfig({ CANDOR_TRUSTED_PROXIES: bad }), bad).toThrow(
        /CANDOR_TRUSTED_PROXIES/,
      );
    }
  });
});
