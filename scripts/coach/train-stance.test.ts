import { describe, expect, it } from "vitest";
import { loadPushbackItems, loadSplit } from "./labeled-data.ts";
import { leaveOneFileOutStance } from "./train-stance.ts";

describe("leaveOneFileOutStance", () => {
  it("judges every training reply once, under its own file, against its own label", () => {
    const train = new Set(loadSplit().train);
    // A dozen training replies from each of two files keeps the fits quick.
    const byFile = new Map<string, number>();
    const items = loadPushbackItems().filter((item) => {
      if (!train.has(item.id)) return false;
      const seen = byFile.get(item.file) ?? 0;
      if (byFile.size >= 2 && seen === 0) return false;
      if (seen >= 12) return false;
      byFile.set(item.file, seen + 1);
      return true;
    });
    const files = leaveOneFileOutStance(items, [1]);
    expect(files.map((f) => f.file)).toEqual([...byFile.keys()]);
    for (const f of files) {
      const own = items.filter((item) => item.file === f.file);
      expect(f.items).toBe(own.length);
      for (const verdict of ["held", "updated", "caved"] as const) {
        expect(f.recall[verdict].items).toBe(own.filter((item) => item.stance === verdict).length);
        expect(f.recall[verdict].right).toBeLessThanOrEqual(f.recall[verdict].items);
      }
      const right = f.recall.held.right + f.recall.updated.right + f.recall.caved.right;
      expect(f.right).toBe(right);
      // Every reply read wrong is listed once, with a verdict other than its label.
      expect(f.misses).toHaveLength(f.items - f.right);
      for (const miss of f.misses) expect(miss.read).not.toBe(miss.label);
    }
  });

  it("learns from the other files: replies far above chance are read right", () => {
    const train = new Set(loadSplit().train);
    const items = loadPushbackItems().filter((item) => train.has(item.id));
    const sample = items.filter((_, i) => i % 3 === 0);
    const files = leaveOneFileOutStance(sample, [1]);
    const right = files.reduce((total, f) => total + f.right, 0);
    // Three verdicts: a model that learned nothing from the other files lands near a third.
    expect(right / sample.length).toBeGreaterThan(0.6);
  }, 60_000);
});
