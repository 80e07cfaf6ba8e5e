import { expect, test, type Page } from "@playwright/test";

const touched: { sample: string; body: Record<string, unknown> }[] = [];

test.afterEach(async ({ request }) => {
  // Every draft a test wrote goes back to the untouched sample.
  for (const { sample, body } of touched.splice(0)) {
    await request.put(`/api/work-samples/${sample}/draft`, { data: body });
  }
});

async function addFinding(page: Page, file: string, line: number, text: string) {
  await page.getByRole("button", { name: `Add a finding on ${file} line ${String(line)}` }).click();
  await page.getByLabel(`Finding on ${file}, line ${String(line)}`).fill(text);
  await page.getByRole("button", { name: "Save finding" }).click();
  await expect(
    page.getByRole("article", { name: `Your finding on ${file} line ${String(line)}` }),
  ).toBeVisible();
}

test("reviews a diff: findings on lines, then a grade with found, missed and false positives", async ({
  page,
}) => {
  touched.push({ sample: "config-overrides-review", body: { findings: [] } });
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Work samples" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Work samples" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Code review" })).toBeVisible();
  await page
    .getByRole("link", { name: "Review environment overrides for a config loader" })
    .click();
  await expect(page.getByRole("region", { name: "Changes to src/env.ts" })).toBeVisible();

  await addFinding(
    page,
    "src/env.ts",
    26,
    'Boolean("false") is true, so APP_FEATURES_BETA=false turns beta on',
  );
  await addFinding(page, "src/load-config.ts", 31, "This logs the database password in plain text");
  await addFinding(page, "src/merge.ts", 5, "I would name this function differently");
  await expect(page.getByRole("status").filter({ hasText: "3 findings" })).toContainText(
    "Findings saved",
  );

  await page.getByRole("button", { name: "Grade my review" }).click();
  const graded = page.getByRole("region", { name: "Found 2 of 6 issues" });
  await expect(graded).toBeVisible();
  await expect(graded.getByRole("heading", { name: "Found (2)" })).toBeVisible();
  await expect(graded.getByRole("heading", { name: "Missed (4)" })).toBeVisible();
  await expect(graded.getByRole("heading", { name: "False positives (1)" })).toBeVisible();
  await expect(graded).toContainText('"false" is parsed as true');
  await expect(graded).toContainText("The file beats the environment overrides");
  // Each finding's card says what it found.
  await expect(
    page.getByRole("article", { name: "Your finding on src/env.ts line 26" }),
  ).toContainText('Found: "false" is parsed as true');
  await expect(
    page.getByRole("article", { name: "Your finding on src/merge.ts line 5" }),
  ).toContainText("False positive");

  // The findings are kept: they come back on a reload.
  await page.reload();
  await expect(
    page.getByRole("article", { name: "Your finding on src/load-config.ts line 31" }),
  ).toContainText("database password");
});

test("runs a debug sample: the untouched codebase fails tests, and a fix in one file helps", async ({
  page,
}) => {
  touched.push({ sample: "invoice-totals", body: { files: {} } });
  await page.goto("/work-samples");
  await page.getByRole("link", { name: "Invoice totals that are off" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Invoice totals that are off" }),
  ).toBeVisible();
  await expect(page.getByRole("tab", { name: "src/invoice.js" })).toHaveAttribute(
    "aria-selected",
    "true",
  );

  await page.getByRole("button", { name: "Run", exact: true }).click();
  const run = page.getByRole("region", { name: "visible tests" });
  await expect(run).toContainText("Wrong answer");
  await expect(run).toContainText("1 / 4 passed");
  await expect(
    run.getByRole("listitem").filter({ hasText: "three books at 19.99 come to 59.97" }),
  ).toContainText("failed");

  // Fix the rounding in money.js, through its tab, and run again: one report is fixed.
  await page.getByRole("tab", { name: "src/money.js" }).click();
  const editor = page.getByRole("textbox", { name: "Code of src/money.js" });
  await expect(editor).toContainText("Math.floor(value * 100)");
  await editor.getByText("Math.floor(value * 100)").click();
  await page.keyboard.press("End");
  await page.keyboard.press("Shift+Home");
  await page.keyboard.insertText("return Math.round(value * 100);");
  await expect(editor).toContainText("Math.round(value * 100)");
  await expect(page.getByRole("tab", { name: "src/money.js (changed)" })).toBeVisible();
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(run).toContainText("2 / 4 passed");
  await expect(
    run.getByRole("listitem").filter({ hasText: "three books at 19.99 come to 59.97" }),
  ).toContainText("passed");
});

test("keeps a finding saved just before a reload, and retries a save the server refused", async ({
  page,
}) => {
  touched.push({ sample: "config-overrides-review", body: { findings: [] } });
  // The first save fails as if the server were briefly away; the next try must carry it.
  let refused = 0;
  await page.route("**/api/work-samples/config-overrides-review/draft", async (route) => {
    if (route.request().method() === "PUT" && refused === 0) {
      refused += 1;
      await route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "unavailable", message: "Try again shortly." } }),
      });
      return;
    }
    await route.continue();
  });
  await page.goto("/work-samples/config-overrides-review");
  await addFinding(page, "src/env.ts", 26, "The first finding, saved after one refusal");
  const status = page.getByRole("status").filter({ hasText: "finding" });
  await expect(status).toContainText("not saved yet; trying again (Try again shortly.)");
  await expect(status).toContainText("Findings saved", { timeout: 10_000 });
  expect(refused).toBe(1);

  // A finding added and the page reloaded at once, before the save delay: it is not lost.
  await addFinding(page, "src/merge.ts", 5, "The second finding, left with a reload");
  await page.reload();
  await expect(
    page.getByRole("article", { name: "Your finding on src/merge.ts line 5" }),
  ).toContainText("left with a reload");
});
