import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataFolderInUseError, LOCK_FILE, lockDataFolder, readFolderOwner } from "./folder-lock.ts";

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "candor-lock-"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The pid of a process that has already exited: a crashed owner. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.exit(0)"]);
  return child.pid;
}

describe("the data folder lock", () => {
  it("names this process as the owner, with its URL once announced, and is gone on release", async () => {
    const lock = await lockDataFolder(folder);
    expect(await readFolderOwner(folder)).toMatchObject({ pid: process.pid, host: hostname() });
    await lock.announce("http://localhost:5170");
    expect((await readFolderOwner(folder))?.url).toBe("http://localhost:5170");
    await lock.release();
    expect(await readFolderOwner(folder)).toBeUndefined();
  });

  it("refuses a second owner while the first lives, naming its pid and URL", async () => {
    const lock = await lockDataFolder(folder);
    await lock.announce("http://localhost:5170");
    const refused = await lockDataFolder(folder).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DataFolderInUseError);
    const message = (refused as Error).message;
    expect(message).toContain(`pid ${String(process.pid)}`);
    expect(message).toContain("http://localhost:5170");
    expect(message).toContain(folder);
    await lock.release();
  });

  it("takes over the lock of a process that died", async () => {
    const pid = deadPid();
    await writeFile(
      path.join(folder, LOCK_FILE),
      JSON.stringify({ pid, host: hostname(), startedAt: "2026-01-01T00:00:00.000Z" }),
    );
    const lock = await lockDataFolder(folder);
    expect((await readFolderOwner(folder))?.pid).toBe(process.pid);
    await lock.release();
  });

  it("takes over a lock left half-written by a crash, but not one being written now", async () => {
    const file = path.join(folder, LOCK_FILE);
    await writeFile(file, "");
    const old = new Date(Date.now() - 60_000);
    await utimes(file, old, old);
    const lock = await lockDataFolder(folder);
    expect(JSON.parse(await readFile(file, "utf8"))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it("never removes a lock it does not hold", async () => {
    const first = await lockDataFolder(folder);
    const pid = deadPid();
    // The folder was taken over after this process was thought dead: its release leaves it.
    await writeFile(
      path.join(folder, LOCK_FILE),
      JSON.stringify({ pid, host: hostname(), startedAt: "2026-01-01T00:00:00.000Z" }),
    );
    await first.release();
    expect((await readFolderOwner(folder))?.pid).toBe(pid);
  });
});
