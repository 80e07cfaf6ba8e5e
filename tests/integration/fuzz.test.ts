// Thousands of generated requests over every route the app registers, in-process on an in-memory
// PGlite: no answer may be a 5xx, every error keeps the documented shape with a catalogued code,
// no body holds a stack or SQL, and no request reaches another user's data. Seeded: a failure
// prints the seed and the request, and FUZZ_SEED=<seed> replays the same run (FUZZ_REQUESTS
// changes its length).
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES } from "../../src/server/app.ts";
import { openDatabase, type Database } from "../../src/node/db/database.ts";
import { ensureLocalUser, type User } from "../../src/node/db/users-repository.ts";
import { responseProblems } from "../support/error-body.ts";
import { makeUser } from "../support/factories.ts";
import {
  Random,
  RequestFuzzer,
  type FuzzRequest,
  type IdPools,
} from "../support/request-fuzzer.ts";
import { storyBody } from "../support/story-app.ts";
import { testApp } from "../support/test-app.ts";

const SEED = Number(process.env["FUZZ_SEED"] ?? 20_260_611);
const REQUESTS = Number(process.env["FUZZ_REQUESTS"] ?? 4000);

let app: FastifyInstance;
let database: Database;
let owner: User;

// Three users: the one the fuzz acts as, a second it sometimes acts as, and an owner it never
// acts as, whose ids it uses and whose data must come through untouched.
beforeAll(async () => {
  database = await openDatabase({ kind: "memory" });
  const local = await ensureLocalUser(database.db);
  const second = await makeUser(database.db);
  owner = await makeUser(database.db);
  app = await testApp(database, {
    localUser: local,
    resolveUser: (request) => {
      const as = request.headers["x-fuzz-as"];
      return as === "second-user" ? second : as === "owner" ? owner : local;
    },
    version: "9.9.9-fuzz",
    interviewSeed: () => 7,
    // A fixed clock, so an assessment's remaining time reads the same before and after the run.
    now: () => new Date("2026-06-11T09:00:00Z"),
  });
});

afterAll(async () => {
  await app.close();
  await database.close();
});

async function call(
  method: string,
  url: string,
  payload?: unknown,
  as?: string,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: method as "GET",
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: as === undefined ? {} : { "x-fuzz-as": as },
  });
}

async function json<T>(method: string, url: string, payload?: unknown, as?: string): Promise<T> {
  const response = await call(method, url, payload, as);
  if (response.statusCode >= 300) {
    throw new Error(
      `setting up: ${method} ${url} answered ${String(response.statusCode)}: ${response.body}`,
    );
  }
  return response.json<T>();
}

/** What a user owns, made through the API, by pool name. */
async function seedUserData(as: string | undefined): Promise<Map<string, string[]>> {
  const story = await json<{ story: { id: string } }>("POST", "/api/stories", storyBody(), as);
  const interview = await json<{ id: string }>("POST", "/api/interviews", { round: "values" }, as);
  const assessments = await json<{ assessments: { id: string }[] }>("GET", "/api/assessments");
  const session = await json<{ id: string }>(
    "POST",
    `/api/assessments/${assessments.assessments[0]?.id ?? ""}/sessions`,
    { language: "js" },
    as,
  );
  const attempt = await json<{ attemptId: string }>(
    "POST",
    "/api/analyze",
    { text: String(storyBody()["text"]), kind: "values" },
    as,
  );
  return new Map([
    ["stories", [story.story.id]],
    ["practice-attempts", [attempt.attemptId]],
    ["interviews", [interview.id]],
    ["assessment-sessions", [session.id]],
  ]);
}

/** Valid bodies per route ("METHOD /url"), which the fuzzer mutates one thing at a time. */
function validSamples(problemId: string, sampleFile: string): Map<string, unknown> {
  const finding = { file: sampleFile, line: 3, text: "This mutates the shared config." };
  return new Map<string, unknown>([
    ["POST /api/analyze", { text: String(storyBody()["text"]), kind: "values", question: "Why?" }],
    ["POST /api/stories", storyBody()],
    ["PUT /api/stories/:id", storyBody({ title: "A second version" })],
    ["POST /api/stories/import", { markdown: "# Stories\n\n## A story\n\nText." }],
    ["POST /api/interviews", { round: "behavioral" }],
    ["POST /api/interviews/:id/answers", { text: String(storyBody()["text"]) }],
    ["PUT /api/problems/:id/draft/:lang", { code: `// ${problemId}\nexport function f() {}` }],
    ["PUT /api/work-samples/:id/draft", { files: { [sampleFile]: "export const x = 1;\n" } }],
    ["POST /api/work-samples/:id/review", { findings: [finding] }],
    ["POST /api/assessments/:id/sessions", { language: "ts" }],
    ["POST /api/assessment-sessions/:sessionId/results", { level: 1, passed: 2, total: 3 }],
    ["PUT /api/assessment-sessions/:sessionId/draft", { code: "export class Bank {}" }],
  ]);
}

describe("fuzzing every route", () => {
  it(`answers ${String(REQUESTS)} hostile requests without a 5xx, in the documented shape (seed ${String(SEED)})`, async () => {
    const routes = app.routeTable.routes();
    // Routes that take a body get three turns in each round: bodies are where most can go wrong.
    const schedule = routes.flatMap((route) =>
      ["POST", "PUT", "PATCH", "DELETE"].includes(route.method) ? [route, route, route] : [route],
    );
    const catalog = {
      packs: (await json<{ packs: { id: string }[] }>("GET", "/api/packs")).packs.map((p) => p.id),
      questions: (
        await json<{ questions: { id: string }[] }>("GET", "/api/questions")
      ).questions.map((q) => q.id),
      problems: (await json<{ problems: { id: string }[] }>("GET", "/api/problems")).problems.map(
        (p) => p.id,
      ),
      samples: (await json<{ samples: { id: string }[] }>("GET", "/api/work-samples")).samples.map(
        (s) => s.id,
      ),
      assessments: (
        await json<{ assessments: { id: string }[] }>("GET", "/api/assessments")
      ).assessments.map((a) => a.id),
    };
    const firstSample = await json<{ files: { path: string }[] }>(
      "GET",
      `/api/work-samples/${catalog.samples[0] ?? ""}`,
    );
    const own = await seedUserData(undefined);
    const ownersData = await seedUserData("owner");
    const ownerBefore = await snapshot("owner");

    const pools: IdPools = {
      valid: new Map([
        ...own,
        ["packs", catalog.packs],
        ["packId", catalog.packs],
        ["sectionId", ["process", "values", "faq", "nope"]],
        ["questions", catalog.questions],
        ["problems", catalog.problems],
        ["work-samples", catalog.samples],
        ["assessments", catalog.assessments],
        ["lang", ["js", "ts", "py", "rb"]],
        ["number", ["1", "2", "0", "-1", "1.5", "999999999999"]],
      ]),
      foreign: ownersData,
    };
    const fuzzer = new RequestFuzzer(
      new Random(SEED),
      pools,
      validSamples(catalog.problems[0] ?? "", firstSample.files[0]?.path ?? "index.js"),
      BODY_LIMIT_BYTES,
    );

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const started = Date.now();
    for (let index = 0; index < REQUESTS; index += 1) {
      const route = schedule[index % schedule.length];
      if (route === undefined) throw new Error("the app registered no routes");
      const request = fuzzer.request(route);
      const response = await app.inject(request.options);
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      rememberNewIds(pools, request, response);
      const problems = [
        ...responseProblems({ ...response, method: request.options.method }),
        ...ownershipProblems(request, response),
        ...streamProblems(response),
      ];
      if (problems.length > 0 && failures.length < 15) {
        failures.push(
          `#${String(index)} ${describeRequest(request)} → ${String(response.statusCode)}: ${problems.join("; ")}\n    ${response.body.slice(0, 300)}`,
        );
      }
    }
    const elapsed = Date.now() - started;
    console.info(
      `fuzz: ${String(REQUESTS)} requests over ${String(routes.length)} routes in ${String(elapsed)} ms; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
    );

    expect(failures, `seed ${String(SEED)}:\n${failures.join("\n")}`).toEqual([]);
    // The run reached past validation: successes and each kind of refusal are all present.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(REQUESTS / 20);
    for (const status of [400, 403, 404, 405, 413])
      expect(statuses.get(status) ?? 0).toBeGreaterThan(0);
    expect(await snapshot("owner")).toEqual(ownerBefore);
    // Keep the suite quick on two cores: a slow run is a finding too.
    expect(elapsed).toBeLessThan(60_000);
  }, 120_000);
});

/** What the owner sees of their own data, to compare before and after the run. */
async function snapshot(as: string): Promise<unknown> {
  const stories = await json<{ stories: { id: string }[] }>("GET", "/api/stories", undefined, as);
  const interviews = await json<unknown>("GET", "/api/interviews", undefined, as);
  const sessions = await json<unknown>("GET", "/api/assessment-sessions", undefined, as);
  const attempts = await json<unknown>("GET", "/api/practice-attempts?limit=100", undefined, as);
  // Progress reads every source at once: nothing the run does as another user may show in it.
  const progress = await json<unknown>("GET", "/api/progress", undefined, as);
  const details = await Promise.all(
    stories.stories.map((story) => json<unknown>("GET", `/api/stories/${story.id}`, undefined, as)),
  );
  return { stories: details, interviews, sessions, attempts, progress };
}

// Ids the run itself creates become valid targets for later requests.
function rememberNewIds(
  pools: IdPools,
  request: FuzzRequest,
  response: LightMyRequestResponse,
): void {
  if (response.statusCode !== 201 || request.options.headers?.["x-fuzz-as"] !== undefined) return;
  const collection = request.route.url.split("/")[2];
  let id: unknown;
  try {
    const body = response.json<{ id?: unknown; story?: { id?: unknown } }>();
    id = body.id ?? body.story?.id;
  } catch {
    return;
  }
  if (typeof id !== "string" || collection === undefined) return;
  const pool = collection === "assessments" ? "assessment-sessions" : collection;
  pools.valid.get(pool)?.push(id);
}

function ownershipProblems(request: FuzzRequest, response: LightMyRequestResponse): string[] {
  if (!request.usesForeignId || response.statusCode >= 400) return [];
  // A streamed answer has sent its 200 before it looks the interview up; it must then refuse in
  // its first event, as a missing interview.
  if (response.body.startsWith('event: error\ndata: {"error":{"code":"not-found"')) return [];
  return ["reached another user's data"];
}

// An answer streamed as server-sent events reports its failure as an `error` event.
function streamProblems(response: LightMyRequestResponse): string[] {
  if (!String(response.headers["content-type"] ?? "").startsWith("text/event-stream")) return [];
  const problems: string[] = [];
  for (const block of response.body.split("\n\n")) {
    if (!block.startsWith("event: error")) continue;
    const data = block.split("\ndata: ")[1] ?? "";
    const parsed = JSON.parse(data) as { error?: { code?: string; message?: string } };
    if (typeof parsed.error?.code !== "string" || typeof parsed.error.message !== "string") {
      problems.push(`a stream error event is off the documented shape: ${data}`);
    }
    if (parsed.error?.code === "internal-error")
      problems.push("the stream failed with internal-error");
  }
  return problems;
}

function describeRequest(request: FuzzRequest): string {
  const { method, url, headers, payload } = request.options;
  const shown = (text: string) =>
    JSON.stringify(
      text.length > 200 ? `${text.slice(0, 200)}… (${String(text.length)} chars)` : text,
    );
  const body =
    payload === undefined
      ? ""
      : ` body ${shown(typeof payload === "string" ? payload : JSON.stringify(payload))}`;
  return `${method} ${shown(url)} headers ${JSON.stringify(headers)}${body}`;
}
