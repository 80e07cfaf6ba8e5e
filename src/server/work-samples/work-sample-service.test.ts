import { describe, expect, it } from "vitest";
import { MAX_DRAFT_FILES } from "../../core/api/work-samples.ts";
import type { WorkSample } from "../../core/work-samples/parse-work-sample.ts";
import { createWorkSampleCatalog } from "../../node/content/work-sample-catalog.ts";
import { checkDraft } from "./work-sample-service.ts";
import { SHIPPED_CONTENT_DIR } from "../../node/content/content-dir.ts";

const samples = await createWorkSampleCatalog(SHIPPED_CONTENT_DIR).list();

function sampleOf(kind: "review" | "debug" | "refactor" | "extend"): WorkSample {
  const sample = samples.find((candidate) => candidate.meta.kind === kind);
  if (sample === undefined) throw new Error(`The shipped content has no ${kind} sample.`);
  return sample;
}

function fieldOf(result: ReturnType<typeof checkDraft>): string | undefined {
  return result.ok ? undefined : result.error.field;
}

describe("a work sample's draft", () => {
  const review = sampleOf("review");
  const debug = sampleOf("debug");
  const firstFile = debug.files[0]?.path ?? "";

  it("keeps findings for a review and files for the others", () => {
    expect(checkDraft(review, { findings: [] }).ok).toBe(true);
    expect(checkDraft(debug, { files: { [firstFile]: "code" } }).ok).toBe(true);
    expect(fieldOf(checkDraft(review, { files: {} }))).toBe("body.files");
    expect(fieldOf(checkDraft(debug, { findings: [] }))).toBe("body.findings");
  });

  it("takes new modules only in the sample's language", () => {
    const own = `added.${debug.meta.language}`;
    expect(checkDraft(debug, { files: { [firstFile]: "", [own]: "" } }).ok).toBe(true);
    expect(fieldOf(checkDraft(debug, { files: { "notes.txt": "" } }))).toBe("body.files.notes.txt");
  });

  it("holds at most MAX_DRAFT_FILES files", () => {
    const files = Object.fromEntries(
      Array.from({ length: MAX_DRAFT_FILES + 1 }, (_, index) => [
        `extra-${String(index)}.${debug.meta.language}`,
        "",
      ]),
    );
    expect(fieldOf(checkDraft(debug, { files }))).toBe("body.files");
  });
});
