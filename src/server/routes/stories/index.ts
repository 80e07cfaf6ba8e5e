import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AnalyzeInput } from "../../../core/analysis/index.ts";
import { readingForStoryType } from "../../../core/stories/answer-kind.ts";
import { computeCoverage } from "../../../core/stories/coverage.ts";
import { exportStoryBank, parseStoryBank } from "../../../core/stories/markdown.ts";
import type { StoryDraft } from "../../../core/stories/story-schema.ts";
import type { AnalysisRunner } from "../../analysis/analysis-pool.ts";
import type { ContentCatalog } from "../../content/content-catalog.ts";
import type { Db } from "../../db/database.ts";
import {
  createStories,
  createStory,
  deleteStory,
  findStory,
  findStoryVersion,
  listLatestDrafts,
  listStories,
  saveStoryVersion,
  type AnalysedDraft,
} from "../../db/stories-repository.ts";
import { AppError, invalidRequest, notFound } from "../../http/errors.ts";
import { describeCoverage } from "./coverage-view.ts";
import {
  importBodySchema,
  importResponseSchema,
  MAX_IMPORT_STORIES,
  storyBodySchema,
  storyIdParamsSchema,
  storyVersionParamsSchema,
} from "../../../core/api/stories.ts";

/**
 * The story bank: a user's stories, every save a scored version, coverage of the question bank,
 * and export to and import from Markdown. Every query is the requesting user's own; another
 * user's story answers 404 exactly as a missing one does.
 */
export const storyRoutes: FastifyPluginAsyncZod<{
  catalog: ContentCatalog;
  db: Db;
  analysis: AnalysisRunner;
}> = async (app, { catalog, db, analysis }) => {
  const vocabulary = new Set(catalog.packs.flatMap((pack) => pack.manifest.themes));

  /** Every save is scored: the analysis is stored with the version it describes. */
  async function analyse(draft: StoryDraft): Promise<AnalysedDraft> {
    const [saved] = await analyseAll([draft]);
    if (saved === undefined) throw new Error("The analysis of a story went missing.");
    return saved;
  }

  /** An import's stories are scored as one task, off the event loop when they are long. */
  async function analyseAll(drafts: readonly StoryDraft[]): Promise<AnalysedDraft[]> {
    const results = await analysis.analyzeMany(drafts.map(storyAnalysisInput));
    return drafts.map((draft, index) => {
      const result = results[index];
      if (result === undefined) throw new Error("The analysis of a story went missing.");
      if (!result.ok) throw new AppError(result.error.code, result.error.message);
      return { draft, analysis: result.value };
    });
  }

  app.get("/stories", async (request) => ({ stories: await listStories(db, request.user.id) }));

  app.post("/stories", { schema: { body: storyBodySchema } }, async (request, reply) => {
    const saved = await analyse(requireKnownThemes(request.body, vocabulary));
    const detail = await createStory(db, request.user.id, saved);
    return reply.status(201).send(detail);
  });

  app.get("/stories/coverage", async (request) => {
    const stories = await listStories(db, request.user.id);
    return describeCoverage(
      stories,
      catalog.questions,
      computeCoverage(stories, catalog.questions),
    );
  });

  app.get("/stories/export", async (request, reply) => {
    const markdown = exportStoryBank(await listLatestDrafts(db, request.user.id));
    return reply
      .type("text/markdown; charset=utf-8")
      .header("content-disposition", 'attachment; filename="candor-stories.md"')
      .send(markdown);
  });

  app.post(
    "/stories/import",
    { schema: { body: importBodySchema, response: { 201: importResponseSchema } } },
    async (request, reply) => {
      const parsed = parseStoryBank(request.body.markdown, { themes: vocabulary });
      if (!parsed.ok) {
        const { line, message } = parsed.error;
        throw new AppError("invalid-story-bank", `Line ${String(line)}: ${message}`, { line });
      }
      if (parsed.value.length > MAX_IMPORT_STORIES) {
        throw invalidRequest(
          "body.markdown",
          `holds ${String(parsed.value.length)} stories; import at most ${String(MAX_IMPORT_STORIES)} at once`,
        );
      }
      const ids = await createStories(db, request.user.id, await analyseAll(parsed.value));
      return reply.status(201).send({ imported: ids.length, ids });
    },
  );

  app.get("/stories/:id", { schema: { params: storyIdParamsSchema } }, async (request) => {
    const detail = await findStory(db, request.user.id, request.params.id);
    if (detail === undefined) throw notFound("story", request.params.id);
    return detail;
  });

  app.put(
    "/stories/:id",
    { schema: { params: storyIdParamsSchema, body: storyBodySchema } },
    async (request) => {
      const saved = await analyse(requireKnownThemes(request.body, vocabulary));
      const detail = await saveStoryVersion(db, request.user.id, request.params.id, saved);
      if (detail === undefined) throw notFound("story", request.params.id);
      return detail;
    },
  );

  app.delete(
    "/stories/:id",
    { schema: { params: storyIdParamsSchema } },
    async (request, reply) => {
      const deleted = await deleteStory(db, request.user.id, request.params.id);
      if (!deleted) throw notFound("story", request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    "/stories/:id/versions/:number",
    { schema: { params: storyVersionParamsSchema } },
    async (request) => {
      const { id, number } = request.params;
      const version = await findStoryVersion(db, request.user.id, id, number);
      if (version === undefined) throw notFound("story version", `${id}/${String(number)}`);
      return version;
    },
  );
};

/** Themes match stories to questions, so only the question bank's own themes are accepted. */
function requireKnownThemes(draft: StoryDraft, vocabulary: ReadonlySet<string>): StoryDraft {
  const index = draft.themes.findIndex((theme) => !vocabulary.has(theme));
  if (index !== -1) {
    throw invalidRequest(
      `body.themes[${String(index)}]`,
      `"${draft.themes[index] ?? ""}" is not a theme of the question bank`,
    );
  }
  return draft;
}

/** How a story of its type is read by the coach. */
function storyAnalysisInput(draft: StoryDraft): AnalyzeInput {
  return { text: draft.text, ...readingForStoryType(draft.storyType) };
}
