import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeUser } from "../../../tests/support/factories.ts";
import { makeAnalysedDraft } from "../../../tests/support/story-factories.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../tests/support/test-database.ts";
import { eq } from "drizzle-orm";
import { storyVersions, users } from "./schema.ts";
import {
  createStories,
  createStory,
  deleteStory,
  findStory,
  findStoryVersion,
  listLatestDrafts,
  listStories,
  saveStoryVersion,
} from "./stories-repository.ts";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

describe.each(DATABASE_TARGETS)("stories repository on $name", ({ open }) => {
  let database: TestDatabase;

  // One database for the file, emptied before each test: no test sees another's rows.
  beforeAll(async () => {
    database = await open();
  });

  beforeEach(() => database.reset());

  afterAll(() => database.dispose());

  it("creates a story with its first version and analysis, and lists it with its scores", async () => {
    const alice = await makeUser(database.db);
    const saved = makeAnalysedDraft({ tags: ["acme", "2024"] });
    const detail = await createStory(database.db, alice.id, saved);

    expect(detail.story).toMatchObject({
      title: saved.draft.title,
      storyType: "speed-vs-safety",
      customTypeLabel: null,
      tags: ["acme", "2024"],
      themes: ["safety", "risk"],
    });
    expect(detail.latest).toMatchObject({ number: 1, text: saved.draft.text });
    expect(detail.latest.analysis).toEqual(saved.analysis);
    expect(detail.versions).toEqual([
      {
        number: 1,
        createdAt: expect.any(Date) as Date,
        scores: {
          overall: saved.analysis.overall,
          readsAs: saved.analysis.readsAs,
          dimensions: saved.analysis.dimensions,
          words: saved.analysis.stats.words,
        },
      },
    ]);

    const list = await listStories(database.db, alice.id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: detail.story.id, latestVersion: 1 });
    expect(list[0]?.scores.overall).toBe(saved.analysis.overall);
  });

  it("numbers every save, keeps the old versions and makes the latest fields current", async () => {
    const alice = await makeUser(database.db);
    const { story } = await createStory(database.db, alice.id, makeAnalysedDraft());
    const second = makeAnalysedDraft({ title: "Renamed", tags: [], themes: ["risk"], text: "v2." });
    const detail = await saveStoryVersion(database.db, alice.id, story.id, second);
    await saveStoryVersion(database.db, alice.id, story.id, makeAnalysedDraft({ text: "v3." }));

    expect(detail?.story).toMatchObject({ title: "Renamed", tags: [], themes: ["risk"] });
    expect(detail?.latest).toMatchObject({ number: 2, text: "v2." });
    const now = await findStory(database.db, alice.id, story.id);
    expect(now?.versions.map((version) => version.number)).toEqual([1, 2, 3]);
    expect(now?.latest.text).toBe("v3.");
    expect((await findStoryVersion(database.db, alice.id, story.id, 2))?.title).toBe("Renamed");
    expect(await findStoryVersion(database.db, alice.id, story.id, 4)).toBeUndefined();
    expect((await listStories(database.db, alice.id))[0]?.latestVersion).toBe(3);
  });

  it("gives concurrent saves of one story distinct, consecutive numbers", async () => {
    const alice = await makeUser(database.db);
    const { story } = await createStory(database.db, alice.id, makeAnalysedDraft());
    await Promise.all(
      [2, 3, 4, 5].map((n) =>
        saveStoryVersion(database.db, alice.id, story.id, makeAnalysedDraft({ text: `v${n}.` })),
      ),
    );
    const detail = await findStory(database.db, alice.id, story.id);
    expect(detail?.versions.map((version) => version.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("never lets one user read, change or delete another user's story", async () => {
    const alice = await makeUser(database.db);
    const bob = await makeUser(database.db);
    const saved = makeAnalysedDraft();
    const { story } = await createStory(database.db, alice.id, saved);

    expect(await listStories(database.db, bob.id)).toEqual([]);
    expect(await listLatestDrafts(database.db, bob.id)).toEqual([]);
    expect(await findStory(database.db, bob.id, story.id)).toBeUndefined();
    expect(await findStoryVersion(database.db, bob.id, story.id, 1)).toBeUndefined();
    expect(
      await saveStoryVersion(database.db, bob.id, story.id, makeAnalysedDraft({ text: "Mine." })),
    ).toBeUndefined();
    expect(await deleteStory(database.db, bob.id, story.id)).toBe(false);

    const intact = await findStory(database.db, alice.id, story.id);
    expect(intact?.versions).toHaveLength(1);
    expect(intact?.latest.text).toBe(saved.draft.text);
  });

  it("finds nothing for unknown or malformed ids", async () => {
    const alice = await makeUser(database.db);
    expect(await findStory(database.db, alice.id, UNKNOWN_ID)).toBeUndefined();
    expect(await findStory(database.db, alice.id, "not-a-uuid")).toBeUndefined();
    expect(await findStoryVersion(database.db, alice.id, "x'; drop table stories; --", 1)).toBe(
      undefined,
    );
    expect(await saveStoryVersion(database.db, alice.id, "nope", makeAnalysedDraft())).toBe(
      undefined,
    );
    expect(await deleteStory(database.db, alice.id, "nope")).toBe(false);
  });

  it("deletes a story with all its versions", async () => {
    const alice = await makeUser(database.db);
    const { story } = await createStory(database.db, alice.id, makeAnalysedDraft());
    await saveStoryVersion(database.db, alice.id, story.id, makeAnalysedDraft());
    expect(await deleteStory(database.db, alice.id, story.id)).toBe(true);
    expect(await findStory(database.db, alice.id, story.id)).toBeUndefined();
    const left = await database.db
      .select()
      .from(storyVersions)
      .where(eq(storyVersions.storyId, story.id));
    expect(left).toEqual([]);
    expect(await deleteStory(database.db, alice.id, story.id)).toBe(false);
  });

  it("creates imported stories all or none, and exports the latest versions in order", async () => {
    const alice = await makeUser(database.db);
    const drafts = [
      makeAnalysedDraft({ title: "First" }),
      makeAnalysedDraft({ title: "Second", storyType: "custom", customTypeLabel: "Mine" }),
    ];
    const ids = await createStories(database.db, alice.id, drafts);
    expect(ids).toHaveLength(2);
    await saveStoryVersion(
      database.db,
      alice.id,
      ids[0] ?? "",
      makeAnalysedDraft({ title: "First, revised" }),
    );
    const exported = await listLatestDrafts(database.db, alice.id);
    expect(exported.map((draft) => draft.title)).toEqual(["First, revised", "Second"]);
    expect(exported[1]).toEqual(drafts[1]?.draft);

    // A NOT NULL violation half-way through the import: the first story must not survive it.
    const valid = makeAnalysedDraft();
    const broken = { ...valid, draft: { ...valid.draft, text: null as unknown as string } };
    await expect(
      createStories(database.db, alice.id, [makeAnalysedDraft({ title: "Lost" }), broken]),
    ).rejects.toThrow();
    expect((await listStories(database.db, alice.id)).map((story) => story.title)).not.toContain(
      "Lost",
    );
  });

  it("removes a user's stories with the user", async () => {
    const alice = await makeUser(database.db);
    const { story } = await createStory(database.db, alice.id, makeAnalysedDraft());
    await database.db.delete(users).where(eq(users.id, alice.id));
    const left = await database.db
      .select()
      .from(storyVersions)
      .where(eq(storyVersions.storyId, story.id));
    expect(left).toEqual([]);
  });
});
