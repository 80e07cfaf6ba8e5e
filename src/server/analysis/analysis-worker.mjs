// The analysis pool's thread entry. A worker thread starts without the main thread's modules, so it
// loads the analysis task from a bundle of its own (docs/decisions/014), or through tsx when the
// bundle cannot be built.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT, tsBundle } from "../../../bin/ts-bundle.mjs";

const entry = fileURLToPath(new URL("./analysis-worker.ts", import.meta.url));
const bundle = await tsBundle({
  root: ROOT,
  entry,
  outDir: path.join(ROOT, "dist", "analysis-worker"),
});
let task;
if (bundle === undefined) {
  const { register } = await import("tsx/esm/api");
  register();
  task = await import("./analysis-worker.ts");
} else {
  task = await import(bundle);
}

export default task.default;
export const review = task.review;
