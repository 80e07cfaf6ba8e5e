import { describe, expect, it } from "vitest";
import { fixturePack } from "../../../../tests/support/pack-fixture.ts";
import { openDatabase } from "../../../node/db/database.ts";
import { testApp } from "../../../../tests/support/test-app.ts";

describe("GET /api/health", () => {
  it("answers 503 with the catalogue's code, and no driver message, once the database is gone", async () => {
    const database = await openDatabase({ kind: "memory" });
    const app = await testApp(database, {
      packs: [fixturePack()],
    });
    try {
      expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
      await database.close();
      const response = await app.inject({ method: "GET", url: "/api/health" });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        error: {
          code: "unavailable",
          message: "The PGlite database does not answer.",
          details: { database: "pglite" },
        },
      });
    } finally {
      await app.close();
    }
  });
});
