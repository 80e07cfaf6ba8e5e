import { describeProblem } from "../../core/content/content-problem.ts";
import { loadOnce } from "../../core/load-once.ts";
import type { WorkSample } from "../../core/work-samples/parse-work-sample.ts";

/** The work samples, read from the content folder when first asked for and then kept. */
export interface WorkSampleCatalog {
  /** Every work sample, sorted by id. */
  list(): Promise<readonly WorkSample[]>;
  /** One work sample; undefined when there is none with that id. */
  find(id: string): Promise<WorkSample | undefined>;
}

/**
 * A catalog over `<contentDir>/work-samples`. There are a handful of small samples, so all of
 * them load together on the first request. `candor start` validates them before it serves, so
 * invalid content here means the folder changed under a running server: it throws (the HTTP edge
 * answers 500 and logs the message, which names the file and field), and the next request reads
 * the folder again.
 */
export function createWorkSampleCatalog(contentDir: string): WorkSampleCatalog {
  // Loaded on first use: checking a sample bundles its code, and a start need not load the
  // bundler.
  const list = loadOnce(async (): Promise<readonly WorkSample[]> => {
    const { loadWorkSamples } = await import("./load-work-samples.ts");
    const loaded = await loadWorkSamples(contentDir);
    if (!loaded.ok) {
      throw new Error(`invalid work-sample content: ${loaded.error.map(describeProblem).join("; ")}`);
    }
    return loaded.value;
  });
  return {
    list,
    async find(id) {
      return (await list()).find((sample) => sample.meta.id === id);
    },
  };
}
