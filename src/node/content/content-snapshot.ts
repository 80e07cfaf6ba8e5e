import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { filesUnder } from "./files-under.ts";
import type { LoadedContent } from "./load-content.ts";

/** Bumped whenever the record's layout changes, so an older record is never read as this one. */
const FORMAT = 1;

/**
 * The code that reads and judges content (the parsers and schemas in src/core, the loaders here):
 * a change to any of it must read the content again.
 */
const READING_CODE_DIRS = [
  fileURLToPath(new URL("../../core", import.meta.url)),
  fileURLToPath(new URL(".", import.meta.url)),
];

/** Validated content kept between starts, so an unchanged content folder is not parsed again. */
export interface ContentSnapshot {
  /** The content as last validated, when nothing it was read from has changed since. */
  read(): Promise<LoadedContent | undefined>;
  /** Keeps `content` (already validated) for the next start. */
  write(content: LoadedContent): Promise<void>;
}

/**
 * A snapshot of `contentDir` kept in `recordFile` (in the data folder, beside its lock). It is
 * keyed by the size and modification time of every file under the content folder and under the
 * code that reads it, as `make` and the command line's own bundle are (docs/decisions/017): a
 * changed, added or removed file reads everything again. A missing, unreadable or stale record
 * just means the content is read from its files.
 */
export function contentSnapshot(
  contentDir: string,
  recordFile: string,
  codeDirs: readonly string[] = READING_CODE_DIRS,
): ContentSnapshot {
  // Taken once, before the content is read, so an edit made while it is read makes the record
  // stale rather than describing files it was not read from.
  let stamp: Promise<string> | undefined;
  const stampNow = () => (stamp ??= stampOf([contentDir, ...codeDirs]));
  return {
    async read() {
      const [current, record] = await Promise.all([stampNow(), readRecord(recordFile)]);
      return record?.stamp === current ? record.content : undefined;
    },
    async write(content) {
      const record: SnapshotRecord = { format: FORMAT, stamp: await stampNow(), content };
      await mkdir(path.dirname(recordFile), { recursive: true });
      // Written aside and renamed, so a crash mid-write leaves no half record to misread.
      const aside = `${recordFile}.${String(process.pid)}.tmp`;
      await writeFile(aside, JSON.stringify(record));
      await rename(aside, recordFile);
    },
  };
}

interface SnapshotRecord {
  format: number;
  stamp: string;
  content: LoadedContent;
}

/** A hash of the path, size and modification time of every file under `dirs`. */
export async function stampOf(dirs: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  hash.update(String(FORMAT));
  for (const dir of dirs) {
    const files = await filesUnder(dir).catch(() => []);
    const stats = await Promise.all(files.map((file) => stat(path.join(dir, file))));
    hash.update(`\0dir\0${dir}`);
    files.forEach((file, index) => {
      const { size, mtimeMs } = stats[index] ?? {};
      hash.update(`\0${file}\0${String(size)}:${String(mtimeMs)}`);
    });
  }
  return hash.digest("hex");
}

async function readRecord(file: string): Promise<SnapshotRecord | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as Partial<SnapshotRecord> | null;
    if (parsed?.format !== FORMAT || typeof parsed.stamp !== "string") return undefined;
    const content = parsed.content;
    const whole =
      content !== undefined &&
      [content.packs, content.problems, content.assessments, content.workSamples].every((list) =>
        Array.isArray(list),
      );
    return whole ? (parsed as SnapshotRecord) : undefined;
  } catch {
    // No record yet, or one that cannot be read: the content is read from its files.
    return undefined;
  }
}
