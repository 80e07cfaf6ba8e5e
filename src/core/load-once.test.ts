import { describe, expect, it } from "vitest";
import { loadOnce } from "./load-once.ts";

describe("loadOnce", () => {
  it("loads once for every caller, and again after a failed load", async () => {
    let calls = 0;
    let fail = true;
    const load = loadOnce(async () => {
      calls += 1;
      if (fail) throw new Error("not there");
      return calls;
    });
    await expect(load()).rejects.toThrow("not there");
    fail = false;
    const [first, second] = await Promise.all([load(), load()]);
    expect([first, second]).toEqual([2, 2]);
    expect(await load()).toBe(2);
    expect(calls).toBe(2);
  });
});
