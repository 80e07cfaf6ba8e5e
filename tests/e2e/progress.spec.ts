import { expect, test, type APIRequestContext } from "@playwright/test";
import type { Progress } from "../../src/core/api/progress.ts";
import { describeChange } from "../../src/web/api/progress.ts";

const QUESTION = "behavioral-team-disagreement";
const WEAK = "We talked about it as a team and it went fine in the end. We all learned a lot.";
const STRONG =
  "In May 2024 I disagreed with my tech lead about shipping the search rewrite without a canary. " +
  "I wrote a one-page risk note with the two outages we had last year and asked for a 5% canary. " +
  "She said no; I felt frustrated but committed. The launch paged us twice. I learned to bring " +
  "the data a week earlier, and next time I would propose the canary in the design review.";

async function progressOf(request: APIRequestContext): Promise<Progress> {
  const response = await request.get("/api/progress");
  expect(response.status()).toBe(200);
  return (await response.json()) as Progress;
}

test("says what to do first while nothing is kept", async ({ page }) => {
  // Other specs share this server's database; the empty state shows only before any of them.
  test.skip((await progressOf(page.request)).attempts > 0, "this server already has a history");
  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Nothing to show yet" })).toBeVisible();
  await page.getByRole("link", { name: "Practise a question" }).click();
  await expect(page).toHaveURL(/\/practice$/);
});

test("plots every kept analysis per dimension, with n, the change and the history", async ({
  page,
}) => {
  // The first analysis may start the coach's worker and load its language data: on a loaded
  // two-core machine that has taken most of the default 30 seconds (as in practice.spec.ts).
  test.setTimeout(90_000);
  const before = (await progressOf(page.request)).attempts;

  // One answer through the practice page, as a candidate gives it.
  await page.goto(`/practice?question=${QUESTION}`);
  await page.getByLabel("Your answer", { exact: true }).fill(WEAK);
  await page.getByRole("button", { name: "Analyse" }).click();
  // The server's first analysis loads the coach's language data, which can take a while.
  await expect(page.getByText("Kept in your history.")).toBeVisible({ timeout: 60_000 });
  // Six more through the API, weak ones first, so the later half is the stronger.
  for (const text of [WEAK, WEAK, STRONG, STRONG, STRONG, STRONG]) {
    const response = await page.request.post("/api/analyze", {
      data: { text, kind: "behavioral" },
    });
    expect(response.status()).toBe(200);
  }
  const n = before + 7;

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Progress", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();
  await expect(page.getByText(`n = ${String(n)} analyses`)).toBeVisible();

  const progress = await progressOf(page.request);
  expect(progress.attempts).toBe(n);
  const ownership = page.getByRole("region", { name: `Ownership · n = ${String(n)}` });
  await expect(ownership).toBeVisible();
  // One dot per analysis in the plot, and one row per analysis in its table.
  const plot = ownership.getByRole("img", { name: /Ownership scores over time/ });
  await expect(plot.locator('g[aria-label="dot"] circle')).toHaveCount(n);
  await ownership.getByText("Ownership scores as a table").click();
  const rows = ownership.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(n + 1);
  const scores = progress.dimensions.ownership.points.map((point) => `${String(point.score)}/5`);
  await expect(rows.nth(n).getByRole("cell").last()).toHaveText(scores.at(-1) ?? "");
  await expect(ownership).toContainText(describeChange(progress.dimensions.ownership.change, n));
  if (before === 0) {
    // Three weak answers then four strong ones: ownership clearly rose.
    await expect(ownership).toContainText(/up \d\.\d \[\d\.\d–\d\.\d\]/);
  }

  for (const dimension of ["Honesty", "Reflection", "Specificity", "Structure"]) {
    await expect(
      page.getByRole("heading", { name: `${dimension} · n = ${String(n)}` }),
    ).toBeVisible();
  }
  const flags = page.getByRole("region", { name: "Flags raised most often" });
  await expect(flags.getByRole("listitem").first()).toContainText(`of ${String(n)} analyses`);
  await flags.getByText("Flags by week").click();
  // This run's analyses all fall in the newest week, the table's first week column.
  const newestWeek = flags.getByRole("columnheader").nth(1);
  const weekCount = Number(/n = (\d+)/.exec((await newestWeek.textContent()) ?? "")?.[1]);
  expect(weekCount).toBeGreaterThanOrEqual(7);

  // The practice answer was to a bank question: its category is counted, with n.
  const categories = page.getByRole("region", { name: "By question category" });
  await expect(categories.getByRole("rowheader", { name: "Behavioral" })).toBeVisible();
  await expect(categories).toContainText(/\/5 \(n = \d+\)/);

  // Printed (or saved as a PDF) for a coach: the report alone, without the site's controls.
  await expect(page.getByRole("button", { name: "Print this report" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print this report" })).toBeHidden();
  await expect(page.getByText(/^Printed .* from Candor\.$/)).toBeVisible();
  await expect(page.getByText(`n = ${String(n)} analyses`)).toBeVisible();
  await page.pdf({ path: test.info().outputPath("progress-report.pdf") });
  await page.screenshot({ path: test.info().outputPath("progress-print.png"), fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // The history lists the newest items, and each opens its result.
  const recent = page.getByRole("region", { name: "Recent history" });
  const items = recent.getByRole("listitem");
  await expect(items.first()).toContainText("Practice");
  await recent
    .getByRole("link", { name: /disagreement/ })
    .last()
    .click();
  await expect(page).toHaveURL(/\/practice\/attempts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: /Overall/ })).toBeVisible();
});
