import {
  MAX_DRAFT_FILES,
  type GradedReview,
  type SavedWorkSampleDraft,
  type WorkSampleDraft,
  type WorkSampleDraftBody,
  type WorkSampleList,
  type WorkSampleView,
} from "../../core/api/work-samples.ts";
import { err, ok, type Result } from "../../core/result.ts";
import type { WorkSample } from "../../core/work-samples/parse-work-sample.ts";
import { gradeReview } from "../../core/work-samples/review-grader.ts";
import type { ReviewFinding } from "../../core/work-samples/schema.ts";
import type { WorkSampleCatalog } from "../../node/content/work-sample-catalog.ts";
import { findDraft, saveDraft } from "../../node/db/code-drafts-repository.ts";
import type { Db } from "../../node/db/database.ts";
import { missing, type ServiceError } from "../http/errors.ts";

/** A work-sample error a client can act on; `field` names the request field at fault. */
export type WorkSampleServiceError = ServiceError<"not-found" | "invalid-request">;

type ServiceResult<T> = Promise<Result<T, WorkSampleServiceError>>;

/** The drafts of a work sample are kept under this subject (code_drafts.subject). */
export function workSampleDraftSubject(sampleId: string): string {
  return `work-sample:${sampleId}`;
}

/** Work samples: the list, one sample as its page needs it, this user's draft, review grading. */
export function createWorkSampleService(deps: { samples: WorkSampleCatalog; db: Db }) {
  const { samples, db } = deps;

  async function load(id: string): ServiceResult<WorkSample> {
    const sample = await samples.find(id);
    return sample === undefined ? err(missing("work sample", id)) : ok(sample);
  }

  return {
    async list(): Promise<WorkSampleList> {
      const list = await samples.list();
      return {
        total: list.length,
        samples: list.map(({ meta, files }) => ({
          id: meta.id,
          title: meta.title,
          kind: meta.kind,
          language: meta.language,
          difficulty: meta.difficulty,
          summary: meta.summary,
          minutes: meta.minutes,
          files: files.length,
        })),
      };
    },

    /** The sample without its reference solution or the review's answer key. */
    async find(id: string): ServiceResult<WorkSampleView> {
      const loaded = await load(id);
      if (!loaded.ok) return loaded;
      const { meta, brief, files, tests, newCases, review } = loaded.value;
      return ok({
        meta,
        brief,
        files,
        tests,
        newCases,
        ...(review === undefined
          ? {}
          : { review: { diff: review.diff, issueCount: review.issues.length } }),
      });
    },

    async draft(userId: string, id: string): ServiceResult<WorkSampleDraft> {
      const loaded = await load(id);
      if (!loaded.ok) return loaded;
      const { meta } = loaded.value;
      const draft = await findDraft(db, userId, workSampleDraftSubject(meta.id), meta.language);
      const saved = draft === undefined ? {} : (JSON.parse(draft.code) as WorkSampleDraftBody);
      return ok({
        files: saved.files ?? null,
        findings: saved.findings ?? null,
        updatedAt: draft?.updatedAt.toISOString() ?? null,
      });
    },

    async saveDraft(
      userId: string,
      id: string,
      body: WorkSampleDraftBody,
    ): ServiceResult<SavedWorkSampleDraft> {
      const loaded = await load(id);
      if (!loaded.ok) return loaded;
      const sample = loaded.value;
      const checked = checkDraft(sample, body);
      if (!checked.ok) return checked;
      const updatedAt = await saveDraft(db, userId, {
        subject: workSampleDraftSubject(sample.meta.id),
        language: sample.meta.language,
        code: JSON.stringify(checked.value),
      });
      return ok({ updatedAt: updatedAt.toISOString() });
    },

    /** Grades a review's findings against the issues seeded in its diff. */
    async gradeReview(id: string, findings: ReviewFinding[]): ServiceResult<GradedReview> {
      const loaded = await load(id);
      if (!loaded.ok) return loaded;
      const { review, meta } = loaded.value;
      if (review === undefined) return err(missing("review sample", meta.id));
      return ok(gradeReview(review.issues, findings));
    },
  };
}

/** The work-sample service's interface. */
export type WorkSampleService = ReturnType<typeof createWorkSampleService>;

/**
 * A draft matches its sample: a review keeps findings, the others keep files. Files are the
 * codebase's, plus modules the candidate added in the sample's language (a refactor may split a
 * file), up to MAX_DRAFT_FILES in all.
 */
export function checkDraft(
  sample: WorkSample,
  body: WorkSampleDraftBody,
): Result<WorkSampleDraftBody, WorkSampleServiceError> {
  const refuse = (field: string, message: string) =>
    err({ code: "invalid-request" as const, field, message });
  const isReview = sample.meta.kind === "review";
  if (isReview && body.files !== undefined) {
    return refuse("body.files", "a review keeps findings, not files");
  }
  if (!isReview && body.findings !== undefined) {
    return refuse("body.findings", `a ${sample.meta.kind} sample keeps files, not findings`);
  }
  const paths = Object.keys(body.files ?? {});
  if (paths.length > MAX_DRAFT_FILES) {
    return refuse("body.files", `holds more than ${String(MAX_DRAFT_FILES)} files`);
  }
  const known = new Set(sample.files.map((file) => file.path));
  const extension = `.${sample.meta.language}`;
  const foreign = paths.find((path) => !known.has(path) && !path.endsWith(extension));
  if (foreign !== undefined) {
    return refuse(`body.files.${foreign}`, `a new file of this sample ends in ${extension}`);
  }
  return ok(body);
}
