import { describe, expect, it } from "vitest";
import { fixturePack } from "../../../tests/support/pack-fixture.ts";
import { createContentCatalog } from "../../node/content/content-catalog.ts";
import { createPackService } from "./pack-service.ts";

const pack = fixturePack();
const packs = createPackService(createContentCatalog([pack]));

describe("the pack service", () => {
  it("lists each pack with its rounds, categories and question count", () => {
    expect(packs.list()).toEqual({
      packs: [
        {
          id: "example",
          company: "Example Labs",
          tagline: "A small pack for tests.",
          rounds: pack.manifest.rounds,
          categories: pack.manifest.categories,
          questionCount: pack.questions.length,
        },
      ],
    });
  });

  it("sends a pack's manifest with its guide's contents but not the sections' bodies", () => {
    const found = packs.find("example");
    if (!found.ok) throw new Error(found.error.message);
    expect(found.value).toMatchObject({ ...pack.manifest, questionCount: pack.questions.length });
    expect(found.value.guide).toEqual([
      { id: "process", title: "The process", summary: "Stages.", order: 1 },
    ]);
  });

  it("sends one guide section with its body", () => {
    const section = packs.guideSection("example", "process");
    expect(section.ok && section.value).toMatchObject({ id: "process", title: "The process" });
    expect(section.ok && section.value.body).toContain("## Stages");
  });

  it("answers an unknown pack or section as missing, naming what was looked for", () => {
    const noPack = {
      ok: false,
      error: {
        code: "not-found",
        message: 'No company pack has the id "nope".',
        details: { id: "nope" },
      },
    };
    expect(packs.find("nope")).toEqual(noPack);
    expect(packs.guideSection("nope", "process")).toEqual(noPack);
    expect(packs.guideSection("example", "nope")).toEqual({
      ok: false,
      error: {
        code: "not-found",
        message: 'No guide section has the id "nope".',
        details: { id: "nope" },
      },
    });
  });
});
