import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../tests/support/factories.ts";
import { makeStoryDraft } from "../../../tests/support/story-factories.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../tests/support/test-database.ts";
import { MAX_IMPORT_STORIES } from "../../core/api/stories.ts";
import { exportStoryBank } from "../../core/stories/markdown.ts";
import { inlineAnalysis } from "../analysis/analysis-pool.ts";
import { createStoryService, type StoryService } from "./story-service.ts";

describe.each(DATABASE_TARGETS)("the story service on $name", (target) => {
  let database: TestDatabase;
  let stories: StoryService;

  beforeAll(async () => {
    database = await target.open();
    stories = createStoryService({
      db: database.db,
      questions: [],
      themes: ["safety", "risk", "ownership"],
      analysis: inlineAnalysis,
    });
  });

  afterAll(async () => {
    await database.dispose();
  });

  it("scores a new story and serves its times as ISO strings", async () => {
    const user = await makeUser(database.db);
    const created = await stories.create(user.id, makeStoryDraft());
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.latest.number).toBe(1);
    expect(created.value.latest.analysis.overall).toBeGreaterThanOrEqual(1);
    expect(created.value.story.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const listed = await stories.list(user.id);
    expect(listed.stories.map((story) => story.id)).toEqual([created.value.story.id]);
  });

  it("refuses a theme the question bank does not have, naming the field", async () => {
    const user = await makeUser(database.db);
    const refused = await stories.create(user.id, makeStoryDraft({ themes: ["risk", "bravery"] }));
    expect(refused).toEqual({
      ok: false,
      error: {
        code: "invalid-request",
        field: "body.themes[1]",
        message: '"bravery" is not a theme of the question bank',
      },
    });
    expect((await stories.list(user.id)).stories).toEqual([]);
  });

  it("passes on the coach's refusal of an empty story", async () => {
    const user = await makeUser(database.db);
    const refused = await stories.create(user.id, makeStoryDraft({ text: "   " }));
    expect(refused.ok ? undefined : refused.error.code).toBe("empty-answer");
  });

  it("answers another user's story as missing", async () => {
    const owner = await makeUser(database.db);
    const other = await makeUser(database.db);
    const created = await stories.create(owner.id, makeStoryDraft());
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.story.id;
    for (const result of [
      await stories.find(other.id, id),
      await stories.saveVersion(other.id, id, makeStoryDraft()),
      await stories.remove(other.id, id),
    ]) {
      expect(result.ok ? undefined : result.error.code).toBe("not-found");
    }
    const version = await stories.version(other.id, id, 1);
    expect(version.ok ? undefined : version.error.message).toBe(
      `No story version has the id "${id}/1".`,
    );
    expect((await stories.find(owner.id, id)).ok).toBe(true);
  });

  it("imports an exported bank, and refuses a broken document with its line", async () => {
    const user = await makeUser(database.db);
    const markdown = exportStoryBank([makeStoryDraft(), makeStoryDraft()]);
    const imported = await stories.importMarkdown(user.id, markdown);
    expect(imported.ok ? imported.value.imported : imported.error).toBe(2);

    const broken = await stories.importMarkdown(user.id, "## A story\n\nno front matter");
    expect(broken.ok ? undefined : broken.error.code).toBe("invalid-story-bank");
    expect(broken.ok ? undefined : broken.error.details).toHaveProperty("line");
  });

  it("refuses an import of more stories than one import may create", async () => {
    const user = await makeUser(database.db);
    const drafts = Array.from({ length: MAX_IMPORT_STORIES + 1 }, () =>
      makeStoryDraft({ text: "I shipped it." }),
    );
    const refused = await stories.importMarkdown(user.id, exportStoryBank(drafts));
    expect(refused.ok ? undefined : refused.error.field).toBe("body.markdown");
    expect((await stories.list(user.id)).stories).toEqual([]);
  });
});
