// The coach's labeled answers and pushback replies (content/analysis/), their frozen split, and
// the one place that reads them: the training script, the evaluation and its test all use it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { FLAG_CODES } from "../../src/core/analysis/index.ts";
import { answerKindSchema } from "../../src/core/content/schema.ts";

/** Where the labeled data lives. */
export const ANALYSIS_DIR = fileURLToPath(new URL("../../content/analysis/", import.meta.url));

const answerItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  kind: answerKindSchema,
  question: z.string().min(1),
  changedMind: z.boolean().optional(),
  followUp: z
    .object({ question: z.string().min(1), targets: z.array(z.enum(FLAG_CODES)) })
    .optional(),
  answer: z.string().min(1),
  overall: z.number().int().min(1).max(5),
  readsAs: z.enum(["genuine", "mixed", "alignment-signaling"]),
  flags: z.array(z.enum(FLAG_CODES)),
  tags: z.array(z.string()).optional(),
  paraphraseOf: z.string().optional(),
  note: z.string().optional(),
});

/** One labeled answer (docs/labeling.md). */
export type AnswerItem = z.infer<typeof answerItemSchema> & { readonly file: string };

const pushbackItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  view: z.string().min(1),
  challenge: z.string().min(1),
  reply: z.string().min(1),
  stance: z.enum(["held", "updated", "caved"]),
  hard: z.boolean(),
  note: z.string().optional(),
});

/** One labeled reply to the interviewer's pushback, and the file it was read from. */
export type PushbackItem = z.infer<typeof pushbackItemSchema> & { readonly file: string };

const splitSchema = z.object({ test: z.array(z.string()), train: z.array(z.string()) });

/** Which items were set aside, once, for testing. */
export type Split = z.infer<typeof splitSchema>;

function readYaml(file: string): unknown {
  return parse(readFileSync(file, "utf8"));
}

/** Every labeled answer: the first set and every batch under labeled/. */
export function loadAnswerItems(dir = ANALYSIS_DIR): AnswerItem[] {
  const files = [path.join(dir, "labeled-set.yaml")];
  const batches = path.join(dir, "labeled");
  if (existsSync(batches)) {
    for (const name of readdirSync(batches).sort()) {
      if (name.endsWith(".yaml")) files.push(path.join(batches, name));
    }
  }
  const items = files.flatMap((file) =>
    z
      .array(answerItemSchema)
      .parse(readYaml(file))
      .map((item) => ({ ...item, file: path.relative(dir, file) })),
  );
  assertUnique(items.map((item) => item.id));
  return items;
}

/** The files that hold pushback replies: pushback-set.yaml, then pushback-set-2.yaml, … */
export function pushbackFiles(dir = ANALYSIS_DIR): string[] {
  if (!existsSync(dir)) return [];
  const stem = (name: string) => name.slice(0, -".yaml".length);
  // By stem, numbers compared as numbers: "pushback-set" before "pushback-set-2" before
  // "pushback-set-10" (a plain sort puts "-2.yaml" before ".yaml" and "-10" before "-2").
  return readdirSync(dir)
    .filter((name) => /^pushback-set.*\.yaml$/.test(name))
    .sort((a, b) => stem(a).localeCompare(stem(b), "en", { numeric: true }));
}

/**
 * Every labeled pushback reply, from every content/analysis/pushback-set*.yaml in order; none
 * when there is no such file yet. An id given twice, in one file or in two, is refused.
 */
export function loadPushbackItems(dir = ANALYSIS_DIR): PushbackItem[] {
  const firstFile = new Map<string, string>();
  return pushbackFiles(dir).flatMap((file) =>
    z
      .array(pushbackItemSchema)
      .parse(readYaml(path.join(dir, file)))
      .map((item) => {
        const earlier = firstFile.get(item.id);
        if (earlier !== undefined) {
          const where = earlier === file ? `twice in ${file}` : `in both ${earlier} and ${file}`;
          throw new Error(`Pushback id "${item.id}" appears ${where}; every id must be unique.`);
        }
        firstFile.set(item.id, file);
        return { ...item, file };
      }),
  );
}

function assertUnique(ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`Labeled id "${id}" appears twice.`);
    seen.add(id);
  }
}

/** The frozen split (content/analysis/split.yaml). */
export function loadSplit(dir = ANALYSIS_DIR): Split {
  const file = path.join(dir, "split.yaml");
  return existsSync(file) ? splitSchema.parse(readYaml(file)) : { test: [], train: [] };
}

/** FNV-1a, 32 bits: a stable hash, so the split of an id never depends on the machine. */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The share of each new batch set aside for testing. */
export const TEST_SHARE = 0.3;

/** Whether an item the split has not seen yet goes to the test side. */
export function drawsTest(id: string, file: string): boolean {
  // The first 96 answers were seen while the first analyzer was built: never test items.
  if (file === "labeled-set.yaml") return false;
  return hashId(id) % 1000 < TEST_SHARE * 1000;
}
