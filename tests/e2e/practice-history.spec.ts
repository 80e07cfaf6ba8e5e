import { expect, test, type Page } from "@playwright/test";

const QUESTION = "behavioral-team-disagreement";
const FIRST =
  "We disagreed about the release plan. The team talked it through and it went fine in the end.";
const SECOND =
  "In May 2024 I disagreed with my tech lead about shipping the search rewrite without a canary. " +
  "I wrote a one-page risk note with the two outages we had last year and asked for a 5% canary. " +
  "She said no; I felt frustrated but committed. The launch paged us twice. I learned to bring " +
  "the data a week earlier, and next time I would propose the canary in the design review.";

test("keeps each answer in the history, which survives a reload and opens each result", async ({
  page,
}) => {
  await page.goto(`/practice?question=${QUESTION}`);
  const answer = page.getByLabel("Your answer", { exact: true });
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByText(/No attempts kept yet/)).toBeVisible();
  await expect(page.getByLabel("Keep this attempt in my history")).toBeChecked();

  await answer.fill(FIRST);
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(page.getByText("Kept in your history.")).toBeVisible();
  await expect(history.getByRole("listitem")).toHaveCount(1);

  await answer.fill(SECOND);
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(history.getByRole("listitem")).toHaveCount(2);

  // A reload keeps the answer in progress (in this tab) and the history (on the server).
  await page.reload();
  await expect(answer).toHaveValue(SECOND);
  const attempts = history.getByRole("listitem");
  await expect(attempts).toHaveCount(2);
  // Newest first: the second answer leads.
  await expect(attempts.first()).toContainText("In May 2024 I disagreed");
  await expect(attempts.nth(1)).toContainText("We disagreed about the release plan");
  await screenshotBothThemes(page, "practice-history");

  await attempts.nth(1).getByRole("link").click();
  await expect(page).toHaveURL(/\/practice\/attempts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/disagree/i);
  await expect(page.getByRole("heading", { name: /Overall/ })).toBeVisible();
  await expect(page.getByLabel("Your answer with the evidence marked")).toContainText(FIRST);
  await screenshotBothThemes(page, "practice-attempt");
});

test("keeps nothing of an answer when asked not to, and deletes a kept one", async ({ page }) => {
  await page.goto("/practice");
  await page.getByLabel("Your question").fill("What is a view of yours most people disagree with?");
  await page.getByLabel("Kind of question").selectOption("opinion");
  const history = page.getByRole("region", { name: "Recent attempts" });
  await expect(history).toBeVisible();
  const before = await history.getByRole("listitem").count();

  await page.getByLabel("Keep this attempt in my history").uncheck();
  await page
    .getByLabel("Your answer", { exact: true })
    .fill("I think most code review is theatre, and I say why.");
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(page.getByText("Not kept in your history.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Overall/ })).toBeVisible();
  await page.reload();
  await expect(history.getByRole("listitem")).toHaveCount(before);

  await page.getByLabel("Your question").fill("What is a view of yours most people disagree with?");
  await page.getByLabel("Kind of question").selectOption("opinion");
  await page
    .getByLabel("Your answer", { exact: true })
    .fill("I think most code review is theatre, and I say why.");
  await page.getByRole("button", { name: "Analyse" }).click();
  await page.getByRole("link", { name: "Open this attempt" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "What is a view of yours most people disagree with?",
  );
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete this attempt" }).click();
  await expect(page).toHaveURL(/\/practice$/);
  await expect(
    page.getByRole("region", { name: "Recent attempts" }).getByRole("listitem"),
  ).toHaveCount(before);
});

test("shows older attempts a page at a time", async ({ page }) => {
  const question = "behavioral-missed-deadline";
  for (let take = 1; take <= 11; take += 1) {
    const response = await page.request.post("/api/analyze", {
      data: {
        text: `Take ${String(take)}: I missed the deadline by a week.`,
        kind: "behavioral",
        questionId: question,
      },
    });
    expect(response.ok()).toBe(true);
  }
  await page.goto(`/practice?question=${question}`);
  const attempts = page.getByRole("region", { name: "History" }).getByRole("listitem");
  await expect(attempts).toHaveCount(10);
  await expect(attempts.first()).toContainText("Take 11:");
  await page.getByRole("button", { name: "Show older attempts" }).click();
  await expect(attempts).toHaveCount(11);
  await expect(attempts.last()).toContainText("Take 1:");
  await expect(page.getByRole("button", { name: "Show older attempts" })).toHaveCount(0);
});

/** Screenshots the page in the light theme and then the dark one, leaving it light again. */
async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  const html = page.locator("html");
  for (const theme of ["light", "dark"] as const) {
    if ((await html.getAttribute("data-theme")) !== theme) {
      await page.getByRole("button", { name: `Switch to the ${theme} theme` }).click();
      await expect(html).toHaveAttribute("data-theme", theme);
    }
    await page.screenshot({ path: `test-results/${name}-${theme}.png`, fullPage: true });
  }
  await page.getByRole("button", { name: "Switch to the light theme" }).click();
}
