import { expect, test } from "@playwright/test";

const QUESTION = "design-ai-api-rate-limiting";

test.use({ viewport: { width: 1280, height: 1000 } });

test("a timed design: the server's clock, the draft kept across a reload, handed in and reviewed", async ({
  page,
}) => {
  await page.goto(`/questions/${QUESTION}`);
  await page.getByLabel("Minutes").selectOption("30");
  await page.getByRole("button", { name: "Start a timed design" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Timed design" })).toBeVisible();
  await expect(page.getByRole("timer", { name: "Time left" })).toHaveText(/^(30:00|29:5\d)$/);
  const steps = page.getByRole("list", { name: "Steps and their time" });
  await expect(steps.getByRole("listitem")).toHaveCount(8);
  await expect(steps.locator(".is-current")).toContainText("Requirements");

  const box = page.getByRole("textbox", { name: "Your design" });
  await expect(box).toHaveValue(/## Requirements/);
  await box.press("Control+Home");
  await box.press("ArrowDown");
  await box.pressSequentially(
    "\n- Each customer key is limited to 100 requests and 40,000 tokens per minute.",
  );
  await expect(page.getByText("Saved to your account")).toBeVisible({ timeout: 10_000 });
  const sessionPath = new URL(page.url()).pathname;

  // The draft is the server's: a reload, or another tab, brings it back.
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Your design" })).toHaveValue(
    /40,000 tokens per minute/,
  );
  await expect(page.getByRole("timer", { name: "Time left" })).not.toHaveText("30:00");
  await page.screenshot({ path: test.info().outputPath("design-session.png"), fullPage: true });
  // No reference design before the attempt: read first, it would be copied, not compared.
  const compare = page.getByText("Compare with a reference design");
  await expect(compare).toHaveCount(0);

  await page.getByRole("button", { name: "Hand in my design" }).click();
  await expect(page.getByText(/^Overall/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("Handed in")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Your design" })).toHaveAttribute("readonly", "");
  await expect(page.getByRole("button", { name: "Hand in my design" })).toHaveCount(0);

  // Handed in, the reference design is offered, folded, with what the review makes of it.
  await compare.click();
  await expect(page.getByText(/the review gives it 5\/5, with nothing missing/)).toBeVisible();
  const reference = page.locator(".reference-design-text");
  await expect(
    reference.getByRole("heading", { name: "Failure modes and degradation" }),
  ).toBeVisible();
  await compare.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("reference-design.png") });

  // The review is kept with it, and the question lists the timed design.
  await page.reload();
  await expect(page.getByText(/^Overall/)).toBeVisible();
  await page.getByRole("link", { name: "Back to the question" }).click();
  await expect(
    page.getByRole("heading", { name: "Your timed designs of this question" }),
  ).toBeVisible();
  await page
    .getByRole("link", { name: /30 min · handed in/ })
    .first()
    .click();
  await expect(page).toHaveURL(sessionPath);
});
