// The people the accounts-mode specs sign up, in and out, and the story they write, all through
// the pages as a person would.
import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export interface Person {
  name: string;
  email: string;
  password: string;
}

/** Someone new to this run: a unique email unless one is given (an administrator's, say). */
export function newPerson(name: string, email?: string): Person {
  const tag = randomUUID().slice(0, 8);
  return {
    name,
    email: email ?? `${name.toLowerCase().replace(/\W+/g, ".")}.${tag}@example.com`,
    password: `a long password ${tag}`,
  };
}

/** Creates the account from the sign-in page shown at `at`, and waits to be signed in. */
export async function signUp(page: Page, person: Person, at = "/"): Promise<void> {
  await page.goto(at);
  await page.getByRole("button", { name: "Create an account" }).click();
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("link", { name: `${person.name}: your account` })).toBeVisible();
}

/** Fills in and sends the sign-in form, whatever the server then answers. */
export async function submitSignIn(page: Page, person: Person): Promise<void> {
  await page.goto("/");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in and waits to be signed in. */
export async function signIn(page: Page, person: Person): Promise<void> {
  await submitSignIn(page, person);
  await expect(page.getByRole("link", { name: `${person.name}: your account` })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
}

/** Writes and saves a story through the story builder, and waits for its page. */
export async function writeStory(page: Page, title: string): Promise<void> {
  await page.goto("/stories/new");
  await page.getByRole("radio", { name: /^Failure/ }).check();
  await page.getByRole("button", { name: "Start the builder" }).click();
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Your story")
    .fill(
      "In March I shipped a migration with no rollback and it failed. I felt sick about it. " +
        "I restored the data in four hours and now write the rollback plan first.",
    );
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}
