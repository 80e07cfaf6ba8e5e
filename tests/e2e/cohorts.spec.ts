// Local mode: there is one person and no cohort, and the cohort pages say what they need.
import { expect, test } from "@playwright/test";

test("says cohorts need accounts mode, and offers no sharing on this computer", async ({
  page,
}) => {
  await page.goto("/cohorts");
  await expect(page.getByRole("heading", { level: 1, name: "Cohorts" })).toBeVisible();
  await expect(page.getByText("Cohorts need accounts mode")).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" }),
  ).toHaveCount(0);
  await page.screenshot({ path: "test-results/cohorts-local.png", fullPage: true });

  await page.goto("/invite/some-token");
  await expect(page.getByText("Cohorts need accounts mode")).toBeVisible();
});
