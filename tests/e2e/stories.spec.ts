import { expect, test } from "@playwright/test";
import { STORY_BUILDERS } from "../../src/core/stories/builder-prompts.ts";

// Answers that read as a team story with no feelings: the analyzer flags them and quotes them.
const ANSWERS = {
  situation: "Our team shipped a schema migration on a Friday and it failed in production.",
  did: "We rolled it back and the team wrote a postmortem.",
  felt: "",
  cost: "It cost the support team a weekend.",
  outcome: "In the end we restored the data after four hours.",
  belief: "",
} as const;

const created: string[] = [];

test.afterEach(async ({ request }) => {
  // Each story this test made is deleted, so runs never see each other's stories.
  for (const id of created.splice(0)) await request.delete(`/api/stories/${id}`);
});

test("builds a story, sees its scores and evidence, saves a new version and compares", async ({
  page,
}) => {
  const title = `The Friday migration ${String(Date.now())}`;
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Stories" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Story bank" })).toBeVisible();

  await page.getByRole("link", { name: "New story" }).click();
  await page.getByRole("radio", { name: /^Failure/ }).check();
  await page.getByRole("button", { name: "Start the builder" }).click();

  await page.getByLabel("Title").fill(title);
  for (const prompt of STORY_BUILDERS.failure.prompts) {
    const answer = ANSWERS[prompt.aspect];
    if (answer !== "") await page.getByLabel(prompt.question).fill(answer);
  }
  // The answers compose the story, one paragraph each, and it stays editable.
  const story = page.getByLabel("Your story");
  await expect(story).toHaveValue(
    [ANSWERS.situation, ANSWERS.did, ANSWERS.cost, ANSWERS.outcome].join("\n\n"),
  );
  await expect(page.getByRole("checkbox", { name: /^failure/ })).toBeChecked();

  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page).toHaveURL(/\/stories\/[0-9a-f-]{36}$/);
  created.push(page.url().split("/").pop() ?? "");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Scores and highlighted evidence of version 1.
  await expect(page.getByRole("heading", { name: "How version 1 reads" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Overall [1-5]\/5$/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^[1-5] out of 5$/ }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "we-not-i" })).toBeVisible();
  const evidence = page.getByLabel("Your answer with the evidence marked");
  // <mark> has no ARIA role Playwright can query by, so the element is named directly.
  await expect(evidence.locator("mark").filter({ hasText: "We rolled it back" })).toBeVisible();

  // Edit and save: a second version.
  const text = page.getByLabel("Story", { exact: true });
  await text.fill(
    `${ANSWERS.situation} I felt sick when the pager went off.\n\n${ANSWERS.did}\n\n${ANSWERS.outcome}`,
  );
  await page.getByRole("button", { name: "Save as version 2" }).click();
  await expect(page.getByRole("heading", { name: "How version 2 reads" })).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("row")).toHaveCount(3);

  // Compare the two versions: the inserted words are marked as insertions.
  await history.getByLabel("Compare version").selectOption("1");
  await history.getByLabel("with version").selectOption("2");
  await history.getByRole("button", { name: "Compare" }).click();
  await expect(history.getByText("Version 1 → version 2")).toBeVisible();
  await expect(history.getByRole("insertion").filter({ hasText: "felt sick" })).toBeVisible();
  await expect(history.getByRole("deletion").filter({ hasText: "support team" })).toBeVisible();

  // The story now shows in the bank with its latest version.
  await page.getByRole("link", { name: "Story bank" }).click();
  const card = page.getByRole("listitem").filter({ hasText: title });
  await expect(card).toContainText("Version 2");
});
