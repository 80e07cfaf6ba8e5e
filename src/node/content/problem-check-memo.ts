import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { filesUnder } from "./files-under.ts";
import type { ProblemCheck } from "./load-content.ts";

/** The code that judges content: a change to it must check the problems again. */
const CHECKING_CODE_DIR = fileURLToPath(new URL("../../core", import.meta.url));

/** A full problem check that is skipped when nothing it depends on changed since a clean one. */
export interface ProblemCheckMemo {
  check: ProblemCheck;
  /** Records the last check as clean, if it was; the next start with the same inputs skips it. */
  remember(): Promise<void>;
}

/**
 * Wraps the full problem check so a start-up parses every tests file only when the problems, the
 * theme vocabulary or Candor's core code changed since the last clean check: seconds on each start
 * otherwise. `recordFile` holds the fingerprint of that check (in the data folder, beside its
 * lock); a missing or unreadable record just means the check runs.
 */
export function problemCheckMemo(inner: ProblemCheck, recordFile: string): ProblemCheckMemo {
  let clean: string | undefined;
  return {
    async check(contentDir, themes) {
      clean = undefined;
      const fingerprint = await fingerprintOf(contentDir, themes);
      if ((await readRecord(recordFile)) === fingerprint) return [];
      const problems = await inner(contentDir, themes);
      if (problems.length === 0) clean = fingerprint;
      return problems;
    },
    async remember() {
      if (clean === undefined) return;
      await mkdir(path.dirname(recordFile), { recursive: true });
      // Written aside and renamed, so a crash mid-write leaves no half record to misread.
      const aside = `${recordFile}.${String(process.pid)}.tmp`;
      await writeFile(aside, `${JSON.stringify({ fingerprint: clean })}\n`);
      await rename(aside, recordFile);
    },
  };
}

/** A hash of every file under `<contentDir>/problems` and under src/core, and of the themes. */
export async function fingerprintOf(
  contentDir: string,
  themes: ReadonlySet<string> | undefined,
): Promise<string> {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(themes === undefined ? null : [...themes].sort()));
  for (const dir of [path.join(contentDir, "problems"), CHECKING_CODE_DIR]) {
    const files = await filesUnder(dir).catch(() => []);
    const texts = await Promise.all(files.map((file) => readFile(path.join(dir, file))));
    files.forEach((file, index) => {
      hash.update(`\0${file}\0`);
      hash.update(texts[index] ?? "");
    });
  }
  return hash.digest("hex");
}

async function readRecord(file: string): Promise<string | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
    if (typeof parsed === "object" && parsed !== null && "fingerprint" in parsed) {
      return typeof parsed.fingerprint === "string" ? parsed.fingerprint : undefined;
    }
  } catch {
    // No record yet, or one that cannot be read: the check runs.
  }
  return undefined;
}
