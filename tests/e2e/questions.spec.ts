import { expect, test } from "@playwright/test";

test.describe("question bank", () => {
  test("filters by round and category, and searches as you type", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Questions" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Question bank" })).toBeVisible();

    const count = page.getByRole("heading", { level: 2, name: /questions?$/ });
    await expect(count).toHaveText(/\d+ questions/);
    const total = Number((await count.textContent())?.split(" ")[0]);
    expect(total).toBeGreaterThan(0);

    const filtered = page.waitForResponse(
      (response) =>
        response.url().includes("/api/questions?") &&
        response.url().includes("round=values") &&
        response.url().includes("category=values"),
    );
    await page.getByLabel("Round", { exact: true }).selectOption({ label: "Values and culture" });
    await page
      .getByLabel("Category", { exact: true })
      .selectOption({ label: "Values and ethical reasoning" });
    await expect(page).toHaveURL(/round=values/);
    await expect(page).toHaveURL(/category=values/);
    const expected = ((await (await filtered).json()) as { total: number }).total;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(total);
    await expect(count).toHaveText(`${String(expected)} questions`);

    const cards = page.getByRole("listitem").filter({ has: page.locator(".question-prompt") });
    await expect(cards).toHaveCount(expected);
    const shown = expected;
    for (let index = 0; index < shown; index += 1) {
      await expect(cards.nth(index).locator(".pill")).toHaveText("Values and ethical reasoning");
      await expect(cards.nth(index).locator(".rounds")).toContainText("Values and culture");
    }

    await page.getByLabel("Search", { exact: true }).fill("changed your mind");
    await expect(cards.first()).toContainText(/mind/i);

    await page.getByLabel("Search", { exact: true }).fill("zzzz-no-such-words");
    await expect(page.getByText("No question matches these filters.")).toBeVisible();
  });

  test("keeps two filters chosen before the page draws again", async ({ page }) => {
    await page.goto("/questions");
    const round = page.getByLabel("Round", { exact: true });
    await expect(round.locator("option", { hasText: "Values and culture" })).toBeAttached();
    // Both choices in one task, as a fast hand or a slow machine gives them: the second must not
    // start from the address the page had before the first.
    await page.evaluate(() => {
      const choose = (id: string, value: string) => {
        const select = document.getElementById(id);
        if (!(select instanceof HTMLSelectElement)) throw new Error(`no select #${id}`);
        select.value = value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
      };
      choose("filter-round", "values");
      choose("filter-category", "values");
    });
    await expect(page).toHaveURL(/round=values/);
    await expect(page).toHaveURL(/category=values/);
    await expect(round).toHaveValue("values");
    await expect(page.getByLabel("Category", { exact: true })).toHaveValue("values");
  });

  test("opens a question's guidance and keeps a star across a reload", async ({ page }) => {
    await page.goto("/questions?category=coding");
    const firstLink = page.locator(".question-prompt").first();
    const prompt = (await firstLink.textContent()) ?? "";
    await firstLink.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(prompt);
    await expect(page.getByRole("heading", { name: "Strong answers" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Red flags" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Follow-ups to expect" })).toBeVisible();

    const star = page.getByRole("button", { name: `Star: ${prompt}` });
    // A data folder kept from an earlier run may hold the star already: start from none.
    if ((await star.getAttribute("aria-pressed")) === "true") await star.click();
    await expect(star).toHaveAttribute("aria-pressed", "false");
    await star.click();
    await expect(star).toHaveAttribute("aria-pressed", "true");
    await page.reload();
    await expect(page.getByRole("button", { name: `Star: ${prompt}` })).toHaveAttribute(
      "aria-pressed",
      "true",
    );

    // The bank narrows to the starred questions, and the filter stays in the address.
    await page.goto("/questions?category=coding");
    // The box follows the address, which the router changes a moment after the click: click, then
    // wait for it (check() would fail on the moment in between).
    const starredOnly = page.getByRole("checkbox", { name: "Starred only" });
    await starredOnly.click();
    await expect(starredOnly).toBeChecked();
    await expect(page).toHaveURL(/starred=1/);
    await expect(page.getByRole("link", { name: prompt })).toBeVisible();
    const stars = page.locator(".question-card").getByRole("button", { name: /^Star: / });
    for (const shown of await stars.all()) {
      await expect(shown).toHaveAttribute("aria-pressed", "true");
    }
    await expect(page.getByRole("heading", { name: /questions? starred$/ })).toBeVisible();
  });

  test("is usable with the keyboard and switches theme", async ({ page }) => {
    await page.goto("/questions");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    const html = page.locator("html");
    const before = await html.getAttribute("data-theme");
    await page.getByRole("button", { name: /Switch to the (dark|light) theme/ }).click();
    await expect(html).not.toHaveAttribute("data-theme", before ?? "");
  });
});
