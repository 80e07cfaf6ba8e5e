// The practice page with a language model configured: a second Candor server is started against
// a fake provider on loopback that answers with a judgement, one of whose quotes is invented.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startFakeLlmServer, type FakeLlmServer } from "../support/fake-llm-server.ts";
import { spawnCandor, waitForUrl, type SpawnedCandor } from "../support/spawn-candor.ts";

const HOLLOW =
  "I felt proud of my team. I learned that communication is key. We improved efficiency by 37% and cut costs by 42%. I took full ownership of the outcome. In hindsight I would do it differently.";

let fake: FakeLlmServer;
let candor: SpawnedCandor;
let url: string;

test.beforeAll(async () => {
  fake = await startFakeLlmServer();
  fake.setScenario({
    kind: "success",
    text: JSON.stringify({
      overall: 1,
      overallQuotes: ["I took full ownership of the outcome"],
      readsAs: "mixed",
      flags: [
        {
          code: "hollow",
          message: "The claims rest on no event.",
          quotes: ["I learned that communication is key"],
        },
        {
          code: "vague",
          message: "Nothing concrete.",
          quotes: ["we shipped the billing migration in March"],
        },
      ],
    }),
  });
  const dataDir = mkdtempSync(path.join(tmpdir(), "candor-e2e-llm-"));
  candor = spawnCandor(["--port", "0"], dataDir, {
    CANDOR_LLM_BASE_URL: fake.baseUrl,
    CANDOR_LLM_MODEL: "fake-model",
  });
  url = await waitForUrl(candor);
});

test.afterAll(async () => {
  candor.child.kill("SIGTERM");
  await candor.exited;
  await fake.close();
});

test("asks for a second opinion and sees only quotes that are in the answer", async ({ page }) => {
  await page.goto(`${url}/practice`);
  await page.getByLabel("Your answer").fill(HOLLOW);
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(page.getByRole("button", { name: "hollow" })).toBeVisible();

  await page.getByRole("button", { name: /second opinion/ }).click();
  const panel = page.getByRole("region", { name: "Second opinion" });
  await expect(panel).toContainText("gives 1/5");
  await expect(panel).toContainText("Both flag");
  await expect(panel).toContainText("I learned that communication is key");
  // The invented quote, and the flag that rested on it, are not shown.
  await expect(panel).not.toContainText("billing migration");
  await expect(panel).toContainText("1 quote the model gave was not in your answer");
  await page.screenshot({ path: "test-results/second-opinion.png", fullPage: true });
});

test("asks for a second opinion on an interview answer, judged as the interview judged it", async ({
  page,
  request,
}) => {
  const started = await request.post(`${url}/api/interviews`, {
    data: {
      round: "behavioral",
      question: { kind: "behavioral", prompt: "Tell me about a project you are proud of." },
    },
  });
  expect(started.status()).toBe(201);
  const { id } = (await started.json()) as { id: string };
  const answered = await request.post(`${url}/api/interviews/${id}/answers`, {
    data: { text: HOLLOW },
  });
  expect(answered.status()).toBe(200);

  await page.goto(`${url}/interviews/${id}`);
  await page.getByRole("button", { name: "Show analysis" }).click();
  await page.getByRole("button", { name: /second opinion/ }).click();
  const panel = page.getByRole("region", { name: "Second opinion" });
  await expect(panel).toContainText("gives 1/5");
  await expect(panel).not.toContainText("billing migration");
  // The provider was asked about the interview's question, not a bare answer.
  const asked = JSON.stringify(fake.requests.at(-1)?.body);
  expect(asked).toContain("Tell me about a project you are proud of.");
  await page.screenshot({ path: "test-results/second-opinion-interview.png", fullPage: true });
  await request.delete(`${url}/api/interviews/${id}`);
});

test("asks for a second opinion on a design, step by step, with only quotes from the design", async ({
  page,
}) => {
  const design =
    "## Estimation\n50 million requests a day is about 580 per second, so 3,000 per second at peak.\n\n## Failure modes\nIf Redis is unreachable the gateways fall back to local buckets and fail open for paid tiers.";
  fake.setScenario({
    kind: "success",
    text: JSON.stringify({
      overall: 2,
      overallQuotes: ["so 3,000 per second at peak"],
      steps: [
        {
          step: "estimation",
          verdict: "strong",
          comment: "The peak is worked out.",
          quotes: ["580 per second"],
        },
        {
          step: "api",
          verdict: "strong",
          comment: "Clear calls.",
          quotes: ["POST /v1/limits returns 429"],
        },
        { step: "data-model", verdict: "missing", comment: "No keys at all.", quotes: [] },
      ],
    }),
  });
  await page.goto(`${url}/questions/design-ai-api-rate-limiting`);
  const box = page.getByRole("textbox", { name: "Your design" });
  await box.fill(design);
  await page.getByRole("button", { name: "Review my design" }).click();
  await expect(page.getByText(/^Overall/)).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: /for a second opinion/ }).click();
  const panel = page.getByRole("region", { name: "Second opinion on the design" });
  await expect(panel).toContainText("gives 2/5");
  await expect(panel).toContainText("Estimation: strong");
  await expect(panel).toContainText("580 per second");
  await expect(panel).toContainText("Data model: missing");
  // The invented quote, and the verdict that rested on it, are not shown.
  await expect(panel).not.toContainText("POST /v1/limits");
  await expect(panel).toContainText("1 quote the model gave was not in your design");
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/design-second-opinion.png" });
});

test("drafts first, then takes a suggested refinement change by change", async ({ page }) => {
  const draft =
    "We had an outage in March when a config change went out. I fixed it and it went fine. I learned that communication is key.";
  const suggestion =
    "In March a config change I pushed took checkout down for 23 minutes. I rolled it back. [say what you would do differently]";
  fake.setScenario({ kind: "success", text: JSON.stringify({ suggestion }) });
  await page.goto(`${url}/practice`);
  await page.getByLabel("Your answer").fill(draft);
  await page.getByRole("button", { name: "Analyse" }).click();
  await page.getByRole("button", { name: /suggest a refinement/ }).click();

  const panel = page.getByRole("region", { name: "Suggested refinement" });
  await expect(panel.getByRole("table")).toContainText("Your draft");
  // The minutes are nowhere in the draft: the candidate is told before taking them.
  await expect(panel.getByRole("note")).toContainText("23");
  const composed = panel.locator(".refinement-composed");
  await expect(composed).toHaveText(draft);

  // Take only the first change: the rest of the draft stays the candidate's own.
  await panel
    .getByRole("group", { name: "Change 1" })
    .getByRole("button", { name: "Take" })
    .click();
  await expect(panel).toContainText("You have taken 1.");
  const partly = (await composed.textContent()) ?? "";
  expect(partly).not.toBe(draft);
  expect(partly).toContain("communication is key");

  await panel.getByRole("button", { name: "Take all" }).click();
  await expect(composed).toHaveText(suggestion);
  await panel.getByRole("button", { name: "Put this in the answer box" }).click();
  await expect(page.getByRole("textbox", { name: "Your answer" })).toHaveValue(suggestion);
  await page.screenshot({ path: "test-results/refinement.png", fullPage: true });
});
