import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { compilePgliteEngine } from "./pglite-engine.ts";

describe("compilePgliteEngine", () => {
  it("compiles PGlite's engine once, and PGlite runs on the compiled module", async () => {
    const engine = await compilePgliteEngine();
    expect(engine).toBeInstanceOf(WebAssembly.Module);
    expect(await compilePgliteEngine()).toBe(engine);
    if (engine === undefined) return;
    const db = new PGlite({ pgliteWasmModule: engine });
    try {
      const result = await db.query<{ answer: number }>("select 6 * 7 as answer");
      expect(result.rows).toEqual([{ answer: 42 }]);
    } finally {
      await db.close();
    }
  }, 60_000);
});
