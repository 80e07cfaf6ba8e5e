// Writes that race: requests fired at once, at one app server and at two over one database, and
// what was stored counted against what was acknowledged. Nothing acknowledged may be lost, and
// nothing may be recorded twice.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionView, UnlockedLevelView } from "../../src/core/assessments/index.ts";
import type { Pack } from "../../src/core/content/parse-pack.ts";
import { loadPacks } from "../../src/node/content/load-packs.ts";
import type { Database } from "../../src/node/db/database.ts";
import { findInterview, saveInterview } from "../../src/node/db/interviews-repository.ts";
import type { User } from "../../src/node/db/users-repository.ts";
import { makeUser } from "../support/factories.ts";
import { storyBody } from "../support/story-app.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../support/test-database.ts";
import { SHIPPED_CONTENT_DIR } from "../../src/node/content/content-dir.ts";
import { testApp } from "../support/test-app.ts";

const ANSWER_A =
  "In 2023 I pushed back on shipping a ranking change before the bias audit finished. I lost the " +
  "argument, and I felt sick in that meeting. Two weeks later the audit found a 7% gap and we " +
  "rolled back; since then I bring the data before the meeting, not after.";
const ANSWER_B =
  "Last spring I told my manager the migration date was unsafe. I was anxious for days. We moved " +
  "it by a week, the dry run caught a rounding bug, and I learned to ask for the smallest test.";

interface Transcript {
  turns: { kind: string; answer?: { text: string } }[];
}

let packs: Pack[];

beforeAll(async () => {
  const loaded = await loadPacks(SHIPPED_CONTENT_DIR);
  if (!loaded.ok) throw new Error("the shipped content does not validate");
  packs = loaded.value;
});

describe.each(DATABASE_TARGETS)("writes that race, on $name", ({ open }) => {
  let database: TestDatabase;
  let second: Database;
  let user: User;
  /** Two app servers over one database (on PGlite, two apps over its one instance). */
  let one: FastifyInstance;
  let two: FastifyInstance;

  beforeAll(async () => {
    database = await open();
    second = await database.openAnother();
    user = await makeUser(database.db);
    const appOver = (db: Database) =>
      testApp(db, {
        user: user,
        packs,
      });
    one = await appOver(database);
    two = await appOver(second);
  });

  afterAll(async () => {
    await Promise.all([one.close(), two.close()]);
    await database.dispose();
  });

  it("refuses an answer to a turn not asked yet, naming the open one", async () => {
    const started = await one.inject({
      method: "POST",
      url: "/api/interviews",
      payload: { round: "behavioral" },
    });
    const { id } = started.json<{ id: string }>();
    const early = await one.inject({
      method: "POST",
      url: `/api/interviews/${id}/answers`,
      payload: { text: ANSWER_A, turn: 5 },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json<{ error: { message: string } }>().error.message).toBe(
      "The interviewer has not asked turn 5 yet; the open turn is 0.",
    );
  });

  it("records exactly one of two answers sent at once to the same turn, and refuses the other", async () => {
    for (let trial = 0; trial < 10; trial += 1) {
      const started = await one.inject({
        method: "POST",
        url: "/api/interviews",
        payload: { round: "behavioral" },
      });
      expect(started.statusCode).toBe(201);
      const { id } = started.json<{ id: string }>();
      const url = `/api/interviews/${id}/answers`;
      // Both name the open turn, as two tabs would; which server gets which answer alternates.
      const [a, b] = await Promise.all([
        (trial % 2 === 0 ? one : two).inject({
          method: "POST",
          url,
          payload: { text: ANSWER_A, turn: 0 },
        }),
        (trial % 2 === 0 ? two : one).inject({
          method: "POST",
          url,
          payload: { text: ANSWER_B, turn: 0 },
        }),
      ]);
      const statuses = [a.statusCode, b.statusCode].sort();
      expect(statuses, `trial ${String(trial)}`).toEqual([200, 409]);
      const refused = a.statusCode === 409 ? a : b;
      expect(refused.json<{ error: { code: string } }>().error.code).toBe("turn-changed");
      const acknowledged = a.statusCode === 200 ? ANSWER_A : ANSWER_B;

      const transcript = (
        await two.inject({ method: "GET", url: `/api/interviews/${id}` })
      ).json<Transcript>();
      const answers = transcript.turns.flatMap((turn) => (turn.answer ? [turn.answer.text] : []));
      expect(answers).toEqual([acknowledged]);
      // The next turn was asked once, after the recorded answer.
      expect(transcript.turns).toHaveLength(2);
    }
  });

  it("writes an interview only over the revision it read", async () => {
    const started = await one.inject({
      method: "POST",
      url: "/api/interviews",
      payload: { round: "values" },
    });
    const { id } = started.json<{ id: string }>();
    const read = await findInterview(database.db, user.id, id);
    if (read === undefined) throw new Error("the interview was not stored");
    const values = { state: read.state, status: read.status, turnSources: read.turnSources };
    const writes = await Promise.all([
      saveInterview(database.db, user.id, id, read.revision, values),
      saveInterview(second.db, user.id, id, read.revision, values),
    ]);
    expect(writes.filter((revision) => revision !== undefined)).toEqual([read.revision + 1]);
    expect((await findInterview(second.db, user.id, id))?.revision).toBe(read.revision + 1);
  });

  it("counts every one of twenty assessment results sent at once, and keeps the full pass", async () => {
    const started = await one.inject({
      method: "POST",
      url: "/api/assessments/bank-system/sessions",
      payload: { language: "js" },
    });
    expect(started.statusCode).toBe(201);
    const session = started.json<SessionView>();
    const level = session.levels[0] as UnlockedLevelView;
    const total = level.tests.visible.length + level.tests.hidden.length;
    const url = `/api/assessment-sessions/${session.id}/results`;
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? one : two).inject({
          method: "POST",
          url,
          // One full pass among lower results.
          payload: { level: 1, passed: i === 13 ? total : i % 5, total },
        }),
      ),
    );
    expect(replies.map((reply) => reply.statusCode)).toEqual(Array<number>(20).fill(200));
    const stored = (
      await one.inject({ method: "GET", url: `/api/assessment-sessions/${session.id}` })
    ).json<SessionView>();
    const first = stored.levels[0] as UnlockedLevelView;
    expect(first.result).toMatchObject({ passed: total, total, attempts: 20 });
    expect(first.passed).toBe(true);
    expect(stored.currentLevel).toBe(2);
  });

  it("gives each of forty story saves sent at once its own version, and keeps them all", async () => {
    const created = await one.inject({ method: "POST", url: "/api/stories", payload: storyBody() });
    expect(created.statusCode).toBe(201);
    const { story } = created.json<{ story: { id: string } }>();
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 === 0 ? one : two).inject({
          method: "PUT",
          url: `/api/stories/${story.id}`,
          payload: storyBody({ title: `Save ${String(i)}` }),
        }),
      ),
    );
    expect(replies.map((reply) => reply.statusCode)).toEqual(Array<number>(40).fill(200));
    const reported = replies.map(
      (reply) => reply.json<{ latest: { number: number; title: string } }>().latest,
    );
    // Each save reports the version it made, with its own title.
    expect(new Set(reported.map((latest) => latest.number)).size).toBe(40);
    reported.forEach((latest, i) => {
      expect(latest.title).toBe(`Save ${String(i)}`);
    });
    const detail = (await two.inject({ method: "GET", url: `/api/stories/${story.id}` })).json<{
      versions: { number: number }[];
    }>();
    expect(detail.versions.map((version) => version.number)).toEqual(
      Array.from({ length: 41 }, (_, i) => i + 1),
    );
  });

  it("keeps one whole code draft of twenty saved at once", async () => {
    const codes = Array.from({ length: 20 }, (_, i) => `// attempt ${String(i)}\n`.repeat(50));
    const url = "/api/problems/balanced-brackets/draft/js";
    const replies = await Promise.all(
      codes.map((code, i) =>
        (i % 2 === 0 ? one : two).inject({ method: "PUT", url, payload: { code } }),
      ),
    );
    expect(replies.map((reply) => reply.statusCode)).toEqual(Array<number>(20).fill(200));
    const draft = (await one.inject({ method: "GET", url })).json<{ code: string }>();
    expect(codes).toContain(draft.code);
  });
});
