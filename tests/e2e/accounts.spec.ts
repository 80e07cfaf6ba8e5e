// Runs against the accounts-mode server (playwright.config.ts): two people sign up, each sees only
// their own stories, one downloads everything they own and then deletes the account.
import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNavigationOnOneLine } from "./support/navigation.ts";
import { newPerson, signOut, signUp, submitSignIn, writeStory } from "./support/people.ts";

async function storyTitlesSeen(page: Page): Promise<string> {
  await page.goto("/stories");
  await expect(page.getByRole("heading", { level: 1, name: "Story bank" })).toBeVisible();
  await expect(page.getByText("Loading", { exact: false })).toHaveCount(0);
  return (await page.getByRole("main").textContent()) ?? "";
}

test("keeps each person's stories to them, exports them, and deletes the account", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const ada = newPerson("Ada Mensah");
  const ben = newPerson("Ben Kowalski");
  const title = `The migration without a rollback ${randomUUID().slice(0, 6)}`;

  await signUp(page, ada);
  await writeStory(page, title);
  await signOut(page);

  await signUp(page, ben);
  expect(await storyTitlesSeen(page)).not.toContain(title);
  await signOut(page);

  await submitSignIn(page, ada);
  await expect(page.getByRole("link", { name: `${ada.name}: your account` })).toBeVisible();
  // With the account's name beside it, the navigation still fits one line at 1280 pixels.
  await expectNavigationOnOneLine(page);
  expect(await storyTitlesSeen(page)).toContain(title);

  await page.getByRole("link", { name: `${ada.name}: your account` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^candor-export-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, "utf8")) as {
    profile: { email: string };
    stories: { title: string; versions: { text: string }[] }[];
  };
  expect(exported.profile.email).toBe(ada.email);
  expect(exported.stories.map((story) => story.title)).toEqual([title]);
  expect(exported.stories[0]?.versions[0]?.text).toContain("rollback");

  const remove = page.getByRole("button", { name: "Delete my account" });
  await expect(remove).toBeDisabled();
  await page.getByLabel("Type your email address to confirm").fill(ben.email);
  await remove.click();
  await expect(page.getByRole("alert")).toContainText("email");
  await page.getByLabel("Type your email address to confirm").fill(ada.email);
  await remove.click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  await submitSignIn(page, ada);
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  // Ben's account is untouched.
  await submitSignIn(page, ben);
  await expect(page.getByRole("link", { name: `${ben.name}: your account` })).toBeVisible();
});
