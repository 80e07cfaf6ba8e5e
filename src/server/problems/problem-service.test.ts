import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../../tests/support/factories.ts";
import { DATABASE_TARGETS, type TestDatabase } from "../../../tests/support/test-database.ts";
import { createProblemCatalog } from "../../node/content/problem-catalog.ts";
import { findDraft } from "../../node/db/code-drafts-repository.ts";
import {
  createProblemService,
  problemDraftSubject,
  type ProblemService,
} from "./problem-service.ts";
import { SHIPPED_CONTENT_DIR } from "../../node/content/content-dir.ts";

const catalog = createProblemCatalog(SHIPPED_CONTENT_DIR);

describe.each(DATABASE_TARGETS)("the problem service on $name", (target) => {
  let database: TestDatabase;
  let problems: ProblemService;

  beforeAll(async () => {
    database = await target.open();
    problems = createProblemService({ problems: catalog, db: database.db });
  });

  afterAll(async () => {
    await database.dispose();
  });

  it("lists every problem of the catalog", async () => {
    const list = await problems.list((await makeUser(database.db)).id);
    expect(list.total).toBe((await catalog.list()).length);
    expect(list.problems.map((problem) => problem.id)).toContain("lru-cache");
  });

  it("marks a problem attempted, then solved, for its submitter only, newest submission first", async () => {
    const user = await makeUser(database.db);
    const other = await makeUser(database.db);
    const markOf = async (userId: string) =>
      (await problems.list(userId)).problems.find((problem) => problem.id === "lru-cache")?.mark;
    expect(await markOf(user.id)).toBeUndefined();
    const failing = await problems.submit(user.id, "lru-cache", {
      language: "js",
      code: "// not yet",
      passed: 3,
      total: 9,
    });
    expect(failing.ok && failing.value.accepted).toBe(false);
    expect(await markOf(user.id)).toBe("attempted");
    await problems.submit(user.id, "lru-cache", {
      language: "py",
      code: "class LRUCache: ...",
      passed: 9,
      total: 9,
    });
    expect(await markOf(user.id)).toBe("solved");
    // A later failing submission does not take the mark back.
    await problems.submit(user.id, "lru-cache", {
      language: "js",
      code: "//",
      passed: 0,
      total: 9,
    });
    expect(await markOf(user.id)).toBe("solved");
    expect(await markOf(other.id)).toBeUndefined();
    const listed = await problems.submissions(user.id, "lru-cache");
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.submissions.map((s) => s.passed)).toEqual([0, 9, 3]);
    const theirs = await problems.submissions(other.id, "lru-cache");
    expect(theirs.ok && theirs.value.submissions).toEqual([]);
    const unknown = await problems.submit(user.id, "no-such-problem", {
      language: "js",
      code: "x",
      passed: 1,
      total: 1,
    });
    expect(unknown.ok).toBe(false);
  });

  it("sends a problem without its solutions, saying whether they can be fetched", async () => {
    const found = await problems.find("lru-cache");
    if (!found.ok) throw new Error(found.error.message);
    expect(found.value.meta.id).toBe("lru-cache");
    expect(found.value.solutionAvailable).toBe(true);
    expect(found.value).not.toHaveProperty("solutions");
  });

  it("answers an unknown problem as missing, naming its id, on every read and write", async () => {
    const user = await makeUser(database.db);
    const expected = {
      ok: false,
      error: {
        code: "not-found",
        message: 'No problem has the id "no-such-problem".',
        details: { id: "no-such-problem" },
      },
    };
    expect(await problems.find("no-such-problem")).toEqual(expected);
    expect(await problems.solution("no-such-problem", "py")).toEqual(expected);
    expect(await problems.draft(user.id, "no-such-problem", "py")).toEqual(expected);
    expect(await problems.saveDraft(user.id, "no-such-problem", "py", "x = 1")).toEqual(expected);
    expect(
      await findDraft(database.db, user.id, problemDraftSubject("no-such-problem"), "py"),
    ).toBeUndefined();
  });

  it("sends the reference solution in the language asked for", async () => {
    const problem = await catalog.find("lru-cache");
    const solution = await problems.solution("lru-cache", "ts");
    expect(solution).toEqual({
      ok: true,
      value: { id: "lru-cache", language: "ts", code: problem?.solutions.ts },
    });
  });

  it("keeps a draft per user, problem and language under the problem's subject", async () => {
    const owner = await makeUser(database.db);
    const other = await makeUser(database.db);
    expect(await problems.draft(owner.id, "lru-cache", "py")).toEqual({
      ok: true,
      value: { language: "py", code: null, updatedAt: null },
    });

    const saved = await problems.saveDraft(owner.id, "lru-cache", "py", "class LRUCache: pass");
    if (!saved.ok) throw new Error(saved.error.message);
    const read = await problems.draft(owner.id, "lru-cache", "py");
    expect(read).toEqual({
      ok: true,
      value: { language: "py", code: "class LRUCache: pass", updatedAt: saved.value.updatedAt },
    });
    const stored = await findDraft(database.db, owner.id, "problem:lru-cache", "py");
    expect(stored?.code).toBe("class LRUCache: pass");

    const otherLanguage = await problems.draft(owner.id, "lru-cache", "js");
    const otherUser = await problems.draft(other.id, "lru-cache", "py");
    expect(otherLanguage.ok && otherLanguage.value.code).toBeNull();
    expect(otherUser.ok && otherUser.value.code).toBeNull();
  });
});
