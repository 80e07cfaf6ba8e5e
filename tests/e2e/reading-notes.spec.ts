import { expect, test } from "@playwright/test";

const PERFORMED =
  "I am deeply aligned with this approach and passionate about safe and beneficial AI. My only " +
  "criticism is that they care too much about safety.";
const CONSIDERED =
  "Tying safeguards to capability thresholds is, I think, the right shape for a voluntary " +
  "commitment. My worry is who decides a threshold was crossed: the same company that profits " +
  "from shipping, so a close call will tend to fall on the side of the launch.";

test("checks a reading note for a view and a critique, and keeps it", async ({ page }) => {
  await page.goto("/guide/reading-list");
  await page.getByRole("link", { name: "Write your notes on these readings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reading notes" })).toBeVisible();

  const card = page.getByRole("region", { name: "The Responsible Scaling Policy" });
  const note = card.getByLabel("Your note on The Responsible Scaling Policy");
  // Another run of this spec may have left a note: start from a performed one either way.
  await note.fill(PERFORMED);
  await card.getByRole("button", { name: /^Save and check/ }).click();
  await expect(card.getByText("This note is not finished yet:")).toBeVisible();
  await expect(card.getByText(/praise in disguise/)).toBeVisible();
  await expect(card.getByText(/Also flagged: Alignment-signaling/)).toBeVisible();

  await note.fill(CONSIDERED);
  await card.getByRole("button", { name: "Save and check again" }).click();
  await expect(card.getByText("This note states a view and a critique.")).toBeVisible();
  await expect(
    card.getByRole("listitem").filter({ hasText: "My worry is who decides" }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Your note on The Responsible Scaling Policy")).toHaveValue(
    CONSIDERED,
  );
  await expect(
    page
      .getByRole("region", { name: "The Responsible Scaling Policy" })
      .getByText("This note states a view and a critique."),
  ).toBeVisible();
});
