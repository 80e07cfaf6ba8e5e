import { err, ok, type Result } from "../result.ts";
import { storyDraftSchema, STORY_BANK_TYPES, type StoryDraft } from "./story-schema.ts";

/**
 * The story bank as one Markdown document, readable anywhere and importable without loss:
 *
 *     # Candor story bank
 *
 *     ## The title, with Markdown punctuation backslash-escaped
 *
 *     - Type: custom
 *     - Label: the custom type's label, escaped the same way
 *     - Tags: slug-one, slug-two
 *     - Themes: honesty, ownership
 *
 *     ```text
 *     The story, exactly as saved.
 *     ```
 *
 * The text sits in a fence of more backticks than any run in the text, so headings, HTML
 * comments, blank lines and fences inside a story stay text and the fence cannot close early.
 */
export const STORY_BANK_HEADING = "# Candor story bank";

const FORMAT_NOTE =
  "<!-- Exported by Candor. Each story is a level-2 heading, its fields as a list, then its text " +
  "in a fenced block. Edit freely; keep that shape to import it again. -->";

/** Why a document could not be imported: the line (1-based) and what is wrong there. */
export interface MarkdownImportError {
  readonly line: number;
  readonly message: string;
}

// Markdown reads these as syntax in a heading or list item; a backslash keeps them literal.
const ESCAPED = /[\\`*_[\]<>#&|~]/g;

/** Escapes a single-line value so Markdown shows it, and the importer reads it, as typed. */
export function escapeInline(value: string): string {
  return value.replace(ESCAPED, (char) => `\\${char}`);
}

/** Undoes {@link escapeInline}, and any CommonMark backslash escape of ASCII punctuation. */
export function unescapeInline(value: string): string {
  return value.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** A fence longer than any run of backticks in the text, so the text can never close it. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longest + 1));
}

/** Writes the whole bank as Markdown, one story after another in the order given. */
export function exportStoryBank(stories: readonly StoryDraft[]): string {
  const parts = [STORY_BANK_HEADING, FORMAT_NOTE];
  for (const story of stories) {
    const fields = [`- Type: ${story.storyType}`];
    if (story.customTypeLabel !== null)
      fields.push(`- Label: ${escapeInline(story.customTypeLabel)}`);
    // No trailing space after an empty list: editors strip it, and the document should not change.
    fields.push(listField("Tags", story.tags), listField("Themes", story.themes));
    const fence = fenceFor(story.text);
    parts.push(
      `## ${escapeInline(story.title)}`,
      fields.join("\n"),
      `${fence}text\n${story.text}\n${fence}`,
    );
  }
  return `${parts.join("\n\n")}\n`;
}

function listField(name: string, items: readonly string[]): string {
  return items.length === 0 ? `- ${name}:` : `- ${name}: ${items.join(", ")}`;
}

type FieldName = "type" | "label" | "tags" | "themes";

interface RawStory {
  headingLine: number;
  title: string;
  fields: Partial<Record<FieldName, { value: string; line: number }>>;
  text?: { value: string; line: number };
}

const FIELD_LINE = /^[-*] +([A-Za-z]+): *(.*)$/;
const HEADING_LINE = /^## +(.*)$/;
const FENCE_LINE = /^(`{3,})[^`]*$/;

/**
 * Reads a story bank back from Markdown written by {@link exportStoryBank} (or by hand in the same
 * shape). With `themes`, every story's themes must come from that vocabulary. The first problem
 * found is returned with its line, and nothing is imported.
 */
export function parseStoryBank(
  markdown: string,
  options: { themes?: ReadonlySet<string> } = {},
): Result<StoryDraft[], MarkdownImportError> {
  const lines = markdown
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const raws: RawStory[] = [];
  const at = (index: number, message: string) => err({ line: index + 1, message });

  let index = lines.findIndex((line) => line.trim() !== "");
  if (index === -1 || lines[index]?.trim() !== STORY_BANK_HEADING) {
    return at(Math.max(index, 0), `A story bank starts with the heading “${STORY_BANK_HEADING}”.`);
  }
  // Anything between the bank's heading and the first story (notes, comments) is not a story.
  while (index < lines.length && !HEADING_LINE.test(lines[index] ?? "")) index += 1;

  let current: RawStory | undefined;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (line.trim() === "") continue;
    const heading = HEADING_LINE.exec(line);
    if (heading !== null) {
      current = {
        headingLine: index,
        title: unescapeInline((heading[1] ?? "").trim()),
        fields: {},
      };
      raws.push(current);
      continue;
    }
    if (current === undefined) return at(index, "Expected a story heading (“## Title”).");
    const fence = FENCE_LINE.exec(line);
    if (fence !== null && current.text === undefined) {
      const close = lines.findIndex(
        (candidate, i) => i > index && candidate.trimEnd() === fence[1],
      );
      if (close === -1) return at(index, "This story's text block is never closed.");
      current.text = { value: lines.slice(index + 1, close).join("\n"), line: index };
      index = close;
      continue;
    }
    const field = FIELD_LINE.exec(line);
    if (field === null || current.text !== undefined) {
      return at(
        index,
        current.text === undefined
          ? "Expected a field such as “- Type: failure”, or the story's text in a fenced block."
          : "Expected the next story's heading (“## Title”) after the text block.",
      );
    }
    const name = (field[1] ?? "").toLowerCase();
    if (!isFieldName(name)) {
      return at(index, `Unknown field “${field[1] ?? ""}”: use Type, Label, Tags or Themes.`);
    }
    if (current.fields[name] !== undefined)
      return at(index, `The field “${field[1] ?? ""}” is repeated.`);
    current.fields[name] = { value: (field[2] ?? "").trim(), line: index };
  }

  const stories: StoryDraft[] = [];
  for (const raw of raws) {
    const story = toDraft(raw, options.themes);
    if (!story.ok) return story;
    stories.push(story.value);
  }
  return ok(stories);
}

function isFieldName(name: string): name is FieldName {
  return name === "type" || name === "label" || name === "tags" || name === "themes";
}

function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function toDraft(
  raw: RawStory,
  vocabulary: ReadonlySet<string> | undefined,
): Result<StoryDraft, MarkdownImportError> {
  const { fields } = raw;
  const lineOf = (name: FieldName | "title" | "text"): number => {
    if (name === "title") return raw.headingLine + 1;
    if (name === "text") return (raw.text?.line ?? raw.headingLine) + 1;
    return (fields[name]?.line ?? raw.headingLine) + 1;
  };
  const named = `the story “${raw.title}”`;
  if (fields.type === undefined) {
    return err({ line: lineOf("title"), message: `${named} has no “- Type:” field.` });
  }
  if (raw.text === undefined) {
    return err({ line: lineOf("title"), message: `${named} has no text block.` });
  }
  const themes = splitList(fields.themes?.value);
  const unknownTheme =
    vocabulary === undefined ? undefined : themes.find((t) => !vocabulary.has(t));
  if (unknownTheme !== undefined) {
    return err({
      line: lineOf("themes"),
      message: `“${unknownTheme}” is not a theme of the question bank.`,
    });
  }
  const parsed = storyDraftSchema.safeParse({
    title: raw.title,
    storyType: fields.type.value,
    customTypeLabel: fields.label === undefined ? null : unescapeInline(fields.label.value),
    tags: splitList(fields.tags?.value),
    themes,
    text: raw.text.value,
  });
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? "title");
  const field = key === "storyType" ? "type" : key === "customTypeLabel" ? "label" : key;
  const message =
    key === "storyType"
      ? `The type must be one of: ${STORY_BANK_TYPES.join(", ")}.`
      : `${field === "text" ? "The text" : `The ${field}`} ${issue?.message ?? "is not valid"}.`;
  return err({ line: lineOf(field as FieldName | "title" | "text"), message });
}
