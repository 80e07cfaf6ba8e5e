/** The project's root folder. */
export const ROOT: string;

/**
 * The URL of an up-to-date bundle of `entry` under `outDir`, built when missing or stale; undefined
 * when it cannot be built.
 */
export function tsBundle(options: {
  root: string;
  entry: string;
  outDir: string;
  /** Builds other than the current one older than this are removed (seven days by default). */
  keepOldBuildsMs?: number;
}): Promise<string | undefined>;
