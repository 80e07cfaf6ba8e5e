import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { analyzeAnswer, type Analysis } from "../../core/analysis/index.ts";
import { makeUser } from "../../../tests/support/factories.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../tests/support/test-database.ts";
import {
  createPracticeAttempt,
  deletePracticeAttempt,
  EXCERPT_CHARS,
  findPracticeAttempt,
  listPracticeAttempts,
  type NewPracticeAttempt,
} from "./practice-attempts-repository.ts";
import { deleteUserData, readUserRows } from "./user-data-repository.ts";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const ANSWER =
  "In March I was the on-call lead when our team planned to ship the new billing flow on a " +
  "Friday. I found that the migration had no rollback, so I asked to delay by a week. I felt " +
  "anxious, because my manager had promised the date. We shipped the next Thursday with zero " +
  "incidents, and I learned to write the rollback plan before the launch plan.";

function analysisOf(text: string): Analysis {
  const result = analyzeAnswer({ text, kind: "behavioral" });
  if (!result.ok) throw new Error(`test answer cannot be analysed: ${result.error.message}`);
  return result.value;
}

/** An attempt at a bank question; override what the test is about. */
function makeAttempt(overrides: Partial<NewPracticeAttempt> = {}): NewPracticeAttempt {
  const answer = overrides.answer ?? ANSWER;
  return {
    questionId: "behavioral-owned",
    question: "Tell me about a project you owned end to end.",
    kind: "behavioral",
    answer,
    analysis: analysisOf(answer),
    ...overrides,
  };
}

describe.each(DATABASE_TARGETS)("practice attempts repository on $name", ({ open }) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await open();
  });

  beforeEach(() => database.reset());

  afterAll(() => database.dispose());

  it("keeps an attempt with its analysis and gives it back whole", async () => {
    const alice = await makeUser(database.db);
    const attempt = makeAttempt();
    const kept = await createPracticeAttempt(database.db, alice.id, attempt);

    const found = await findPracticeAttempt(database.db, alice.id, kept.id);
    expect(found).toEqual({
      id: kept.id,
      questionId: "behavioral-owned",
      question: attempt.question,
      kind: "behavioral",
      answer: ANSWER,
      analysis: attempt.analysis,
      createdAt: kept.createdAt,
    });
  });

  it("lists newest first with the score and an excerpt, not the whole answer", async () => {
    const alice = await makeUser(database.db);
    const first = await createPracticeAttempt(database.db, alice.id, makeAttempt());
    const second = await createPracticeAttempt(
      database.db,
      alice.id,
      makeAttempt({ answer: "Short answer about the launch." }),
    );

    const list = await listPracticeAttempts(database.db, alice.id, { limit: 10 });
    expect(list.map((attempt) => attempt.id)).toEqual([second.id, first.id]);
    expect(list[1]).toMatchObject({
      questionId: "behavioral-owned",
      overall: makeAttempt().analysis.overall,
    });
    expect(list[0]?.excerpt).toBe("Short answer about the launch.");
    const excerpt = list[1]?.excerpt ?? "";
    expect(excerpt.endsWith("…")).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_CHARS + 1);
    expect(ANSWER.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(list[1]).not.toHaveProperty("answer");
    expect(list[1]).not.toHaveProperty("analysis");
  });

  it("filters by question and pages with before, never skipping or repeating", async () => {
    const alice = await makeUser(database.db);
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const kept = await createPracticeAttempt(
        database.db,
        alice.id,
        makeAttempt({ answer: `${ANSWER} Take ${String(index)}.` }),
      );
      ids.push(kept.id);
    }
    await createPracticeAttempt(
      database.db,
      alice.id,
      makeAttempt({ questionId: null, question: "My own question" }),
    );

    const onQuestion = { questionId: "behavioral-owned", limit: 2 };
    const pages: string[][] = [];
    let before: string | undefined;
    for (;;) {
      const page = await listPracticeAttempts(database.db, alice.id, {
        ...onQuestion,
        ...(before === undefined ? {} : { before }),
      });
      if (page.length === 0) break;
      pages.push(page.map((attempt) => attempt.id));
      before = page.at(-1)?.id;
    }
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual([...ids].reverse());
    expect(await listPracticeAttempts(database.db, alice.id, { limit: 10 })).toHaveLength(6);
    expect(
      await listPracticeAttempts(database.db, alice.id, { limit: 10, before: UNKNOWN_ID }),
    ).toEqual([]);
  });

  it("keeps each user's attempts to that user", async () => {
    const alice = await makeUser(database.db);
    const bob = await makeUser(database.db);
    const kept = await createPracticeAttempt(database.db, alice.id, makeAttempt());

    expect(await findPracticeAttempt(database.db, bob.id, kept.id)).toBeUndefined();
    expect(await listPracticeAttempts(database.db, bob.id, { limit: 10 })).toEqual([]);
    // Alice's id as Bob's cursor pages through nothing of hers.
    expect(await listPracticeAttempts(database.db, bob.id, { limit: 10, before: kept.id })).toEqual(
      [],
    );
    expect(await deletePracticeAttempt(database.db, bob.id, kept.id)).toBe(false);
    expect(await findPracticeAttempt(database.db, alice.id, kept.id)).toBeDefined();
  });

  it("deletes one attempt, and finds nothing for unknown or malformed ids", async () => {
    const alice = await makeUser(database.db);
    const kept = await createPracticeAttempt(database.db, alice.id, makeAttempt());
    const other = await createPracticeAttempt(database.db, alice.id, makeAttempt());

    expect(await deletePracticeAttempt(database.db, alice.id, kept.id)).toBe(true);
    expect(await deletePracticeAttempt(database.db, alice.id, kept.id)).toBe(false);
    expect(await findPracticeAttempt(database.db, alice.id, kept.id)).toBeUndefined();
    expect(await findPracticeAttempt(database.db, alice.id, other.id)).toBeDefined();
    expect(await findPracticeAttempt(database.db, alice.id, UNKNOWN_ID)).toBeUndefined();
    expect(await findPracticeAttempt(database.db, alice.id, "not-a-uuid")).toBeUndefined();
    expect(await deletePracticeAttempt(database.db, alice.id, "not-a-uuid")).toBe(false);
  });

  it("counts the attempts in the account's export and deletion", async () => {
    const alice = await makeUser(database.db);
    const kept = await createPracticeAttempt(database.db, alice.id, makeAttempt());

    const rows = await readUserRows(database.db, alice.id);
    expect(rows.practice_attempts.map((row) => row.id)).toEqual([kept.id]);
    expect(rows.practice_attempts[0]?.answer).toBe(ANSWER);
    const removed = await deleteUserData(database.db, alice.id, { keepUser: true });
    expect(removed.practice_attempts).toBe(1);
    expect(await findPracticeAttempt(database.db, alice.id, kept.id)).toBeUndefined();
  });

  it("counts an emoji as one character of the excerpt, as the database does", async () => {
    const alice = await makeUser(database.db);
    const answer = "🙂".repeat(EXCERPT_CHARS);
    await createPracticeAttempt(database.db, alice.id, makeAttempt({ answer }));
    const [listed] = await listPracticeAttempts(database.db, alice.id, { limit: 1 });
    expect(listed?.excerpt).toBe(answer);
  });
});
