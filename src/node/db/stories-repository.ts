import { and, asc, desc, eq, lte, max, sql } from "drizzle-orm";
import type { Analysis, Dimension, ReadsAs, Score } from "../../core/analysis/index.ts";
import type { StoryBankType, StoryDraft } from "../../core/stories/story-schema.ts";
import type { Db } from "./database.ts";
import { stories, storyVersions } from "./schema.ts";
import { isUuid } from "./uuid.ts";

/** A story's current title, type, tags and themes. */
export interface StoryRecord {
  id: string;
  title: string;
  storyType: StoryBankType;
  customTypeLabel: string | null;
  tags: string[];
  themes: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** The scores of one version, without the evidence: enough for lists and the history. */
export interface StoryScores {
  overall: Score;
  readsAs: ReadsAs;
  dimensions: Record<Dimension, Score>;
  words: number;
}

/** A story in the list: its record, its latest version's number and that version's scores. */
export interface StorySummary extends StoryRecord {
  latestVersion: number;
  scores: StoryScores;
}

/** One saved version, whole: what was saved and the analysis made of it. */
export interface StoryVersion extends StoryDraft {
  number: number;
  analysis: Analysis;
  createdAt: Date;
}

/** One entry of a story's history. */
export interface StoryVersionSummary {
  number: number;
  createdAt: Date;
  scores: StoryScores;
}

/** A story with its latest version in full and the history of every version, oldest first. */
export interface StoryDetail {
  story: StoryRecord;
  latest: StoryVersion;
  versions: StoryVersionSummary[];
}

/** What one save stores: the draft and the analysis the server made of its text. */
export interface AnalysedDraft {
  draft: StoryDraft;
  analysis: Analysis;
}

const scoreColumns = {
  overall: sql<Score>`(${storyVersions.analysis}->>'overall')::int`,
  readsAs: sql<ReadsAs>`${storyVersions.analysis}->>'readsAs'`,
  dimensions: sql<Record<Dimension, Score>>`${storyVersions.analysis}->'dimensions'`,
  words: sql<number>`(${storyVersions.analysis}->'stats'->>'words')::int`,
};

const ownedStory = (userId: string, storyId: string) =>
  and(eq(stories.id, storyId), eq(stories.userId, userId));
const ownedVersions = (userId: string, storyId: string) =>
  and(eq(storyVersions.storyId, storyId), eq(storyVersions.userId, userId));

function versionRow(userId: string, storyId: string, number: number, saved: AnalysedDraft) {
  return { storyId, userId, number, ...saved.draft, analysis: saved.analysis };
}

/** Creates stories, each with its first version, all or none; returns their ids in order. */
export async function createStories(
  db: Db,
  userId: string,
  drafts: readonly AnalysedDraft[],
): Promise<string[]> {
  if (drafts.length === 0) return [];
  return db.transaction(async (tx) => {
    const ids: string[] = [];
    for (const saved of drafts) {
      const { title, storyType, customTypeLabel, tags, themes } = saved.draft;
      const [created] = await tx
        .insert(stories)
        // clock_timestamp, unlike now(), advances within the transaction: stories imported
        // together keep their order.
        .values({
          userId,
          title,
          storyType,
          customTypeLabel,
          tags,
          themes,
          createdAt: sql`clock_timestamp()`,
          updatedAt: sql`clock_timestamp()`,
        })
        .returning({ id: stories.id });
      if (created === undefined) throw new Error("inserting a story returned no row");
      await tx.insert(storyVersions).values(versionRow(userId, created.id, 1, saved));
      ids.push(created.id);
    }
    return ids;
  });
}

/** Creates one story with its first version and returns it as the story page shows it. */
export async function createStory(
  db: Db,
  userId: string,
  saved: AnalysedDraft,
): Promise<StoryDetail> {
  const [id] = await createStories(db, userId, [saved]);
  const detail = id === undefined ? undefined : await findStory(db, userId, id);
  if (detail === undefined) throw new Error("a story just created could not be read back");
  return detail;
}

/**
 * Saves a new version of this user's story and makes its title, type, tags and themes current.
 * Returns undefined, changing nothing, when the user has no story with that id.
 */
export async function saveStoryVersion(
  db: Db,
  userId: string,
  storyId: string,
  saved: AnalysedDraft,
): Promise<StoryDetail | undefined> {
  if (!isUuid(storyId)) return undefined;
  const savedNumber = await db.transaction(async (tx) => {
    // The row lock orders concurrent saves of one story, so each gets the next number.
    const [story] = await tx
      .select({ id: stories.id })
      .from(stories)
      .where(ownedStory(userId, storyId))
      .for("update");
    if (story === undefined) return undefined;
    const [last] = await tx
      .select({ number: max(storyVersions.number) })
      .from(storyVersions)
      .where(ownedVersions(userId, storyId));
    const number = (last?.number ?? 0) + 1;
    await tx.insert(storyVersions).values(versionRow(userId, storyId, number, saved));
    const { title, storyType, customTypeLabel, tags, themes } = saved.draft;
    await tx
      .update(stories)
      .set({ title, storyType, customTypeLabel, tags, themes, updatedAt: sql`now()` })
      .where(ownedStory(userId, storyId));
    return number;
  });
  // As this save left it: a save that lands just after must not make this one report its version.
  return savedNumber === undefined ? undefined : findStory(db, userId, storyId, savedNumber);
}

/** This user's stories, most recently saved first, each with its latest version's scores. */
export async function listStories(db: Db, userId: string): Promise<StorySummary[]> {
  const records = await db
    .select()
    .from(stories)
    .where(eq(stories.userId, userId))
    .orderBy(desc(stories.updatedAt), asc(stories.id));
  const latest = await db
    .selectDistinctOn([storyVersions.storyId], {
      storyId: storyVersions.storyId,
      number: storyVersions.number,
      ...scoreColumns,
    })
    .from(storyVersions)
    .where(eq(storyVersions.userId, userId))
    .orderBy(storyVersions.storyId, desc(storyVersions.number));
  const latestByStory = new Map(latest.map((row) => [row.storyId, row]));
  return records.flatMap((record) => {
    const version = latestByStory.get(record.id);
    if (version === undefined) return [];
    const { number, overall, readsAs, dimensions, words } = version;
    return [
      {
        ...toRecord(record),
        latestVersion: number,
        scores: { overall, readsAs, dimensions, words },
      },
    ];
  });
}

/**
 * One of this user's stories with its latest version and history, or undefined; with `asOf`, as
 * it stood when that version was saved.
 */
export async function findStory(
  db: Db,
  userId: string,
  storyId: string,
  asOf?: number,
): Promise<StoryDetail | undefined> {
  if (!isUuid(storyId)) return undefined;
  const [record] = await db.select().from(stories).where(ownedStory(userId, storyId));
  if (record === undefined) return undefined;
  const history = await db
    .select({ number: storyVersions.number, createdAt: storyVersions.createdAt, ...scoreColumns })
    .from(storyVersions)
    .where(
      asOf === undefined
        ? ownedVersions(userId, storyId)
        : and(ownedVersions(userId, storyId), lte(storyVersions.number, asOf)),
    )
    .orderBy(asc(storyVersions.number));
  const lastNumber = history.at(-1)?.number;
  const latest =
    lastNumber === undefined ? undefined : await findStoryVersion(db, userId, storyId, lastNumber);
  if (latest === undefined) return undefined;
  return {
    story: toRecord(record),
    latest,
    versions: history.map(({ number, createdAt, ...scores }) => ({ number, createdAt, scores })),
  };
}

/** One version of this user's story, or undefined. */
export async function findStoryVersion(
  db: Db,
  userId: string,
  storyId: string,
  number: number,
): Promise<StoryVersion | undefined> {
  if (!isUuid(storyId) || !Number.isSafeInteger(number)) return undefined;
  const [row] = await db
    .select()
    .from(storyVersions)
    .where(and(ownedVersions(userId, storyId), eq(storyVersions.number, number)));
  if (row === undefined) return undefined;
  const { title, storyType, customTypeLabel, tags, themes, text, analysis, createdAt } = row;
  return { number, title, storyType, customTypeLabel, tags, themes, text, analysis, createdAt };
}

/** Deletes this user's story and all its versions; false when the user has no such story. */
export async function deleteStory(db: Db, userId: string, storyId: string): Promise<boolean> {
  if (!isUuid(storyId)) return false;
  const deleted = await db
    .delete(stories)
    .where(ownedStory(userId, storyId))
    .returning({ id: stories.id });
  return deleted.length > 0;
}

/** The latest version of each of this user's stories, oldest story first: the export. */
export async function listLatestDrafts(db: Db, userId: string): Promise<StoryDraft[]> {
  const latestNumber = sql`(select max(v.number) from ${storyVersions} v where v.story_id = ${stories.id})`;
  return db
    .select({
      title: storyVersions.title,
      storyType: storyVersions.storyType,
      customTypeLabel: storyVersions.customTypeLabel,
      tags: storyVersions.tags,
      themes: storyVersions.themes,
      text: storyVersions.text,
    })
    .from(stories)
    .innerJoin(
      storyVersions,
      and(eq(storyVersions.storyId, stories.id), eq(storyVersions.number, latestNumber)),
    )
    .where(and(eq(stories.userId, userId), eq(storyVersions.userId, userId)))
    .orderBy(asc(stories.createdAt), asc(stories.id));
}

function toRecord(row: typeof stories.$inferSelect): StoryRecord {
  const { id, title, storyType, customTypeLabel, tags, themes, createdAt, updatedAt } = row;
  return { id, title, storyType, customTypeLabel, tags, themes, createdAt, updatedAt };
}
