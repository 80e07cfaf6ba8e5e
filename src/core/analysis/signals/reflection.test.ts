import { describe, expect, it } from "vitest";
import { hasReflection, readReflection } from "./reflection.ts";
import { quotes, read } from "./test-helpers.ts";

function reflection(text: string) {
  const { parsed, clauses } = read(text);
  return readReflection(parsed, clauses);
}

describe("readReflection", () => {
  it("finds lessons and counterfactuals", () => {
    expect(quotes(reflection("Looking back, I would have escalated sooner.").strong)).toEqual([
      "Looking back",
      "I would have",
    ]);
    expect(hasReflection(reflection("If I did it again, I'd start with the data."))).toBe(true);
  });

  it("finds a change of practice told in the present at the end of a past story", () => {
    const found = reflection(
      "I shipped the migration without a dry run. It broke checkout for an hour. Now I run every migration on a copy first.",
    );
    expect(hasReflection(found)).toBe(true);
  });

  it("finds admissions of fault", () => {
    expect(
      quotes(reflection("That was my mistake, and I was wrong about the load.").admissions),
    ).toEqual(["my mistake", "I was wrong"]);
  });

  it("finds none in a story that only reports", () => {
    expect(
      hasReflection(
        reflection("I planned the cutover. I ran two rehearsals. It finished in 90 minutes."),
      ),
    ).toBe(false);
  });
});
