import { describe, expect, it } from "vitest";
import { openDatabase } from "../../node/db/database.ts";
import { createHealthService } from "./health-service.ts";

describe("the health check", () => {
  it("reports ok while the database answers, and unavailable once it does not", async () => {
    const database = await openDatabase({ kind: "memory" });
    const health = createHealthService({ database, version: "1.2.3" });
    expect(await health.check()).toEqual({
      ok: true,
      value: { status: "ok", version: "1.2.3", database: "pglite" },
    });
    await database.close();
    expect(await health.check()).toEqual({
      ok: false,
      error: {
        code: "unavailable",
        message: "The PGlite database does not answer.",
        details: { database: "pglite" },
      },
    });
  });
});
