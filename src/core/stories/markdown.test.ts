import { describe, expect, it } from "vitest";
import {
  escapeInline,
  exportStoryBank,
  parseStoryBank,
  STORY_BANK_HEADING,
  unescapeInline,
} from "./markdown.ts";
import type { StoryDraft } from "./story-schema.ts";

const story = (overrides: Partial<StoryDraft> = {}): StoryDraft => ({
  title: "The launch I delayed",
  storyType: "speed-vs-safety",
  customTypeLabel: null,
  tags: ["acme", "2024"],
  themes: ["safety", "risk"],
  text: "I held the launch for two weeks.\n\nIt cost us a customer.",
  ...overrides,
});

const TRICKY: StoryDraft[] = [
  story(),
  story({
    title:
      "## Not a heading, # hash, <!-- comment --> & <b>html</b> *stars* _under_ [link](x) \\ `tick` |pipe| ~tilde~ #",
    storyType: "custom",
    customTypeLabel: "Mentoring *badly* — <i>a</i> \\ #1",
    tags: [],
    themes: [],
    text: [
      "## A heading inside the story",
      "",
      "<!-- an HTML comment the story keeps -->",
      "",
      "",
      "```",
      "a fence inside the story",
      "```",
      "````text",
      "- Type: failure",
      "# Candor story bank",
      "  indented line with trailing spaces   ",
      "",
    ].join("\n"),
  }),
  story({
    title: "Ünïcødé — 日本語のタイトル 🚀 and a right-to-left עברית",
    storyType: "changed-mind",
    tags: ["x"],
    themes: ["changed-mind"],
    text: "\n\nStarts and ends with blank lines: emoji 👩‍💻, combining e\u0301, NBSP\u00a0here.\n\n",
  }),
  story({ title: "Backticks", storyType: "failure", text: "`````\nfive ticks alone\n`````" }),
  story({ title: "One line", storyType: "disagreement", text: "x" }),
];

describe("story bank Markdown", () => {
  it("round-trips tricky titles, labels, tags, themes and text without loss", () => {
    const markdown = exportStoryBank(TRICKY);
    const parsed = parseStoryBank(markdown);
    expect(parsed).toEqual({ ok: true, value: TRICKY });
  });

  it("round-trips an empty bank", () => {
    const markdown = exportStoryBank([]);
    expect(markdown.startsWith(STORY_BANK_HEADING)).toBe(true);
    expect(parseStoryBank(markdown)).toEqual({ ok: true, value: [] });
  });

  it("is stable: exporting what was imported gives the same document", () => {
    const markdown = exportStoryBank(TRICKY);
    const parsed = parseStoryBank(markdown);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(exportStoryBank(parsed.value)).toBe(markdown);
  });

  it("reads a document whose line endings became CRLF", () => {
    const markdown = exportStoryBank(TRICKY).replace(/\n/g, "\r\n");
    expect(parseStoryBank(markdown)).toEqual({ ok: true, value: TRICKY });
  });

  it("fences text with more backticks than any run inside it", () => {
    const markdown = exportStoryBank([story({ text: "`````\nfive" })]);
    expect(markdown).toContain("``````text\n`````\nfive\n``````");
  });

  it("escapes Markdown punctuation in titles and undoes it exactly", () => {
    const title = "\\# <a> *b* _c_ [d] `e` & | ~";
    expect(escapeInline(title)).toBe("\\\\\\# \\<a\\> \\*b\\* \\_c\\_ \\[d\\] \\`e\\` \\& \\| \\~");
    expect(unescapeInline(escapeInline(title))).toBe(title);
  });

  it("accepts hand-written stories with a different bullet and field case", () => {
    const markdown = `${STORY_BANK_HEADING}\n\nSome notes.\n\n## Hand written\n\n* type: failure\n* THEMES: failure, learning\n\n\`\`\`\nThe text.\n\`\`\`\n`;
    const parsed = parseStoryBank(markdown);
    expect(parsed.ok && parsed.value[0]).toEqual({
      title: "Hand written",
      storyType: "failure",
      customTypeLabel: null,
      tags: [],
      themes: ["failure", "learning"],
      text: "The text.",
    });
  });
});

describe("parseStoryBank errors name the line", () => {
  const lines = (...rest: string[]) => [STORY_BANK_HEADING, "", ...rest].join("\n");

  it("refuses a document that is not a story bank", () => {
    expect(parseStoryBank("\n\n# My notes\n")).toEqual({
      ok: false,
      error: { line: 3, message: `A story bank starts with the heading “${STORY_BANK_HEADING}”.` },
    });
    expect(parseStoryBank("")).toMatchObject({ ok: false, error: { line: 1 } });
  });

  it("names an unknown type", () => {
    const result = parseStoryBank(lines("## T", "", "- Type: heroics", "", "```", "x", "```"));
    expect(result).toMatchObject({ ok: false, error: { line: 5 } });
    expect(!result.ok && result.error.message).toContain("failure");
  });

  it("names a story with no type, and one with no text", () => {
    expect(parseStoryBank(lines("## T", "", "```", "x", "```"))).toMatchObject({
      ok: false,
      error: { line: 3, message: "the story “T” has no “- Type:” field." },
    });
    expect(parseStoryBank(lines("## T", "- Type: failure"))).toMatchObject({
      ok: false,
      error: { line: 3, message: "the story “T” has no text block." },
    });
  });

  it("names an unclosed text block", () => {
    const result = parseStoryBank(lines("## T", "- Type: failure", "```text", "x", "``"));
    expect(result).toMatchObject({ ok: false, error: { line: 5 } });
  });

  it("names stray lines, unknown fields and repeated fields", () => {
    expect(parseStoryBank(lines("## T", "- Type: failure", "prose"))).toMatchObject({
      error: { line: 5 },
    });
    expect(parseStoryBank(lines("## T", "- Mood: fine"))).toMatchObject({ error: { line: 4 } });
    expect(parseStoryBank(lines("## T", "- Type: failure", "- type: failure"))).toMatchObject({
      error: { line: 5 },
    });
    expect(
      parseStoryBank(lines("## T", "- Type: failure", "```", "x", "```", "- Tags: a")),
    ).toMatchObject({ error: { line: 8 } });
  });

  it("names empty text, bad tags, a custom type without a label and unknown themes", () => {
    expect(parseStoryBank(lines("## T", "- Type: failure", "```", "  ", "```"))).toMatchObject({
      error: { line: 5, message: "The text is empty: write the story before saving it." },
    });
    expect(
      parseStoryBank(lines("## T", "- Type: failure", "- Tags: Not A Slug", "```", "x", "```")),
    ).toMatchObject({ error: { line: 5 } });
    expect(parseStoryBank(lines("## T", "- Type: custom", "```", "x", "```"))).toMatchObject({
      error: { line: 3 },
    });
    const themed = lines(
      "## T",
      "- Type: failure",
      "- Themes: failure, gardening",
      "```",
      "x",
      "```",
    );
    expect(parseStoryBank(themed, { themes: new Set(["failure"]) })).toEqual({
      ok: false,
      error: { line: 5, message: "“gardening” is not a theme of the question bank." },
    });
  });
});
