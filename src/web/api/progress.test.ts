import { describe, expect, it } from "vitest";
import { describeChange, itemPath } from "./progress.ts";

describe("describeChange", () => {
  it("states a change whose interval excludes zero, with the interval", () => {
    expect(describeChange({ delta: 0.8, low: 0.2, high: 1.4 }, 12)).toBe("up 0.8 [0.2–1.4]");
    expect(describeChange({ delta: -0.75, low: -1.25, high: -0.25 }, 12)).toBe(
      "down 0.8 [0.3–1.3]",
    );
  });

  it("says there is no clear change when the interval holds zero or there is none", () => {
    expect(describeChange({ delta: 0.4, low: -0.1, high: 0.9 }, 9)).toBe(
      "no clear change yet (n = 9)",
    );
    expect(describeChange(null, 3)).toBe("no clear change yet (n = 3)");
  });
});

describe("itemPath", () => {
  it("opens each source where its page is", () => {
    expect(itemPath("practice", "a")).toBe("/practice/attempts/a");
    expect(itemPath("interview", "b")).toBe("/interviews/b");
    expect(itemPath("story", "c")).toBe("/stories/c");
  });
});
