import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../../tests/support/factories.ts";
import { testApp } from "../../../../tests/support/test-app.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../../tests/support/test-database.ts";
import type { ReadingList, ReadingNote } from "../../../core/api/reading-notes.ts";

interface ErrorReply {
  error: { code: string; message: string; details?: unknown };
}

const NOTE_URL = "/api/packs/example/readings/the-responsible-scaling-policy/note";
const GOOD_NOTE =
  "I think tying safeguards to capability is the right shape. My worry is who decides a " +
  "threshold was crossed: the company that profits from shipping, so close calls will tend to " +
  "go the way of the launch.";
const PERFORMED_NOTE =
  "I think the policy is excellent. My only criticism is that they care too much about safety.";

let database: TestDatabase;

async function freshUser(): Promise<FastifyInstance> {
  return testApp(database, { user: await makeUser(database.db) });
}

async function put(app: FastifyInstance, payload: object) {
  return app.inject({ method: "PUT", url: NOTE_URL, payload });
}

describe.each(DATABASE_TARGETS)("reading notes on $name", ({ open }) => {
  beforeAll(async () => {
    database = await open();
  });
  afterAll(async () => {
    await database.dispose();
  });

  it("lists the pack's readings with their questions, and no notes yet", async () => {
    const app = await freshUser();
    const response = await app.inject({ method: "GET", url: "/api/packs/example/readings" });
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json<ReadingList>();
    expect(list.sectionId).toBe("reading-list");
    expect(
      list.readings.map((reading) => [reading.id, reading.questions.length, reading.note]),
    ).toEqual([
      ["constitutional-ai", 2, null],
      ["the-responsible-scaling-policy", 1, null],
    ]);
    await app.close();
  });

  it("keeps a note with the coach's check: the view and the critique quoted", async () => {
    const app = await freshUser();
    const saved = await put(app, { text: GOOD_NOTE });
    expect(saved.statusCode, saved.body).toBe(200);
    const note = saved.json<ReadingNote>();
    expect(note.version).toBe(1);
    expect(note.check.complete).toBe(true);
    expect(note.check.view[0]?.quote).toContain("I think tying safeguards");
    expect(note.check.critique.map((item) => item.quote).join(" ")).toContain("My worry");

    const list = await app.inject({ method: "GET", url: "/api/packs/example/readings" });
    const reading = list.json<ReadingList>().readings[1];
    expect(reading?.note).toMatchObject({ text: GOOD_NOTE, version: 1 });

    const edited = await put(app, { text: PERFORMED_NOTE, version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<ReadingNote>().check).toMatchObject({
      complete: false,
      missing: [expect.stringContaining("praise in disguise")],
    });
    expect(edited.json<ReadingNote>().version).toBe(2);
    await app.close();
  });

  it("of two tabs saving at once, keeps one and tells the other to reload", async () => {
    const app = await freshUser();
    const firsts = await Promise.all([put(app, { text: GOOD_NOTE }), put(app, { text: "Mine." })]);
    expect(firsts.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const edits = await Promise.all([
      put(app, { text: GOOD_NOTE, version: 1 }),
      put(app, { text: PERFORMED_NOTE, version: 1 }),
    ]);
    expect(edits.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const refused = edits.find((response) => response.statusCode === 409);
    expect(refused?.json<ErrorReply>().error).toMatchObject({
      code: "edited-elsewhere",
      details: { version: 2 },
    });
    await app.close();
  });

  it.each([
    ["an empty note", { text: "  " }, 400, "body.text: The note is empty"],
    ["a note past the limit", { text: "word ".repeat(900) }, 400, "4,000 characters"],
    ["a version that is no number", { text: GOOD_NOTE, version: "1" }, 400, "body.version"],
    ["a NUL", { text: "I think\u0000 so." }, 400, "NUL"],
  ])("refuses %s with a clear message and keeps nothing", async (_, body, status, message) => {
    const app = await freshUser();
    const response = await put(app, body);
    expect(response.statusCode).toBe(status);
    expect(response.json<ErrorReply>().error.message).toContain(message);
    const list = await app.inject({ method: "GET", url: "/api/packs/example/readings" });
    expect(list.json<ReadingList>().readings.every((reading) => reading.note === null)).toBe(true);
    await app.close();
  });

  it("answers 404 for an unknown pack or reading, and for deleting a note never written", async () => {
    const app = await freshUser();
    const pack = await app.inject({ method: "GET", url: "/api/packs/nowhere/readings" });
    expect(pack.statusCode).toBe(404);
    const reading = await app.inject({
      method: "PUT",
      url: "/api/packs/example/readings/not-a-reading/note",
      payload: { text: GOOD_NOTE },
    });
    expect(reading.statusCode).toBe(404);
    expect(reading.json<ErrorReply>().error.message).toContain("not-a-reading");
    const none = await app.inject({ method: "DELETE", url: NOTE_URL });
    expect(none.statusCode).toBe(404);
    await put(app, { text: GOOD_NOTE });
    const deleted = await app.inject({ method: "DELETE", url: NOTE_URL });
    expect(deleted.statusCode).toBe(204);
    await app.close();
  });
});
