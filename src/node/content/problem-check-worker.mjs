// The problem check's thread entry. A worker thread starts without the main thread's module
// hooks, so it registers tsx itself before loading the TypeScript task (docs/decisions/002).
import { register } from "tsx/esm/api";

register();
await import("./problem-check-worker.ts");
