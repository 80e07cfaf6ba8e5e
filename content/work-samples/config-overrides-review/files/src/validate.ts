import type { Config } from "./types.ts";

/** Every problem with a configuration, as readable sentences; empty when it is sound. */
export function validateConfig(config: Config): string[] {
  const problems: string[] = [];
  const { port } = config.server;
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    problems.push(`server.port must be a whole number from 1 to 65535, not ${String(port)}`);
  }
  if (!/^postgres(ql)?:\/\//.test(config.database.url)) {
    problems.push("database.url must be a postgres:// URL");
  }
  const { poolSize } = config.database;
  if (!Number.isInteger(poolSize) || poolSize < 1) {
    problems.push(`database.poolSize must be a whole number of 1 or more, not ${String(poolSize)}`);
  }
  return problems;
}
