// The program of the Web Worker that runs one Python solution, then is terminated: every run gets
// a fresh worker (DESIGN.md, "Code execution"). It starts Pyodide as soon as it is created, from
// the files Candor serves at /pyodide/ (never a CDN), and loads Candor's Python harness — the same
// text `candor run` gives python3 — so a pre-warmed worker waits with Python up and no user code
// run. Its one run is a call of the harness's run_request, whose messages are passed on as they
// come; the harness sends `ready` first, so loading Pyodide is never charged to the solution.
import type { loadPyodide as LoadPyodide, PyodideAPI } from "pyodide";
import { PYTHON_HARNESS } from "../../core/runner/python-harness.ts";
import type { RunnerMessage } from "../../core/runner/types.ts";
import { workerScope, type WorkerReply, type WorkerRunRequest } from "./worker-protocol.ts";

/** Where the server serves the `pyodide` package's files (src/server/http/pyodide-files.ts). */
const PYODIDE_URL = "/pyodide/";

/**
 * The most WebAssembly memory Python may grow to, the counterpart of the CLI's 512 MB address-space
 * limit: past it an allocation fails and Python raises MemoryError, so a runaway allocation ends as
 * a runtime error in well under a second instead of growing towards 4 GB.
 */
const MEMORY_LIMIT_BYTES = 512 * 1024 * 1024;

type CreatePyodideModule = NonNullable<
  NonNullable<Parameters<typeof LoadPyodide>[0]>["createPyodideModule"]
>;
/** The part of Emscripten's settings that instantiates the WebAssembly module. */
interface InstantiateHook {
  instantiateWasm: (
    imports: { env: Record<string, unknown> },
    success: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
  ) => unknown;
}

/** A Python dict, as Pyodide hands it to JavaScript. */
interface PyDict {
  set(key: string, value: unknown): void;
  get(key: string): unknown;
}

type RunRequestFunction = (
  requestJson: string,
  emit: (messageJson: string) => void,
  writeOutput: (text: string) => void,
) => void;

const scope = workerScope();
const post = scope.postMessage.bind(scope);

function send(reply: WorkerReply): void {
  post(reply);
}

async function startPython(): Promise<RunRequestFunction> {
  // Loaded from the server at run time rather than bundled, so the loader always matches the
  // WebAssembly and standard library it loads.
  const [{ loadPyodide }, { default: createModule }] = await Promise.all([
    import(/* @vite-ignore */ `${PYODIDE_URL}pyodide.mjs`) as Promise<typeof import("pyodide")>,
    import(/* @vite-ignore */ `${PYODIDE_URL}pyodide.asm.mjs`) as Promise<{
      default: CreatePyodideModule;
    }>,
  ]);
  const pyodide: PyodideAPI = await loadPyodide({
    indexURL: PYODIDE_URL,
    createPyodideModule: withMemoryLimit(createModule),
    // Nothing is printed before the harness takes over stdout; anything that is, is not the
    // solution's and is dropped.
    stdout: () => undefined,
    stderr: () => undefined,
  });
  const builtins = pyodide.globals as unknown as PyDict;
  const makeDict = builtins.get("dict") as () => PyDict;
  const namespace = makeDict();
  // Not "__main__": the harness then defines run_request without reading standard input.
  namespace.set("__name__", "candor_harness");
  pyodide.runPython(PYTHON_HARNESS, { globals: namespace as never });
  return namespace.get("run_request") as RunRequestFunction;
}

/**
 * Pyodide's module maker, with the heap capped at MEMORY_LIMIT_BYTES: the WebAssembly module asks
 * its `emscripten_resize_heap` import for more memory, and past the cap that import says no (as
 * Emscripten's own does at 4 GB), so malloc fails and Python raises MemoryError. Uses Pyodide's
 * documented `createPyodideModule` option; its settings carry the `instantiateWasm` hook.
 */
function withMemoryLimit(createModule: CreatePyodideModule): CreatePyodideModule {
  return (settings) => {
    const hook = settings as unknown as InstantiateHook;
    const instantiate = hook.instantiateWasm;
    hook.instantiateWasm = (imports, success) => {
      const resize = imports.env["emscripten_resize_heap"];
      if (typeof resize === "function") {
        imports.env["emscripten_resize_heap"] = (requested: number) =>
          requested >>> 0 > MEMORY_LIMIT_BYTES
            ? 0
            : (resize as (size: number) => number)(requested);
      }
      return instantiate(imports, success);
    };
    return createModule(settings);
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const python = startPython();
python.then(
  () => {
    send({ type: "warm" });
  },
  (error: unknown) => {
    send({ type: "failed", error: `Python could not start: ${describe(error)}` });
  },
);

scope.addEventListener(
  "message",
  (event) => {
    const request: WorkerRunRequest = event.data;
    void python.then(
      (runRequest) => {
        try {
          runRequest(
            JSON.stringify({
              code: request.code,
              problem: { kind: request.problem.kind, entry: request.problem.entry },
              cases: request.cases,
            }),
            (messageJson) => {
              send(JSON.parse(messageJson) as RunnerMessage);
            },
            (text) => {
              send({ type: "output", text });
            },
          );
        } catch (error) {
          // The harness catches what a solution raises; this is Python itself failing (its memory
          // exhausted while the harness worked, say).
          send({ type: "failed", error: `the Python runner stopped: ${describe(error)}` });
        }
      },
      // `failed` has been sent; the page ends the run.
      () => undefined,
    );
  },
  { once: true },
);
