/** The story bank's domain: story schema, guided builder, coverage, Markdown, diffs, analysis kind. */
export { readingForStoryType, type StoryReading } from "./answer-kind.ts";
export {
  composeStoryText,
  STORY_ASPECTS,
  STORY_BUILDERS,
  type BuilderAnswers,
  type BuilderPrompt,
  type StoryAspect,
  type StoryBuilder,
} from "./builder-prompts.ts";
export {
  computeCoverage,
  isSpokenQuestion,
  MIN_SHARED_THEMES,
  storyCoversQuestion,
  type BankCoverage,
  type CoverageQuestion,
  type CoverageReason,
  type CoverageStory,
  type CoveredQuestion,
} from "./coverage.ts";
export {
  exportStoryBank,
  parseStoryBank,
  STORY_BANK_HEADING,
  type MarkdownImportError,
} from "./markdown.ts";
export {
  describeStoryType,
  isBankStoryType,
  MAX_STORY_TEXT_CHARS,
  parseTagList,
  STORY_BANK_TYPES,
  STORY_TYPE_LABELS,
  storyBankTypeSchema,
  storyDraftSchema,
  toTagSlug,
  type StoryBankType,
  type StoryDraft,
  type StoryDraftInput,
} from "./story-schema.ts";
export { countChangedWords, diffStoryText, type DiffPart } from "./word-diff.ts";
