import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadPushbackItems, pushbackFiles } from "./labeled-data.ts";

const dirs: string[] = [];

/** A fresh folder standing in for content/analysis/, removed after the test. */
function analysisDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "candor-labeled-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), stringify(content));
  }
  return dir;
}

function reply(id: string, stance = "held") {
  return {
    id,
    view: `The view behind ${id}.`,
    challenge: "Why?",
    reply: "Because it cut pages from forty a week to six.",
    stance,
    hard: false,
  };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("loadPushbackItems", () => {
  it("reads every pushback-set*.yaml, the first set first and later sets in numeric order", () => {
    const dir = analysisDir({
      "pushback-set-10.yaml": [reply("pushback-010")],
      "pushback-set-2.yaml": [reply("pushback-002"), reply("pushback-003")],
      "pushback-set.yaml": [reply("pushback-001")],
      "labeled-set.yaml": [],
      "split.yaml": { test: [], train: [] },
      "pushback-notes.yaml": [reply("pushback-999")],
    });
    expect(pushbackFiles(dir)).toEqual([
      "pushback-set.yaml",
      "pushback-set-2.yaml",
      "pushback-set-10.yaml",
    ]);
    const items = loadPushbackItems(dir);
    expect(items.map((item) => [item.id, item.file])).toEqual([
      ["pushback-001", "pushback-set.yaml"],
      ["pushback-002", "pushback-set-2.yaml"],
      ["pushback-003", "pushback-set-2.yaml"],
      ["pushback-010", "pushback-set-10.yaml"],
    ]);
  });

  it("refuses an id that two files both label, naming both files", () => {
    const dir = analysisDir({
      "pushback-set.yaml": [reply("pushback-001"), reply("pushback-002")],
      "pushback-set-2.yaml": [reply("pushback-002", "caved")],
    });
    expect(() => loadPushbackItems(dir)).toThrow(
      'Pushback id "pushback-002" appears in both pushback-set.yaml and pushback-set-2.yaml',
    );
  });

  it("refuses an id given twice in one file", () => {
    const dir = analysisDir({
      "pushback-set-2.yaml": [reply("pushback-005"), reply("pushback-005", "updated")],
    });
    expect(() => loadPushbackItems(dir)).toThrow(
      'Pushback id "pushback-005" appears twice in pushback-set-2.yaml',
    );
  });

  it("refuses a reply whose stance is not one of the three verdicts", () => {
    const dir = analysisDir({ "pushback-set.yaml": [reply("pushback-001", "wavered")] });
    expect(() => loadPushbackItems(dir)).toThrow();
  });

  it("gives no replies when no pushback file exists yet", () => {
    expect(loadPushbackItems(analysisDir({ "labeled-set.yaml": [] }))).toEqual([]);
    expect(loadPushbackItems(path.join(tmpdir(), "candor-no-such-folder"))).toEqual([]);
  });

  it("reads the repository's own sets: every reply once, from the file that holds it", () => {
    const items = loadPushbackItems();
    const files = new Set(items.map((item) => item.file));
    expect(files.has("pushback-set.yaml")).toBe(true);
    expect(files.has("pushback-set-2.yaml")).toBe(true);
    expect(items.length).toBeGreaterThanOrEqual(240);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });
});
