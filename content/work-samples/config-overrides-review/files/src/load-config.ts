import { DEFAULTS } from "./defaults.ts";
import { deepMerge } from "./merge.ts";
import type { Config, PartialConfig } from "./types.ts";
import { validateConfig } from "./validate.ts";

/** Thrown when the configuration cannot be used; the message lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n- ${problems.join("\n- ")}`);
    this.name = "ConfigError";
  }
}

/**
 * Loads the configuration from the text of the config file (JSON) over the defaults, and
 * checks it. A file that is not valid JSON, or a configuration that does not validate, is a
 * ConfigError: the service must not start on a configuration nobody wrote.
 */
export function loadConfig(fileText: string): Config {
  let fileConfig: PartialConfig;
  try {
    fileConfig = JSON.parse(fileText) as PartialConfig;
  } catch (error) {
    throw new ConfigError([`the config file is not valid JSON: ${String(error)}`]);
  }
  const config = deepMerge(DEFAULTS, fileConfig);
  const problems = validateConfig(config);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
