import type { Config } from "./types.ts";

/** What a setting is when nothing overrides it. Shared by every load: never modify it. */
export const DEFAULTS: Config = {
  server: { host: "127.0.0.1", port: 8080 },
  database: { url: "postgres://localhost:5432/app", user: "app", password: "", poolSize: 10 },
  features: { beta: false, auditLog: true },
};
