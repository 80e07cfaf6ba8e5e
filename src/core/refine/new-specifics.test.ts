import { describe, expect, it } from "vitest";
import { newSpecifics } from "./new-specifics.ts";

describe("newSpecifics", () => {
  it("names the figures and people the suggestion adds", () => {
    expect(
      newSpecifics(
        "I pushed a config change and checkout went down. I rolled it back.",
        "I pushed a config change and checkout was down for 23 minutes. I told Priya and rolled it back within 4 minutes.",
      ),
    ).toEqual(["23", "Priya", "4"]);
  });

  it("says nothing when the suggestion only rewords what the draft says", () => {
    expect(
      newSpecifics(
        "In March 2024 Priya and I cut p99 latency from 900 ms to 300 ms.",
        "Priya and I cut p99 latency from 900 ms to 300 ms in March 2024.",
      ),
    ).toEqual([]);
  });
});
