import { expect, test } from "@playwright/test";

const DESIGN = `## Requirements
- Each customer key must be limited on tokens per minute as well as requests per minute.
- The limiter should add less than 5 ms at p99 to each request.

## Failure modes
- If the Redis counter store is unreachable, the gateway fails open for paid tiers using its local buckets.
`;

test("reviews a design written on a system-design question's page, quoting it, and keeps the draft on reload", async ({
  page,
}) => {
  await page.goto("/questions/design-ai-api-rate-limiting");
  const box = page.getByRole("textbox", { name: "Your design" });
  await expect(box).toHaveValue(/## Requirements[\s\S]*## Trade-offs/);
  await box.fill(DESIGN);
  await page.getByRole("button", { name: "Review my design" }).click();

  const result = page.locator(".design-review-result");
  await expect(result.getByText(/Overall \d\/5/)).toBeVisible();
  await expect(result.getByRole("heading", { name: /Failure modes/ })).toBeVisible();
  await expect(result.locator("blockquote").first()).toContainText("tokens per minute");
  await expect(result.getByText('Add a section headed "API".').first()).toBeVisible();

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Your design" })).toHaveValue(DESIGN);
});
