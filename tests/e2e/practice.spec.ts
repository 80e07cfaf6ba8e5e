import { expect, test } from "@playwright/test";

const WEAK =
  "We decided to move the payments team to a new queue. The team worked hard and it was a great " +
  "success. I'm deeply passionate about building safe and beneficial AI that aligns with the mission.";

test("practises an answer and sees scores, flags and the evidence marked in the text", async ({
  page,
}) => {
  // The first analysis starts the coach's worker and loads its language data: on a loaded
  // two-core machine that alone has taken most of the default 30 seconds.
  test.setTimeout(90_000);
  await page.goto("/questions?category=values");
  await page.locator(".question-prompt").first().click();
  await page.getByRole("link", { name: "Practise this question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Practise an answer" })).toBeVisible();

  await page.getByLabel("Your answer").fill(WEAK);
  await page.getByRole("button", { name: "Analyse" }).click();

  await expect(page.getByRole("heading", { name: /Overall/ })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Reads as (mixed|alignment-signaling)/)).toBeVisible();
  const weNotI = page.getByRole("button", { name: "we-not-i" });
  await expect(weNotI).toBeVisible();

  // Choosing a flag marks only its evidence, and that evidence is the answer's own words.
  await weNotI.click();
  await expect(weNotI).toHaveAttribute("aria-pressed", "true");
  const marks = page.getByLabel("Your answer with the evidence marked").locator("mark");
  await expect(marks.first()).toBeVisible();
  for (const text of await marks.allTextContents()) {
    expect(WEAK).toContain(text);
  }
  await expect(marks.first()).toContainText(/We decided|The team/);
});

test("keeps an answer typed while the question is still loading", async ({ page }) => {
  await page.goto("/questions?category=values");
  await page.locator(".question-prompt").first().click();
  const link = page.getByRole("link", { name: "Practise this question" });
  const href = await link.getAttribute("href");
  expect(href).toContain("question=");
  // A slow question bank: the answer box waits for it instead of taking typing it would drop.
  await page.route("**/api/questions*", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(href ?? "/practice");
  await expect(page.getByRole("status").filter({ hasText: "Loading the question" })).toBeVisible();
  await page.getByLabel("Your answer").fill(WEAK);
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(page.getByRole("heading", { name: /Overall/ })).toBeVisible({ timeout: 60_000 });
});

test("refuses an empty answer with a clear message", async ({ page }) => {
  await page.goto("/practice");
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(page.getByRole("alert")).toHaveText("The answer is empty.");
});

test("reads a reply to pushback as held, updated or caved, quoting the reply", async ({ page }) => {
  await page.goto("/practice");
  await page.getByLabel("Kind of question").selectOption("pushback");
  await page.getByLabel("The view you stated").fill("Every change should need two approvals.");
  await page
    .getByLabel("The interviewer's challenge")
    .fill("Doesn't a second approval just double the queue and become a rubber stamp?");
  const reply = "You're probably right, I hadn't thought about it.";
  await page.getByLabel("Your answer").fill(reply);
  await page.getByRole("button", { name: "Analyse" }).click();

  const stance = page.locator(".stance");
  await expect(stance.getByRole("heading", { name: "Stance: Caved" })).toBeVisible();
  await expect(stance.locator("q").first()).toHaveText(reply);
  await page.screenshot({ path: "test-results/practice-pushback.png", fullPage: true });
});
