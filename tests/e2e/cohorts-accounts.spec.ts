// Runs against the accounts-mode server (playwright.config.ts), whose one administrator is
// cohort-admin@example.com: the administrator makes a cohort and its links, a learner joins and
// shares a story, the coach reads it, the learner takes it back, and the coach no longer can.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { newPerson, signIn, signOut, signUp, writeStory } from "./support/people.ts";

const ADMIN_EMAIL = "cohort-admin@example.com";

/** Makes an invitation link for the cohort and returns its address, as the page shows it once. */
async function makeLink(page: Page, role: "learner" | "coach"): Promise<string> {
  await page.getByRole("button", { name: `New ${role} link` }).click();
  const link = page.getByLabel(new RegExp(`^${role === "coach" ? "Coach" : "Learner"} link`));
  await expect(link).toHaveValue(/\/invite\//);
  return link.inputValue();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/cohorts-${name}.png`, fullPage: true });
}

test("an admin's cohort: a learner shares, the coach reads until it is taken back, then members go and the cohort with them", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const admin = newPerson("Grace Admin", ADMIN_EMAIL);
  const learner = newPerson("Lena Learner");
  const coach = newPerson("Cora Coach");
  const cohortName = `Spring cohort ${randomUUID().slice(0, 6)}`;
  const title = `The eval I would not ship ${randomUUID().slice(0, 6)}`;

  await signUp(page, admin);
  await page.getByRole("link", { name: "Cohorts" }).click();
  await page.getByLabel("New cohort's name").fill(cohortName);
  await page.getByRole("button", { name: "Create cohort" }).click();
  await expect(page.getByRole("heading", { level: 3, name: cohortName })).toBeVisible();
  const learnerLink = await makeLink(page, "learner");
  const coachLink = await makeLink(page, "coach");
  await expect(page.getByRole("button", { name: "Revoke coach link" })).toBeVisible();
  await shot(page, "admin");
  await signOut(page);

  // The learner opens the link signed out, signs up, and joins with one click.
  await signUp(page, learner, new URL(learnerLink).pathname);
  await expect(page.getByRole("heading", { level: 1, name: `Join ${cohortName}` })).toBeVisible();
  await shot(page, "invite");
  await page.getByRole("button", { name: `Join ${cohortName} as a learner` }).click();
  await expect(page.getByRole("status")).toContainText(`You joined ${cohortName} as a learner`);

  await writeStory(page, title);
  const storyPath = new URL(page.url()).pathname;
  await expect(page.getByText("Private: no coach sees this story")).toBeVisible();
  await page.getByRole("button", { name: "Share this story" }).click();
  await expect(page.getByText(`Shared with the coaches of ${cohortName}`)).toBeVisible();
  await page.getByRole("heading", { name: "Share with cohort" }).scrollIntoViewIfNeeded();
  await shot(page, "learner-story");

  // An interview, answered through the API, shared from its report page.
  const started = await page.request.post("/api/interviews", { data: { round: "values" } });
  expect(started.status()).toBe(201);
  const { id: interviewId } = (await started.json()) as { id: string };
  const answered = await page.request.post(`/api/interviews/${interviewId}/answers`, {
    data: {
      text:
        "I pushed back on shipping an eval I did not trust. I felt uneasy and said so; we " +
        "delayed a week and the rerun found a leak in the test split. I learned to ask early.",
    },
  });
  expect(answered.status()).toBe(200);
  await page.goto(`/interviews/${interviewId}/report`);
  await page.getByRole("button", { name: "Share this interview" }).click();
  await expect(page.getByText(`Shared with the coaches of ${cohortName}`)).toBeVisible();
  await shot(page, "learner-interview");
  // Progress as a whole: the story version and the interview answer are its points.
  await page.goto("/progress");
  // The summary's count, not a week's column in the flag table, which can say the same.
  await expect(page.getByRole("strong").filter({ hasText: /^n = 2$/ })).toBeVisible();
  await page.getByRole("button", { name: "Share this progress" }).click();
  await expect(page.getByText(`Shared with the coaches of ${cohortName}`)).toBeVisible();
  await signOut(page);

  // The coach joins and sees the learner's one shared story, and who shared it.
  await signUp(page, coach, new URL(coachLink).pathname);
  await page.getByRole("button", { name: `Join ${cohortName} as a coach` }).click();
  await page.getByRole("link", { name: "Go to your cohorts" }).click();
  await expect(page.getByRole("heading", { name: `${cohortName}: you coach` })).toBeVisible();
  await expect(page.getByText("Shares 3 items")).toBeVisible();
  await shot(page, "coach");
  await page.getByRole("link", { name: "Progress: every analysed answer" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `${learner.name}'s progress` }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ownership · n = 2" })).toBeVisible();
  await shot(page, "coach-progress");
  await page.getByRole("link", { name: "Cohorts", exact: true }).first().click();
  await page.getByRole("link", { name: "Interview: Values and culture" }).click();
  await expect(
    page.getByText(`${learner.name} shares this interview with the coaches of`),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Transcript" })).toContainText(
    "leak in the test split",
  );
  await shot(page, "coach-interview");
  await page.getByRole("link", { name: "Cohorts", exact: true }).first().click();
  await page.getByRole("link", { name: `Story: ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(
    page.getByText(`${learner.name} shares this story with the coaches of`),
  ).toBeVisible();
  const sharedPath = new URL(page.url()).pathname;
  await shot(page, "coach-story");
  await signOut(page);

  // The learner takes it back.
  await signIn(page, learner);
  await page.goto(storyPath);
  await page.getByRole("button", { name: `Stop sharing with ${cohortName}` }).click();
  await expect(page.getByText("Private: no coach sees this story")).toBeVisible();
  await signOut(page);

  // The coach sees it no more, even at its address.
  await signIn(page, coach);
  await page.goto("/cohorts");
  await expect(page.getByText("Shares 2 items")).toBeVisible();
  await expect(page.getByRole("link", { name: `Story: ${title}` })).toHaveCount(0);
  await page.goto(sharedPath);
  await expect(page.getByRole("alert")).toContainText("it may have been taken back");
  await expect(page.getByText(title)).toHaveCount(0);
  await shot(page, "coach-revoked");
  await signOut(page);

  // The learner leaves the cohort: whatever they still shared stops with them.
  await signIn(page, learner);
  await page.goto("/cohorts");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Leave ${cohortName}` }).click();
  await expect(page.getByRole("heading", { name: "Cohorts you learn in" })).toHaveCount(0);
  await expect(page.getByText("You are in no cohort yet.")).toBeVisible();
  await signOut(page);

  // The administrator sees who is left, removes the coach, then deletes the cohort by its name.
  await signIn(page, admin);
  await page.goto("/cohorts");
  const members = page.getByRole("table", { name: `Members of ${cohortName}` });
  await expect(members).toContainText(coach.name);
  await expect(members).not.toContainText(learner.name);
  await shot(page, "admin-members");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Remove ${coach.name}` }).click();
  await expect(page.getByText("No one has joined yet.")).toBeVisible();
  await page.getByText(`Rename or delete ${cohortName}`).click();
  const deleteButton = page.getByRole("button", { name: "Delete cohort" });
  await expect(deleteButton).toBeDisabled();
  await page.getByLabel(`Type “${cohortName}” to delete the cohort`).fill(cohortName);
  await deleteButton.click();
  await expect(page.getByRole("heading", { level: 3, name: cohortName })).toHaveCount(0);
});
