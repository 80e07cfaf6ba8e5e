import { spawn, type ChildProcess } from "node:child_process";
import type { Socket } from "node:net";
import { fileURLToPath } from "node:url";
import type { HostReply, HostRequest } from "./js-host-protocol.ts";
import { bundleScript } from "./script-bundle.ts";

const HOST_ENTRY = fileURLToPath(new URL("./js-host.ts", import.meta.url));
const WORKER_ENTRY = fileURLToPath(new URL("./js-worker.ts", import.meta.url));
/** How long a host may take to hand back a stopped run before it is killed. */
const STOP_GRACE_MS = 2000;
/** Idle hosts kept for the next runs; more are started while runs overlap. */
const MAX_IDLE_HOSTS = 4;

let scripts: { host: string; worker: string } | undefined;
const idle: JsHost[] = [];

/** Listeners for one run on a host. */
export interface RunListeners {
  reply(reply: Exclude<HostReply, { type: "finished" }>): void;
  /** The host process died during the run (V8 aborts it on some out-of-memory paths). */
  crashed(reason: string): void;
}

/**
 * One host process (js-host.ts) for JavaScript runs: it runs one solution at a time, each in a
 * fresh worker thread, and keeps the runner's own process safe from a solution that makes V8
 * abort. Hosts are pooled, and an idle host does not keep the CLI alive.
 */
export class JsHost {
  private readonly child: ChildProcess;
  private alive = true;
  private stderr = "";
  private listeners: RunListeners | undefined;
  private stopping: { run: number; resolve: (output: string) => void } | undefined;

  private constructor(heapLimitMb: number) {
    scripts ??= { host: bundleScript(HOST_ENTRY), worker: bundleScript(WORKER_ENTRY) };
    this.child = spawn(process.execPath, ["-e", scripts.host], {
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    this.child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    this.child.on("message", (reply: HostReply) => this.receive(reply));
    this.child.on("exit", (code, signal) => this.died(code, signal));
    this.child.on("error", () => this.died(null, null));
    this.send({ type: "init", workerSource: scripts.worker, heapLimitMb });
  }

  /** An idle host, or a new one. */
  static acquire(heapLimitMb: number): JsHost {
    const host = idle.pop() ?? new JsHost(heapLimitMb);
    host.setKeepsAlive(true);
    return host;
  }

  /** Starts a run; its replies go to `listeners` until it is stopped. */
  start(request: Extract<HostRequest, { type: "run" }>, listeners: RunListeners): void {
    this.listeners = listeners;
    this.send(request);
  }

  /**
   * Ends the run and resolves with what the solution printed. A host that does not answer in
   * time is killed; a dead host gives no output.
   */
  stop(run: number): Promise<string> {
    if (!this.alive) return Promise.resolve("");
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.child.kill("SIGKILL");
      }, STOP_GRACE_MS);
      this.stopping = {
        run,
        resolve: (output) => {
          clearTimeout(timer);
          resolve(output);
        },
      };
      this.send({ type: "stop", run });
    });
  }

  /** Back to the pool, or gone if it died or the pool is full. */
  release(): void {
    this.listeners = undefined;
    if (!this.alive) return;
    if (idle.length >= MAX_IDLE_HOSTS) {
      this.child.kill();
      return;
    }
    this.setKeepsAlive(false);
    idle.push(this);
  }

  /** Whether the host (its process, IPC channel and stderr pipe) holds the event loop open. */
  private setKeepsAlive(keep: boolean): void {
    const handles = [this.child, this.child.channel, this.child.stderr as Socket | null];
    for (const handle of handles) {
      if (keep) handle?.ref();
      else handle?.unref();
    }
  }

  private send(request: HostRequest): void {
    // A failed send means the host is dying; its exit reports that.
    if (this.alive) this.child.send(request, () => undefined);
  }

  private receive(reply: HostReply): void {
    if (reply.type === "finished") {
      if (this.stopping?.run === reply.run) this.stopping.resolve(reply.output);
      this.stopping = undefined;
    } else {
      this.listeners?.reply(reply);
    }
  }

  private died(code: number | null, signal: NodeJS.Signals | null): void {
    if (!this.alive) return;
    this.alive = false;
    const index = idle.indexOf(this);
    if (index >= 0) idle.splice(index, 1);
    const outOfMemory = /heap out of memory|Allocation failed/i.test(this.stderr);
    this.listeners?.crashed(
      outOfMemory
        ? "out of memory: the solution's allocations grew until V8 gave up"
        : `the JavaScript runner stopped (${signal ?? `exit code ${code ?? "?"}`})`,
    );
    this.stopping?.resolve("");
    this.stopping = undefined;
  }
}
