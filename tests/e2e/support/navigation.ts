import { expect, type Page } from "@playwright/test";

/** The main navigation's links all sit on one line: none wrapped below the first. */
export async function expectNavigationOnOneLine(page: Page): Promise<void> {
  const items = page.getByRole("navigation", { name: "Main" }).getByRole("listitem");
  await expect(items.first()).toBeVisible();
  const tops = await items.evaluateAll((elements) =>
    elements.map((element) => Math.round(element.getBoundingClientRect().top)),
  );
  expect(new Set(tops).size, `the navigation wraps: item tops ${tops.join(", ")}`).toBe(1);
}
