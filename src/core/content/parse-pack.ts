import { err, ok, type Result } from "../result.ts";
import { problemsFromZod, type ContentProblem } from "./content-problem.ts";
import { parseYamlText } from "./parse-yaml.ts";
import { findNearDuplicates, NEAR_DUPLICATE_THRESHOLD } from "./near-duplicates.ts";
import {
  guideFrontMatterSchema,
  packManifestSchema,
  type GuideFrontMatter,
  type PackManifest,
} from "./pack-schema.ts";
import { questionFileSchema, type Question } from "./schema.ts";
import { DESIGN_STEPS, STEP_TITLES, stepOfHeading } from "../design/steps.ts";

/** A file as read from disk: its path (for messages) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** The raw files of one company pack, before validation. */
export interface PackSources {
  manifest: SourceFile;
  guide: SourceFile[];
  questions: SourceFile[];
  /** `reference-designs/<question id>.md`: a strong answer to a system-design question. */
  references?: SourceFile[];
}

/** A guide section: its front matter and its Markdown body. */
export interface GuideSection extends GuideFrontMatter {
  body: string;
}

/** A validated company pack. */
export interface Pack {
  manifest: PackManifest;
  guide: GuideSection[];
  questions: Question[];
  /** A reference design's Markdown by the id of the system-design question it answers. */
  referenceDesigns: Record<string, string>;
}

/** Parses and validates a pack; every problem found is returned, each with its file and field. */
export function parsePack(sources: PackSources): Result<Pack, ContentProblem[]> {
  const problems: ContentProblem[] = [];

  const manifest = parseYamlFile(sources.manifest, problems, (data, file) => {
    const parsed = packManifestSchema.safeParse(data);
    if (!parsed.success) problems.push(...problemsFromZod(file, parsed.error.issues));
    return parsed.success ? parsed.data : undefined;
  });

  const guide: { section: GuideSection; file: string }[] = [];
  for (const file of sources.guide) {
    const section = parseGuideSection(file, problems);
    if (section !== undefined) guide.push({ section, file: file.path });
  }

  const questions: { question: Question; file: string; index: number }[] = [];
  for (const file of sources.questions) {
    const parsed = parseYamlFile(file, problems, (data, path) => {
      const result = questionFileSchema.safeParse(data);
      if (!result.success) problems.push(...problemsFromZod(path, result.error.issues));
      return result.success ? result.data : undefined;
    });
    parsed?.forEach((question, index) => questions.push({ question, file: file.path, index }));
  }

  if (manifest !== undefined) {
    problems.push(...checkQuestionReferences(manifest, questions));
  }
  problems.push(...checkDuplicateIds(questions), ...checkNearDuplicates(questions));
  problems.push(...checkDuplicateGuideIds(guide));
  const referenceDesigns = parseReferences(sources.references ?? [], questions, problems);

  if (problems.length > 0 || manifest === undefined) return err(problems);
  return ok({
    manifest,
    guide: guide.map((entry) => entry.section).sort((a, b) => a.order - b.order),
    questions: questions.map((entry) => entry.question),
    referenceDesigns,
  });
}

function parseYamlFile<T>(
  file: SourceFile,
  problems: ContentProblem[],
  validate: (data: unknown, path: string) => T | undefined,
): T | undefined {
  const before = problems.length;
  const data = parseYamlText(file.text, file.path, problems);
  return problems.length > before ? undefined : validate(data, file.path);
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function parseGuideSection(file: SourceFile, problems: ContentProblem[]): GuideSection | undefined {
  const match = FRONT_MATTER.exec(file.text);
  if (match === null) {
    problems.push({
      file: file.path,
      field: "(front matter)",
      message: "a guide section starts with YAML front matter between --- lines",
    });
    return undefined;
  }
  const [, head = "", body = ""] = match;
  const front = parseYamlFile({ path: file.path, text: head }, problems, (data, path) => {
    const parsed = guideFrontMatterSchema.safeParse(data);
    if (!parsed.success) problems.push(...problemsFromZod(path, parsed.error.issues));
    return parsed.success ? parsed.data : undefined;
  });
  if (front === undefined) return undefined;
  if (body.trim() === "") {
    problems.push({ file: file.path, field: "(body)", message: "the section has no text" });
    return undefined;
  }
  return { ...front, body: body.trim() };
}

/**
 * Reference designs, each named for its question: the question must be a system-design question
 * of the pack, and the design must be written under the template's headings, every step present.
 */
function parseReferences(
  files: readonly SourceFile[],
  questions: readonly LocatedQuestion[],
  problems: ContentProblem[],
): Record<string, string> {
  const designs: Record<string, string> = {};
  for (const file of files) {
    const id = (file.path.split(/[\\/]/).at(-1) ?? "").replace(/\.md$/, "");
    const question = questions.find((entry) => entry.question.id === id)?.question;
    if (question?.category !== "system-design") {
      problems.push({
        file: file.path,
        field: "(file name)",
        message: `"${id}" is not the id of a system-design question in this pack`,
      });
      continue;
    }
    const steps = new Set(file.text.split("\n").map(stepOfHeading));
    const absent = DESIGN_STEPS.filter((step) => !steps.has(step));
    if (absent.length > 0) {
      problems.push({
        file: file.path,
        field: "(headings)",
        message: `a reference design has a heading for every step; missing: ${absent.map((step) => STEP_TITLES[step]).join(", ")}`,
      });
      continue;
    }
    designs[id] = file.text.trim();
  }
  return designs;
}

interface LocatedQuestion {
  question: Question;
  file: string;
  index: number;
}

function checkQuestionReferences(
  manifest: PackManifest,
  questions: readonly LocatedQuestion[],
): ContentProblem[] {
  const themes = new Set(manifest.themes);
  const rounds = new Set(manifest.rounds.map((round) => round.id));
  const problems: ContentProblem[] = [];
  for (const { question, file, index } of questions) {
    question.themes.forEach((theme, position) => {
      if (!themes.has(theme)) {
        problems.push({
          file,
          field: `[${index}].themes[${position}]`,
          message: `"${theme}" is not in the pack's themes`,
        });
      }
    });
    question.rounds.forEach((round, position) => {
      if (!rounds.has(round)) {
        problems.push({
          file,
          field: `[${index}].rounds[${position}]`,
          message: `"${round}" is not one of the pack's rounds`,
        });
      }
    });
  }
  return problems;
}

function checkDuplicateIds(questions: readonly LocatedQuestion[]): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const { question, file, index } of questions) {
    const first = seen.get(question.id);
    if (first === undefined) {
      seen.set(question.id, `${file} [${index}]`);
    } else {
      problems.push({
        file,
        field: `[${index}].id`,
        message: `duplicate id "${question.id}", first used in ${first}`,
      });
    }
  }
  return problems;
}

function checkNearDuplicates(questions: readonly LocatedQuestion[]): ContentProblem[] {
  const items = questions.map((entry) => ({ ...entry, prompt: entry.question.prompt }));
  return findNearDuplicates(items).map(({ first, second, similarity }) => ({
    file: second.file,
    field: `[${second.index}].prompt`,
    message:
      `near-duplicate of "${first.question.id}" (${first.file}): similarity ` +
      `${similarity.toFixed(2)} >= ${NEAR_DUPLICATE_THRESHOLD}`,
  }));
}

function checkDuplicateGuideIds(
  guide: readonly { section: GuideSection; file: string }[],
): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const { section, file } of guide) {
    const first = seen.get(section.id);
    if (first === undefined) {
      seen.set(section.id, file);
    } else {
      problems.push({
        file,
        field: "id",
        message: `duplicate guide section id "${section.id}", first used in ${first}`,
      });
    }
  }
  return problems;
}
