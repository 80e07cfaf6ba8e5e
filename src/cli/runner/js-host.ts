// The program of the child process that hosts JavaScript runs, one at a time, each in a fresh
// worker thread. Bundled by script-bundle.ts and started with `node -e`.
//
// Why a process around the workers: a worker's resourceLimits end most runaway allocations with a
// catchable error, but some (a Map or an object growing without bound) make V8 abort the whole
// process. That process is this host, not the CLI or the test runner; the runner sees it exit,
// reports the run as a runtime error and starts another host.
import { Worker } from "node:worker_threads";
import { SharedOutput } from "../../core/runner/output.ts";
import type { RunnerMessage } from "../../core/runner/types.ts";
import type { HostReply, HostRequest, WorkerRun } from "./js-host-protocol.ts";

const STREAMED_LIMIT = 64 * 1024;

interface Spare {
  worker: Worker;
  heapLimitMb: number;
}

interface Current {
  run: number;
  worker: Worker;
  output: SharedOutput;
  streamed: string;
}

let workerSource = "";
/** The heap limit of the last run, which the next one most likely shares. */
let heapLimitMb = 256;
let spare: Spare | undefined;
let current: Current | undefined;

function reply(message: HostReply): void {
  process.send?.(message);
}

/** A worker started before it is needed, so a run does not wait for one to boot. */
function startWorker(limitMb: number): Spare {
  const worker = new Worker(workerSource, {
    eval: true,
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: limitMb, maxYoungGenerationSizeMb: 32 },
    stdout: true,
    stderr: true,
  });
  // Until it is given a run, a failing spare is simply replaced.
  worker.on("error", () => undefined);
  return { worker, heapLimitMb: limitMb };
}

function startRun(request: Extract<HostRequest, { type: "run" }>): void {
  heapLimitMb = request.heapLimitMb;
  const fresh = spare?.heapLimitMb === request.heapLimitMb ? spare : undefined;
  if (fresh === undefined && spare !== undefined) void spare.worker.terminate();
  const { worker } = fresh ?? startWorker(request.heapLimitMb);
  spare = undefined;
  const run: Current = { run: request.run, worker, output: SharedOutput.allocate(), streamed: "" };
  current = run;
  const collect = (chunk: Buffer): void => {
    if (run.streamed.length < STREAMED_LIMIT) run.streamed += chunk.toString("utf8");
  };
  worker.stdout.on("data", collect);
  worker.stderr.on("data", collect);
  worker.on("message", (message: RunnerMessage) => {
    reply({ type: "message", run: request.run, message });
  });
  worker.on("error", (error: Error & { code?: string }) => {
    reply({
      type: "ended",
      run: request.run,
      reason:
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `out of memory: the solution used more than the ${request.heapLimitMb} MB heap it is allowed`
          : `uncaught: ${error.name}: ${error.message}`,
    });
  });
  worker.on("exit", (code) => {
    reply({
      type: "ended",
      run: request.run,
      reason: `the solution ended the worker early (exit code ${code})`,
    });
  });
  const data: WorkerRun = {
    code: request.code,
    problem: request.problem,
    cases: request.cases,
    output: run.output.buffer,
  };
  worker.postMessage(data);
}

async function stopRun(runId: number): Promise<void> {
  const run = current;
  if (run?.run !== runId) {
    reply({ type: "finished", run: runId, output: "" });
    return;
  }
  current = undefined;
  run.worker.removeAllListeners("message");
  run.worker.removeAllListeners("exit");
  run.worker.removeAllListeners("error");
  run.worker.on("error", () => undefined);
  // Reply first: what was printed is all in the buffer already, and the runner need not wait for
  // the worker's teardown.
  reply({ type: "finished", run: runId, output: run.output.read() + run.streamed });
  await run.worker.terminate();
}

process.on("message", (request: HostRequest) => {
  switch (request.type) {
    case "init":
      workerSource = request.workerSource;
      heapLimitMb = request.heapLimitMb;
      spare = startWorker(heapLimitMb);
      break;
    case "run":
      startRun(request);
      break;
    case "stop":
      void stopRun(request.run).then(() => {
        // Boot the next run's worker while nothing else is running.
        spare ??= startWorker(heapLimitMb);
      });
      break;
  }
});

// The runner is gone (it exited, or crashed): so is the reason to live.
process.on("disconnect", () => process.exit(0));
