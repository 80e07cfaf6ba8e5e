import { expect, test } from "@playwright/test";

test("reads the guide through its contents, then searches, filters and opens a question", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guide" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The Anthropic loop" })).toBeVisible();

  // The overview draws the process: every stage in order, and the reported timelines.
  const stages = page.getByRole("list", { name: "Stages of the process, in order" });
  await expect(stages.getByRole("listitem")).toHaveCount(6);
  await expect(stages.getByRole("listitem").first()).toContainText("Recruiter screen");
  await expect(page.getByText("about 19 days on average")).toBeVisible();

  const contents = page.getByRole("navigation", { name: "Guide contents" });
  await contents.getByRole("link", { name: "The values and culture round" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "The values and culture round" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/guide\/values-round$/);

  await contents.getByRole("link", { name: /Levels, compensation/ }).click();
  const levels = page.getByRole("table", { name: /Levels and total compensation, as reported/ });
  await expect(levels.getByRole("row")).toHaveCount(5);
  await expect(levels).toContainText("L6");
  await expect(page.getByRole("table", { name: /Company context, as reported/ })).toBeVisible();

  await page
    .getByRole("link", { name: /Frequently asked questions/ })
    .first()
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Frequently asked questions" }),
  ).toBeVisible();

  // From the guide to the bank: search, filter, open.
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Questions" })
    .click();
  await page.getByLabel("Search", { exact: true }).fill("rate limiting");
  await page.getByLabel("Category", { exact: true }).selectOption({ label: "System design" });
  const first = page.locator(".question-prompt").first();
  // Filtering waits for the typing to settle and a fetch: on a loaded machine it can take a while.
  await expect(first).toContainText(/rate limit/i, { timeout: 15_000 });
  const prompt = (await first.textContent()) ?? "";
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(prompt);
  await expect(page.getByRole("heading", { name: "Areas a strong design covers" })).toBeVisible();
});
