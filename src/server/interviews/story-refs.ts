import type { StoryRef } from "../../core/interview/index.ts";
import { STORY_TYPES, type StoryType } from "../../core/content/schema.ts";
import type { Db } from "../../node/db/database.ts";
import { listStories } from "../../node/db/stories-repository.ts";

/** The user's stories as the interview report matches them to questions (custom types aside). */
export async function listStoryRefs(db: Db, userId: string): Promise<StoryRef[]> {
  const stories = await listStories(db, userId);
  return stories.flatMap((story) =>
    isStoryType(story.storyType)
      ? [{ id: story.id, title: story.title, storyType: story.storyType, themes: story.themes }]
      : [],
  );
}

function isStoryType(value: string): value is StoryType {
  return (STORY_TYPES as readonly string[]).includes(value);
}
