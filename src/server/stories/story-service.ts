import type {
  ImportResponse,
  StoryCoverageView,
  StoryDetail,
  StoryList,
  StoryRecord,
  StoryVersion,
} from "../../core/api/stories.ts";
import { MAX_IMPORT_STORIES } from "../../core/api/stories.ts";
import type { AnalyzeInput } from "../../core/analysis/index.ts";
import type { Question } from "../../core/content/schema.ts";
import { err, ok, type Result } from "../../core/result.ts";
import { readingForStoryType } from "../../core/stories/answer-kind.ts";
import { computeCoverage } from "../../core/stories/coverage.ts";
import { exportStoryBank, parseStoryBank } from "../../core/stories/markdown.ts";
import type { StoryDraft } from "../../core/stories/story-schema.ts";
import type { AnalysisRunner } from "../analysis/analysis-pool.ts";
import type { Db } from "../../node/db/database.ts";
import * as repository from "../../node/db/stories-repository.ts";
import { missing, type ServiceError } from "../http/errors.ts";
import { describeCoverage } from "./coverage-view.ts";

/** A story bank error a client can act on; `field` names the request field at fault. */
export type StoryServiceError = ServiceError<
  "not-found" | "invalid-request" | "invalid-story-bank" | "empty-answer" | "answer-too-long"
>;

type ServiceResult<T> = Promise<Result<T, StoryServiceError>>;

/** What the service needs, made once at start-up. */
export interface StoryServiceDeps {
  db: Db;
  /** The question bank: coverage is computed against it. */
  questions: readonly Question[];
  /** The themes of the question bank; a story may carry only these. */
  themes: Iterable<string>;
  analysis: AnalysisRunner;
}

/**
 * The story bank: a user's stories, every save a scored version, coverage of the question bank,
 * and export to and import from Markdown. Every query is the requesting user's own; another
 * user's story is missing exactly as an absent one is.
 */
export function createStoryService(deps: StoryServiceDeps) {
  const { db, analysis } = deps;
  const vocabulary = new Set(deps.themes);

  /** Every save is scored: each analysis is stored with the version it describes. */
  async function analyseAll(
    drafts: readonly StoryDraft[],
  ): ServiceResult<repository.AnalysedDraft[]> {
    const results = await analysis.analyzeMany(drafts.map(storyAnalysisInput));
    const analysed: repository.AnalysedDraft[] = [];
    for (const [index, draft] of drafts.entries()) {
      const result = results[index];
      if (result === undefined) throw new Error("The analysis of a story went missing.");
      if (!result.ok) return err(result.error);
      analysed.push({ draft, analysis: result.value });
    }
    return ok(analysed);
  }

  /** A checked and scored draft, ready to store. */
  async function prepare(draft: StoryDraft): ServiceResult<repository.AnalysedDraft> {
    const known = requireKnownThemes(draft, vocabulary);
    if (!known.ok) return known;
    const analysed = await analyseAll([draft]);
    if (!analysed.ok) return analysed;
    const [saved] = analysed.value;
    if (saved === undefined) throw new Error("The analysis of a story went missing.");
    return ok(saved);
  }

  return {
    /** This user's stories with their latest scores. */
    async list(userId: string): Promise<StoryList> {
      const stories = await repository.listStories(db, userId);
      return {
        stories: stories.map((story) => ({
          ...recordView(story),
          latestVersion: story.latestVersion,
          scores: story.scores,
        })),
      };
    },

    /** Creates a story from its first version. */
    async create(userId: string, draft: StoryDraft): ServiceResult<StoryDetail> {
      const saved = await prepare(draft);
      if (!saved.ok) return saved;
      return ok(detailView(await repository.createStory(db, userId, saved.value)));
    },

    /** Which bank questions each story covers, and which no story covers yet. */
    async coverage(userId: string): Promise<StoryCoverageView> {
      const stories = await repository.listStories(db, userId);
      return describeCoverage(stories, deps.questions, computeCoverage(stories, deps.questions));
    },

    /** The bank as one Markdown document, each story at its latest version. */
    async exportMarkdown(userId: string): Promise<string> {
      return exportStoryBank(await repository.listLatestDrafts(db, userId));
    },

    /** Creates every story of an exported document, or none when any is wrong. */
    async importMarkdown(userId: string, markdown: string): ServiceResult<ImportResponse> {
      const parsed = parseStoryBank(markdown, { themes: vocabulary });
      if (!parsed.ok) {
        const { line, message } = parsed.error;
        return err({
          code: "invalid-story-bank",
          message: `Line ${String(line)}: ${message}`,
          details: { line },
        });
      }
      if (parsed.value.length > MAX_IMPORT_STORIES) {
        return err({
          code: "invalid-request",
          field: "body.markdown",
          message: `holds ${String(parsed.value.length)} stories; import at most ${String(MAX_IMPORT_STORIES)} at once`,
        });
      }
      const analysed = await analyseAll(parsed.value);
      if (!analysed.ok) return analysed;
      const ids = await repository.createStories(db, userId, analysed.value);
      return ok({ imported: ids.length, ids });
    },

    /** One story with its latest version and its history. */
    async find(userId: string, id: string): ServiceResult<StoryDetail> {
      const detail = await repository.findStory(db, userId, id);
      return detail === undefined ? err(missing("story", id)) : ok(detailView(detail));
    },

    /** Saves a new version of a story. */
    async saveVersion(userId: string, id: string, draft: StoryDraft): ServiceResult<StoryDetail> {
      const saved = await prepare(draft);
      if (!saved.ok) return saved;
      const detail = await repository.saveStoryVersion(db, userId, id, saved.value);
      return detail === undefined ? err(missing("story", id)) : ok(detailView(detail));
    },

    /** Deletes a story and every version of it. */
    async remove(userId: string, id: string): ServiceResult<true> {
      const deleted = await repository.deleteStory(db, userId, id);
      return deleted ? ok(true) : err(missing("story", id));
    },

    /** One saved version, whole. */
    async version(userId: string, id: string, number: number): ServiceResult<StoryVersion> {
      const version = await repository.findStoryVersion(db, userId, id, number);
      return version === undefined
        ? err(missing("story version", `${id}/${String(number)}`))
        : ok(versionView(version));
    },
  };
}

/** The story service's interface. */
export type StoryService = ReturnType<typeof createStoryService>;

/** Themes match stories to questions, so only the question bank's own themes are accepted. */
function requireKnownThemes(
  draft: StoryDraft,
  vocabulary: ReadonlySet<string>,
): Result<StoryDraft, StoryServiceError> {
  const index = draft.themes.findIndex((theme) => !vocabulary.has(theme));
  if (index === -1) return ok(draft);
  return err({
    code: "invalid-request",
    field: `body.themes[${String(index)}]`,
    message: `"${draft.themes[index] ?? ""}" is not a theme of the question bank`,
  });
}

/** How a story of its type is read by the coach. */
function storyAnalysisInput(draft: StoryDraft): AnalyzeInput {
  return { text: draft.text, ...readingForStoryType(draft.storyType) };
}

function recordView(record: repository.StoryRecord): StoryRecord {
  return {
    ...record,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

function versionView(version: repository.StoryVersion): StoryVersion {
  return { ...version, createdAt: version.createdAt.toISOString() };
}

function detailView(detail: repository.StoryDetail): StoryDetail {
  return {
    story: recordView(detail.story),
    latest: versionView(detail.latest),
    versions: detail.versions.map((entry) => ({
      ...entry,
      createdAt: entry.createdAt.toISOString(),
    })),
  };
}
