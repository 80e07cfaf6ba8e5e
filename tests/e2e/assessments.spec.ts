import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

// The reference solution covers all four levels, so it passes level 1 as well.
const SOLUTION = readFileSync(
  new URL("../../content/assessments/bank-system/solution.js", import.meta.url),
  "utf8",
);

/** The countdown's reading in seconds ("1:29:58" → 5398). */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByRole("timer", { name: "Time left" }).textContent()) ?? "";
  return text
    .trim()
    .split(":")
    .reduce((total, part) => total * 60 + Number(part), 0);
}

test("passes level 1 of the bank system in JavaScript, opens level 2 and keeps the clock on reload", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Assessments" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Timed assessments" })).toBeVisible();

  await page.getByRole("radio", { name: /^Bank System/ }).check();
  await page.getByRole("radio", { name: "JavaScript" }).check();
  await page.getByRole("button", { name: "Start the clock" }).click();
  await expect(page).toHaveURL(/\/assessments\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bank System" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Level 1: accounts, deposits/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Level 2: transfers/ })).toHaveCount(0);
  await expect(page.getByRole("timer", { name: "Time left" })).toHaveText(/^1:(29|30):\d\d$/);

  // Paste the solution over the starter.
  const editor = page.getByRole("textbox", { name: "Solution code" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(SOLUTION);

  await page.getByRole("button", { name: "Run visible tests" }).click();
  await expect(page.getByRole("region", { name: "Level 1, visible tests" })).toContainText(
    "Accepted",
  );

  await page.getByRole("button", { name: "Submit level 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Level 1 passed" })).toHaveText(
    "Level 1 passed. Level 2 is open: its specification is now on the page.",
  );
  await expect(page.getByRole("heading", { name: /Level 2: transfers/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit level 2" })).toBeEnabled();

  // A reload asks the server for the time left: the countdown goes on from where it was.
  const before = await secondsLeft(page);
  await page.waitForTimeout(2_500);
  await page.reload();
  await expect(page.getByRole("heading", { name: /Level 2: transfers/ })).toBeVisible();
  const after = await secondsLeft(page);
  expect(after).toBeLessThan(before);
  expect(after).toBeGreaterThan(before - 30);

  // The code was kept as a draft of the session (the editor shows only the lines in view).
  await expect(editor).toContainText("function compareIds(a, b)");
});
