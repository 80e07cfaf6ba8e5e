import { describe, expect, it } from "vitest";
import { ConfigError, describeDatabase, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("uses the defaults on an empty environment", () => {
    const config = loadConfig({}, "/home/me/project");
    expect(config.port).toBe(5170);
    expect(config.host).toBe("127.0.0.1");
    expect(config.database).toEqual({ kind: "pglite", dataDir: "/home/me/project/.candor" });
    expect(config.provider).toEqual({ kind: "none" });
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

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://localhost/db" }, "DATABASE_URL"],
    [{ CANDOR_LLM_BASE_URL: "not a url" }, "CANDOR_LLM_BASE_URL"],
  ])("rejects %o with a message naming %s", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${variable}\\b`));
  });
});
