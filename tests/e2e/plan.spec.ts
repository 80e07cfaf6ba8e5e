import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNavigationOnOneLine } from "./support/navigation.ts";

/** The browser's own date `n` days from now, as a date input takes it. */
async function localDay(page: Page, n: number): Promise<string> {
  return page.evaluate((days) => {
    const date = new Date();
    date.setDate(date.getDate() + days);
    const pad = (value: number) => String(value).padStart(2, "0");
    return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }, n);
}

function card(page: Page, company: string) {
  return page.getByRole("article", { name: `${company} application` });
}

test("turns an application's booked rounds into a daily plan, and keeps edits from two tabs apart", async ({
  page,
  context,
}) => {
  const company = `Plan Lab ${randomUUID().slice(0, 6)}`;
  await page.goto("/plan");
  await expect(page.getByRole("heading", { level: 1, name: "Prep plan" })).toBeVisible();
  await expectNavigationOnOneLine(page);
  await expect(page.getByRole("heading", { name: "What the plan weighs" })).toBeVisible();

  if (await page.getByRole("button", { name: "Add an application" }).isVisible()) {
    await page.getByRole("button", { name: "Add an application" }).click();
  }
  const form = page.getByRole("form", { name: "New application" });
  await form.getByLabel("Company").fill(company);
  await form.getByLabel("Role").fill("Research engineer");
  await form.getByLabel("Values and culture round").check();
  await form.getByLabel("Values and culture round date").fill(await localDay(page, 1));
  await form.getByLabel("Hiring-manager deep dive").check();
  await form.getByLabel("Next step").fill("Send the project write-up");
  await form.getByRole("button", { name: "Add application" }).click();

  await expect(card(page, company)).toContainText("Values and culture round");
  await expect(card(page, company)).toContainText("Send the project write-up");
  // The round is tomorrow, so today is its dress rehearsal, and tomorrow is the round itself.
  const today = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: /^Today/ }) });
  await expect(today).toContainText(`For ${company}’s values and culture round, tomorrow.`);
  await expect(
    today.getByRole("link", { name: /^Dress rehearsal: a whole mock values round/ }),
  ).toBeVisible();
  await expect(page.getByText(`${company}’s values and culture round is today`)).toBeVisible();

  // The rehearsal's link opens the interviews page with that round chosen.
  await today.getByRole("link", { name: /^Dress rehearsal: a whole mock values round/ }).click();
  await expect(page).toHaveURL(/\/interviews\?round=values$/);
  await expect(page.getByRole("radio", { name: /Values and culture/ })).toBeChecked();

  // Two tabs edit the same application: the second save is refused, not silently applied.
  await page.goto("/plan");
  const other = await context.newPage();
  await other.goto("/plan");
  await card(page, company).getByRole("button", { name: "Edit" }).click();
  await card(other, company).getByRole("button", { name: "Edit" }).click();
  await page
    .getByRole("form", { name: `Edit ${company}` })
    .getByLabel("Role")
    .fill("Interpretability");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(card(page, company)).toContainText("Interpretability");
  const stale = other.getByRole("form", { name: `Edit ${company}` });
  await stale.getByLabel("Role").fill("Evals");
  await stale.getByRole("button", { name: "Save" }).click();
  await expect(stale.getByRole("alert")).toContainText("saved elsewhere since you opened it");
  await stale.getByRole("button", { name: "Reload it" }).click();
  await expect(card(other, company)).toContainText("Interpretability");
  await other.close();

  // Deleting asks first, then the plan no longer works towards the round.
  page.once("dialog", (dialog) => void dialog.accept());
  await card(page, company).getByRole("button", { name: "Delete" }).click();
  await expect(card(page, company)).toHaveCount(0);
  await expect(page.getByText(`${company}’s values and culture round is today`)).toHaveCount(0);
});
