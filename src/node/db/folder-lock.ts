import { open, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";

/** The file in a PGlite data folder that names the one process using it. */
export const LOCK_FILE = "candor.lock";
/** Held only while a stale lock is being taken over, so two starters cannot both take it. */
const TAKEOVER_FILE = "candor.lock.takeover";
/** A takeover file older than this was left by a process that died in the middle of one. */
const TAKEOVER_STALE_MS = 10_000;

/** Who holds a data folder: read from its lock file. */
export interface FolderOwner {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
  /** Where the owner serves the app, once it listens. */
  readonly url?: string;
}

/** Another live process holds the data folder. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly owner: FolderOwner,
  ) {
    super(
      `The data folder ${folder} is in use by another Candor process (pid ${String(owner.pid)}` +
        `${owner.url === undefined ? "" : `, serving ${owner.url}`}). One process at a time ` +
        "owns a data folder: use that one, or stop it (Ctrl+C in its terminal) and try again.",
    );
    this.name = "DataFolderInUseError";
  }
}

/** A held data folder. */
export interface FolderLock {
  /** Records where the owner serves the app, so a second process can say so. */
  announce(url: string): Promise<void>;
  /** Gives the folder up; only the lock this process wrote is removed. */
  release(): Promise<void>;
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}

/** Whether a process with this id exists on this machine (EPERM: it does, but is not ours). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return !isErrno(error, "ESRCH");
  }
}

/** The owner a lock file names, or undefined when it is unreadable (a crash mid-write). */
export async function readFolderOwner(folder: string): Promise<FolderOwner | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path.join(folder, LOCK_FILE), "utf8"));
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { pid, host, startedAt, url } = parsed as Record<string, unknown>;
    if (typeof pid !== "number" || typeof host !== "string" || typeof startedAt !== "string") {
      return undefined;
    }
    return { pid, host, startedAt, ...(typeof url === "string" ? { url } : {}) };
  } catch {
    return undefined;
  }
}

/** An unreadable lock younger than this may be one being written right now. */
const HALF_WRITTEN_MS = 2_000;

/**
 * A lock is stale when the process it names is gone, or when it cannot be read and is older than
 * a write takes (a crash between creating and filling it). A lock written on another machine (a
 * folder on a network drive) cannot be checked from here, so it is treated as held.
 */
async function isStale(folder: string, owner: FolderOwner | undefined): Promise<boolean> {
  if (owner === undefined) {
    const age = await stat(path.join(folder, LOCK_FILE)).then(
      (info) => Date.now() - info.mtimeMs,
      () => Infinity,
    );
    return age > HALF_WRITTEN_MS;
  }
  return owner.host === hostname() && owner.pid !== process.pid && !isAlive(owner.pid);
}

async function tryCreate(file: string, owner: FolderOwner): Promise<boolean> {
  try {
    const handle = await open(file, "wx");
    try {
      await handle.writeFile(JSON.stringify(owner));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if (isErrno(error, "EEXIST")) return false;
    throw error;
  }
}

/** Removes a stale lock under the takeover file, re-checking it there; false if busy. */
async function takeOverStale(folder: string, me: FolderOwner): Promise<boolean> {
  const takeover = path.join(folder, TAKEOVER_FILE);
  if (!(await tryCreate(takeover, me))) {
    const age = await stat(takeover).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    );
    if (age > TAKEOVER_STALE_MS) await unlink(takeover).catch(() => undefined);
    return false;
  }
  try {
    // Checked again while no one else can take over: the lock may be fresh by now.
    if (await isStale(folder, await readFolderOwner(folder))) {
      await rename(path.join(folder, LOCK_FILE), path.join(folder, `${LOCK_FILE}.stale`)).catch(
        (error: unknown) => {
          if (!isErrno(error, "ENOENT")) throw error;
        },
      );
    }
    return true;
  } finally {
    await unlink(takeover).catch(() => undefined);
  }
}

/**
 * Makes this process the one owner of a PGlite data folder: a lock file names its pid. A second
 * process finds the folder in use and is refused with DataFolderInUseError; the lock of a process
 * that died (a crash, a SIGKILL) is taken over at once.
 */
export async function lockDataFolder(folder: string): Promise<FolderLock> {
  const file = path.join(folder, LOCK_FILE);
  let me: FolderOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  // Long enough for a half-written lock (HALF_WRITTEN_MS) to be told from a stale one.
  for (let attempt = 0; attempt < 60; attempt += 1) {
    if (await tryCreate(file, me)) {
      return {
        announce: async (url) => {
          me = { ...me, url };
          await writeFile(file, JSON.stringify(me));
        },
        release: async () => {
          const owner = await readFolderOwner(folder);
          if (owner?.pid === me.pid && owner.startedAt === me.startedAt) {
            await unlink(file).catch(() => undefined);
          }
        },
      };
    }
    const owner = await readFolderOwner(folder);
    const stale = await isStale(folder, owner);
    if (owner !== undefined && !stale) throw new DataFolderInUseError(folder, owner);
    if (!stale || !(await takeOverStale(folder, me))) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const owner = await readFolderOwner(folder);
  throw new DataFolderInUseError(
    folder,
    owner ?? { pid: 0, host: "unknown", startedAt: new Date(0).toISOString() },
  );
}
