import { describe, expect, it } from "vitest";
import {
  describeStoryType,
  MAX_STORY_TEXT_CHARS,
  parseTagList,
  storyDraftSchema,
  toTagSlug,
} from "./story-schema.ts";

const valid = {
  title: "  The launch I delayed ",
  storyType: "speed-vs-safety",
  tags: ["acme"],
  themes: ["safety", "risk"],
  text: "I held the launch.\r\nIt cost a customer.",
};

function issuesOf(input: unknown): string[] {
  const parsed = storyDraftSchema.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("storyDraftSchema", () => {
  it("trims the title, fills defaults and normalizes line endings", () => {
    const parsed = storyDraftSchema.parse({ ...valid, tags: undefined, themes: undefined });
    expect(parsed).toEqual({
      title: "The launch I delayed",
      storyType: "speed-vs-safety",
      customTypeLabel: null,
      tags: [],
      themes: [],
      text: "I held the launch.\nIt cost a customer.",
    });
  });

  it("refuses empty or blank text with a clear message", () => {
    expect(issuesOf({ ...valid, text: " \n\t " })).toEqual([
      "text: is empty: write the story before saving it",
    ]);
  });

  it("refuses text over the limit and titles outside 1–200 characters", () => {
    expect(issuesOf({ ...valid, text: "x".repeat(MAX_STORY_TEXT_CHARS + 1) })).toEqual([
      "text: is limited to 60,000 characters",
    ]);
    expect(issuesOf({ ...valid, text: "x".repeat(MAX_STORY_TEXT_CHARS) })).toEqual([]);
    expect(issuesOf({ ...valid, title: "   " })).toEqual(["title: must not be empty"]);
    expect(issuesOf({ ...valid, title: "t".repeat(201) })).toEqual([
      "title: is limited to 200 characters",
    ]);
    expect(issuesOf({ ...valid, title: "two\nlines" })).toEqual(["title: must be a single line"]);
  });

  it("asks custom stories for a label, and only them", () => {
    expect(issuesOf({ ...valid, storyType: "custom" })).toEqual([
      "customTypeLabel: is required when the story type is your own",
    ]);
    expect(issuesOf({ ...valid, storyType: "custom", customTypeLabel: "Mentoring" })).toEqual([]);
    expect(issuesOf({ ...valid, customTypeLabel: "Mentoring" })).toEqual([
      "customTypeLabel: is only for stories of your own type",
    ]);
  });

  it("wants tags and themes as unique slugs", () => {
    expect(issuesOf({ ...valid, tags: ["Not A Slug"] })).toEqual([
      "tags.0: must be lower-case words joined by hyphens",
    ]);
    expect(issuesOf({ ...valid, themes: ["risk", "risk"] })).toEqual([
      "themes: must not repeat themes",
    ]);
  });

  it("refuses unknown types and unknown fields", () => {
    expect(issuesOf({ ...valid, storyType: "heroics" })).toHaveLength(1);
    expect(issuesOf({ ...valid, owner: "someone" })).toHaveLength(1);
  });
});

describe("story type names and tags", () => {
  it("names custom stories by their own label", () => {
    expect(describeStoryType({ storyType: "custom", customTypeLabel: "Mentoring" })).toBe(
      "Mentoring",
    );
    expect(describeStoryType({ storyType: "failure", customTypeLabel: null })).toBe("Failure");
  });

  it("turns typed tags into slugs", () => {
    expect(toTagSlug("  Team Alpha! ")).toBe("team-alpha");
    expect(toTagSlug("Café 2024")).toBe("cafe-2024");
    expect(toTagSlug("日本")).toBe("");
    expect(parseTagList("Acme, acme ,, Q3 launch")).toEqual(["acme", "q3-launch"]);
  });
});
