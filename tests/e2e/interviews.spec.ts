import { expect, test } from "@playwright/test";

// Vague and told as "we": the interviewer follows up on it rather than moving on.
const VAGUE = "We escalated it and the team pushed back. It was handled.";
const SPECIFIC =
  "I wrote to the two lead engineers on 3 May because the eval missed jailbreaks. I felt uneasy.";
// Short, so the loop to the end stays quick; it states a view with a reason, for the pushback.
const SHORT =
  "I think we should, because the risk was real. I felt uneasy. It shipped a week late.";

const created: string[] = [];

test.afterEach(async ({ request }) => {
  // Each interview this test started is deleted, so runs never see each other's interviews.
  for (const id of created.splice(0)) await request.delete(`/api/interviews/${id}`);
});

test("runs a values interview with the keyboard, survives a reload and ends in a report", async ({
  page,
}) => {
  // About fifteen answers, each streamed from the server.
  test.setTimeout(120_000);
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Interviews" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Mock interviews" })).toBeVisible();

  await page.getByRole("radio", { name: /^Values and culture/ }).check();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]{36}$/);
  created.push(page.url().split("/").pop() ?? "");
  await expect(page.getByRole("heading", { level: 1, name: "Values and culture" })).toBeVisible();

  const turns = page.getByRole("list", { name: "Transcript" }).getByRole("listitem");
  const answerBox = page.getByLabel("Your answer", { exact: true });
  const latestTurn = page.getByRole("status", { name: "Latest interviewer turn" });
  await expect(turns).toHaveCount(1);
  await expect(turns.first()).toContainText("Question 1");
  await expect(answerBox).toBeFocused();
  await expect(page.getByRole("timer")).toHaveText(/^\d\d:\d\d$/);

  const submit = page.getByRole("button", { name: "Submit", exact: true });
  const reportLink = page.getByRole("link", { name: "Read your report" });
  /** Types an answer, sends it with Ctrl+Enter and waits for the interviewer's whole next turn. */
  async function answerWithKeyboard(text: string, turnsAfter: number) {
    await page.keyboard.type(text);
    await page.keyboard.press("Control+Enter");
    await expect(turns).toHaveCount(turnsAfter);
    // While the turn streams in the button reads "Sending…"; it is back once the turn is saved.
    await expect(submit.or(reportLink)).toBeVisible();
  }

  // An empty answer gets the server's message, and the question stays open.
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("alert")).toHaveText("The answer is empty.");
  await expect(turns).toHaveCount(1);

  // Two answers with the keyboard alone: type, then Ctrl+Enter.
  await answerWithKeyboard(VAGUE, 2);
  await expect(turns.nth(1)).toContainText("Follow-up");
  await expect(turns.first()).toContainText(VAGUE);
  // The streamed follow-up is read out once it is whole, and the keyboard is back in the box.
  const followUp = (await turns.nth(1).locator(".turn-text").first().textContent()) ?? "";
  expect(followUp.length).toBeGreaterThan(0);
  await expect(latestTurn).toContainText(followUp);
  await expect(answerBox).toBeFocused();
  await expect(answerBox).toHaveValue("");

  await answerWithKeyboard(SPECIFIC, 3);
  await expect(turns.nth(1)).toContainText(SPECIFIC);
  await expect(answerBox).toBeFocused();

  // Reload mid-interview: the whole transcript and the open turn come back, and so does a draft.
  const before = await turns.allTextContents();
  await page.keyboard.type("A draft");
  await page.reload();
  await expect(turns).toHaveCount(3);
  expect(await turns.allTextContents()).toEqual(before);
  await expect(answerBox).toHaveValue("A draft");
  await expect(answerBox).toBeFocused();

  // An earlier answer opens its analysis, and closes it again.
  const first = turns.first();
  await first.getByRole("button", { name: "Show analysis" }).click();
  await expect(first.getByRole("heading", { name: /^Overall [1-5]\/5$/ })).toBeVisible();
  await first.getByRole("button", { name: "Hide analysis" }).click();
  await expect(first.getByRole("heading", { name: /^Overall/ })).toHaveCount(0);

  // Answer until the interviewer closes.
  await answerBox.fill("");
  await answerBox.focus();
  for (let answered = 2; !(await reportLink.isVisible()); answered += 1) {
    expect(answered, "the interview should end within 30 answers").toBeLessThan(30);
    await expect(answerBox).toBeFocused();
    await answerWithKeyboard(SHORT, answered + 2);
  }
  await expect(turns.last()).toContainText("Closing");
  await expect(answerBox).toHaveCount(0);
  await expect(reportLink).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(
    page.getByRole("heading", { level: 1, name: /^Report: Values and culture/ }),
  ).toBeVisible();
  const section = (name: string) => page.getByRole("region", { name });
  await expect(section("Strongest and weakest answers")).toContainText("Strongest");
  await expect(section("Strongest and weakest answers")).toContainText("Weakest");
  await expect(section("Three things to fix first").getByRole("listitem")).toHaveCount(3);
  await expect(section("Three things to fix first").locator("blockquote")).toHaveCount(3);
  await expect(section("Question by question").getByRole("heading", { level: 3 })).not.toHaveCount(
    0,
  );
  await expect(section("Question by question")).toContainText(/Main answer [1-5]\/5/);
  // The first question's follow-up was answered, so it is also scored with it read in.
  await expect(section("Question by question")).toContainText(/with follow-ups [1-5]\/5/);
  await expect(section("Under pushback")).toContainText(/Held|Updated|Caved|did not push back/);
  await expect(
    section("Stories that would have helped")
      .getByRole("link", { name: /guided builder/ })
      .first(),
  ).toHaveAttribute("href", "/stories/new");
});

interface QuestionSummary {
  id: string;
  prompt: string;
  rounds: string[];
  answerKind?: string;
}

test("'Interview me on this' opens an interview on the question, and the page counts its main questions", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const bank = (await (await request.get("/api/questions?round=values")).json()) as {
    questions: QuestionSummary[];
  };
  const question = bank.questions.find(
    (item) => item.rounds[0] === "values" && item.answerKind !== undefined,
  );
  if (question === undefined) throw new Error("the bank has no values question");

  await page.goto(`/questions/${question.id}`);
  await expect(page.getByRole("heading", { level: 1, name: question.prompt })).toBeVisible();
  await page.getByRole("button", { name: "Interview me on this" }).click();
  await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]{36}$/);
  created.push(page.url().split("/").pop() ?? "");
  await expect(page.getByRole("heading", { level: 1, name: "Values and culture" })).toBeVisible();

  const turns = page.getByRole("list", { name: "Transcript" }).getByRole("listitem");
  // Under the title, and on each main question of the transcript.
  const progress = page.locator(".interview-progress");
  await expect(turns).toHaveCount(1);
  await expect(turns.first()).toContainText(question.prompt);
  await expect(progress).toHaveText("Question 1 of 4");
  await expect(turns.first().locator(".turn-label")).toHaveText("Question 1 of 4 · your turn");

  // Follow-ups stay on question 1; the count moves when the interviewer asks the next question.
  const submit = page.getByRole("button", { name: "Submit", exact: true });
  for (let answered = 1; answered <= 5; answered += 1) {
    await page.getByLabel("Your answer", { exact: true }).fill(SHORT);
    await submit.click();
    await expect(turns).toHaveCount(answered + 1);
    await expect(submit).toBeVisible();
    const label = (await turns.last().locator(".turn-label").textContent()) ?? "";
    if (label.startsWith("Question 2")) break;
    await expect(progress).toHaveText("Question 1 of 4");
  }
  await expect(progress).toHaveText("Question 2 of 4");
  await expect(turns.last().locator(".turn-label")).toHaveText("Question 2 of 4 · your turn");
  await expect(turns.last()).not.toContainText(question.prompt);
});

test("starts on the candidate's own question, and the answer timer keeps counting through a reload", async ({
  page,
}) => {
  const prompt = "Should a lab hold back a model that passes every evaluation it has?";
  await page.goto("/interviews");
  await page.getByRole("radio", { name: /^Values and culture/ }).check();
  await page.getByLabel("Your own question (optional)").fill(prompt);
  await page.getByLabel("Kind of question").selectOption({ label: "An opinion or view" });
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]{36}$/);
  created.push(page.url().split("/").pop() ?? "");

  const turns = page.getByRole("list", { name: "Transcript" }).getByRole("listitem");
  await expect(turns).toHaveCount(1);
  await expect(turns.first()).toContainText(`Let's begin. ${prompt}`);
  await expect(page.locator(".interview-progress")).toHaveText("Question 1 of 4");

  const timer = page.getByRole("timer");
  await expect(timer).toHaveText(/^00:0[3-9]$/, { timeout: 10_000 });
  await page.reload();
  await expect(turns.first()).toContainText(prompt);
  // Read once, as soon as it shows: a timer restarted by the reload would read 00:00 here.
  await expect(timer).toBeVisible();
  const [minutes, seconds] = ((await timer.textContent()) ?? "").split(":").map(Number);
  expect((minutes ?? 0) * 60 + (seconds ?? 0)).toBeGreaterThanOrEqual(3);
});

test("the report shows the view, challenge and reply of a pushback, the deep dive's edge and where answers ran out", async ({
  page,
  request,
}) => {
  /**
   * Starts an interview and answers with `script` (the last line repeats) until `answers` are
   * given; with `until`, answers `filler` until a turn of that kind opens, then goes on.
   */
  async function interview(
    start: object,
    script: readonly string[],
    answers: number,
    until?: { kind: string; filler: string },
  ) {
    const started = await request.post("/api/interviews", { data: start });
    expect(started.status()).toBe(201);
    const body = (await started.json()) as { id: string; turn: { kind: string } };
    created.push(body.id);
    let open = body.turn.kind;
    for (let i = 0, given = 0; given < answers; i += 1) {
      expect(i, "the interviewer never asked the expected turn").toBeLessThan(10);
      const waiting = until !== undefined && given === 1 && open !== until.kind;
      const text = waiting ? until.filler : (script[Math.min(given, script.length - 1)] ?? "");
      const answered = await request.post(`/api/interviews/${body.id}/answers`, {
        data: { text },
      });
      expect(answered.status()).toBe(200);
      open = ((await answered.json()) as { turn: { kind: string } }).turn.kind;
      if (!waiting) given += 1;
    }
    return body.id;
  }

  const view =
    "I think labs should publish their dangerous-capability evaluations before release, because outsiders cannot check claims they cannot see.";
  const values = await interview(
    {
      round: "values",
      question: { kind: "opinion", prompt: "Where do you think frontier labs get safety wrong?" },
    },
    [view, "You're probably right, I hadn't thought about it."],
    2,
    {
      kind: "pushback",
      filler:
        "In 2023 two labs found the same jailbreak four months apart because neither published its red-team results.",
    },
  );
  await page.goto(`/interviews/${values}/report`);
  const pushback = page.getByRole("region", { name: "Under pushback" });
  await expect(pushback.getByText("Caved", { exact: true })).toBeVisible();
  await expect(pushback).toContainText("Your view: “I think labs should publish");
  await expect(pushback).toContainText("The challenge:");
  await expect(pushback).toContainText(
    "Your reply: You're probably right, I hadn't thought about it.",
  );

  const project = await interview(
    { round: "hiring-manager", questionId: "behavioral-project-end-to-end" },
    [
      "The project I'm proudest of is the Kafka-based invoice pipeline at Acme, which replaced a nightly batch job. I designed the partitioning scheme myself and wrote the consumer in Go.",
      "I picked Kafka over RabbitMQ because we needed replay; I measured a 3x throughput gap on our 2 million invoices a day before I argued for it.",
      "Honestly the failures were handled by others and it was mostly fine, things worked out.",
    ],
    3,
  );
  await page.goto(`/interviews/${project}/report`);
  const deepDive = page.getByRole("region", { name: "Project deep dive" });
  await expect(deepDive.getByRole("heading", { level: 3 })).toHaveCount(1);
  await expect(deepDive).toContainText("then the answers turned vague");
  await expect(deepDive.locator("blockquote")).toContainText("handled by others");
  await page.screenshot({ path: "test-results/interview-report-deep-dive.png", fullPage: true });

  const decision = await interview(
    {
      round: "behavioral",
      question: {
        kind: "behavioral",
        prompt: "Tell me about a hard technical decision on your team.",
      },
    },
    [
      "The team decided together to move the queue to Kafka. We talked about it a lot and everyone agreed it went well.",
      "We decided as a team and we rolled it out together; everyone agreed.",
    ],
    2,
  );
  await page.goto(`/interviews/${decision}/report`);
  const ranOut = page.getByRole("region", { name: "Where the answers ran out" });
  await expect(ranOut).toContainText("Pressed for your own part");
  await expect(ranOut).toContainText("What was your part in that decision?");
  await expect(ranOut.locator("blockquote")).toContainText("We decided as a team");
  await page.screenshot({ path: "test-results/interview-report-edges.png", fullPage: true });
});

test("a system-design interview is reported by the design's steps, not by candor", async ({
  page,
  request,
}) => {
  const started = await request.post("/api/interviews", {
    data: { round: "system-design", questionId: "design-ai-api-rate-limiting" },
  });
  expect(started.status()).toBe(201);
  const { id } = (await started.json()) as { id: string };
  created.push(id);
  for (const text of [
    "About 50 million requests a day is 50M / 86,400 = 580 requests per second, so 3,000 per second at peak. Each gateway keeps a token bucket per key and syncs its counts to Redis every 100 ms. Redis can go down, and a gateway can crash.",
    "If Redis is unreachable, the gateways fall back to their local buckets and fail open for paid tiers, and shed free-tier traffic first.",
  ]) {
    const answered = await request.post(`/api/interviews/${id}/answers`, { data: { text } });
    expect(answered.status()).toBe(200);
  }
  await page.goto(`/interviews/${id}/report`);
  const questions = page.getByRole("region", { name: "Question by question" });
  await expect(questions.getByText(/^Design \d\/5 overall$/)).toBeVisible();
  await questions.getByText("The design, step by step, over all your answers to it").click();
  await expect(questions.getByRole("heading", { name: /Failure modes/ })).toBeVisible();
  await expect(questions.locator("blockquote").first()).toBeVisible();
  const fixes = page.getByRole("region", { name: "Three things to fix first" });
  await expect(fixes.getByText(/^Design: /).first()).toBeVisible();
  await page.screenshot({ path: "test-results/interview-report-design.png", fullPage: true });
});
