import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fakeMediaLaunchOptions } from "./support/fake-media.ts";
import { expect, test } from "@playwright/test";

// A spoken answer, said by festival and played into Chromium as its microphone: the page records
// it, Candor's server transcribes it with pocketsphinx, and the transcript lands in the answer box.
const SPOKEN =
  "I missed the deadline for the billing migration by two weeks. I told my manager on the Monday and we moved the launch.";

/** The answer as a WAV file, or why it cannot be made on this machine. */
function spokenAnswer(): { file: string } | { missing: string } {
  try {
    const folder = mkdtempSync(path.join(tmpdir(), "candor-e2e-speech-"));
    const text = path.join(folder, "answer.txt");
    const file = path.join(folder, "answer.wav");
    writeFileSync(text, SPOKEN);
    execFileSync("text2wave", [text, "-o", file], { timeout: 60_000 });
    return { file };
  } catch {
    return { missing: "festival's text2wave is not installed (apt-get install festival)" };
  }
}

const answer = spokenAnswer();

test.use({
  launchOptions: fakeMediaLaunchOptions("file" in answer ? answer.file : undefined),
  permissions: ["microphone"],
});

test("records a spoken answer, puts its transcript in the answer box, and says how it sounded", async ({
  page,
}) => {
  test.skip("missing" in answer, "missing" in answer ? answer.missing : "");
  await page.goto("/practice");
  await expect(page.getByText(/Transcribed by pocketsphinx/)).toBeVisible();
  await expect(page.getByText(/does not leave this machine/)).toBeVisible();

  await page.getByRole("button", { name: "Record an answer" }).click();
  await expect(page.getByRole("meter", { name: "Microphone level" })).toBeVisible();
  // The file plays once, about seven seconds; stop after it has.
  await page.waitForTimeout(8_500);
  await page.getByRole("button", { name: "Stop and transcribe" }).click();

  const box = page.getByRole("textbox", { name: "Your answer" });
  await expect(box).toHaveValue(/deadline|migration|manager|launch/i, { timeout: 20_000 });
  await expect(page.getByRole("heading", { name: "How it sounded" })).toBeVisible();
  await expect(page.getByText(/words a minute/)).toBeVisible();
  await expect(page.getByLabel("Transcript with marks")).toContainText(/deadline|migration/i);
  await expect(page.getByRole("list", { name: "Marks in the transcript" })).toBeVisible();

  // The transcript is editable, and the coach reads it like typed text.
  await box.press("End");
  await box.pressSequentially(" I felt awful about it.");
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(page.locator(".analysis")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("speak-answer.png"), fullPage: true });

  // The recording can be heard back, and kept in this browser beside the videos.
  const listen = page.getByLabel("Listen back to your answer");
  await expect
    .poll(() => listen.evaluate((audio: HTMLAudioElement) => audio.duration), { timeout: 5_000 })
    .toBeGreaterThan(3);
  await page.getByRole("button", { name: "Keep this recording in this browser" }).click();
  await expect(page.getByText("Kept in this browser, with your videos below.")).toBeVisible();
  const kept = page.getByLabel("Your recorded answer");
  await expect(kept).toBeVisible();
  await page.reload();
  await expect(kept).toBeVisible();
  await expect(page.getByLabel("Transcript with marks")).toContainText(/deadline|migration/i);
  await page.screenshot({ path: test.info().outputPath("kept-recording.png"), fullPage: true });
  await page.getByRole("button", { name: "Delete this recording" }).click();
  await expect(kept).toHaveCount(0);
});

test("answers an interview question aloud: the transcript is edited in the box, then sent", async ({
  page,
}) => {
  test.skip("missing" in answer, "missing" in answer ? answer.missing : "");
  const started = await page.request.post("/api/interviews", { data: { round: "behavioral" } });
  expect(started.status()).toBe(201);
  const { id } = (await started.json()) as { id: string };
  await page.goto(`/interviews/${id}`);
  await expect(page.getByText(/Transcribed by pocketsphinx/)).toBeVisible();

  await page.getByRole("button", { name: "Record an answer" }).click();
  await expect(page.getByRole("meter", { name: "Microphone level" })).toBeVisible();
  await page.waitForTimeout(8_500);
  await page.getByRole("button", { name: "Stop and transcribe" }).click();

  const box = page.getByRole("textbox", { name: "Your answer" });
  await expect(box).toHaveValue(/deadline|migration|manager|launch/i, { timeout: 20_000 });
  await expect(page.getByRole("heading", { name: "How it sounded" })).toBeVisible();
  // Nothing is sent until the candidate sends it.
  const transcript = await page.request.get(`/api/interviews/${id}`);
  expect(((await transcript.json()) as { turns: unknown[] }).turns).toHaveLength(1);
  await page.screenshot({ path: test.info().outputPath("speak-interview.png"), fullPage: true });

  await box.press("End");
  await box.pressSequentially(" I felt awful about it.");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(box).toHaveValue("");
  await expect(page.getByRole("heading", { name: "How it sounded" })).toHaveCount(0);
  const after = await page.request.get(`/api/interviews/${id}`);
  const turns = ((await after.json()) as { turns: { answer?: { text: string } }[] }).turns;
  expect(turns).toHaveLength(2);
  expect(turns[0]?.answer?.text).toMatch(/I felt awful about it\.$/);
});

test("tells a story aloud in the builder: the transcript joins the story, editable, and is saved", async ({
  page,
}) => {
  test.skip("missing" in answer, "missing" in answer ? answer.missing : "");
  await page.goto("/stories/new");
  await page.getByRole("radio", { name: /^Failure/ }).check();
  await page.getByRole("button", { name: "Start the builder" }).click();
  await page.getByLabel("Title").fill("The billing migration, told aloud");
  await page.getByRole("button", { name: "Record an answer" }).click();
  await expect(page.getByRole("meter", { name: "Microphone level" })).toBeVisible();
  await page.waitForTimeout(8_500);
  await page.getByRole("button", { name: "Stop and transcribe" }).click();

  const story = page.getByLabel("Your story");
  await expect(story).toHaveValue(/deadline|migration|manager|launch/i, { timeout: 20_000 });
  await expect(page.getByText("Edited by hand: your answers no longer change it.")).toBeVisible();
  await story.press("End");
  await story.pressSequentially(" I felt awful about it.");
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "The billing migration, told aloud" }),
  ).toBeVisible();
  await expect(page.getByText(/I felt awful about it\./).first()).toBeVisible();
});

test("ends the answer by itself at a long pause, when asked to", async ({ page }) => {
  test.skip("missing" in answer, "missing" in answer ? answer.missing : "");
  await page.goto("/practice");
  await page.getByRole("checkbox", { name: "Stop when I pause for 3 seconds" }).check();
  await page.getByRole("button", { name: "Record an answer" }).click();
  await expect(page.getByRole("meter", { name: "Microphone level" })).toBeVisible();
  // The file speaks for about seven seconds and then falls silent: no one presses Stop.
  const box = page.getByRole("textbox", { name: "Your answer" });
  await expect(box).toHaveValue(/deadline|migration|manager|launch/i, { timeout: 30_000 });
  await expect(page.getByRole("button", { name: "Stop and transcribe" })).toHaveCount(0);
  // The choice is kept for the next answer.
  await page.reload();
  await expect(
    page.getByRole("checkbox", { name: "Stop when I pause for 3 seconds" }),
  ).toBeChecked();
});

test("a hands-free interview listens after each question and sends the answer at a pause", async ({
  page,
}) => {
  test.skip("missing" in answer, "missing" in answer ? answer.missing : "");
  const started = await page.request.post("/api/interviews", { data: { round: "behavioral" } });
  expect(started.status()).toBe(201);
  const { id } = (await started.json()) as { id: string };
  await page.goto(`/interviews/${id}`);
  const handsFree = page.getByRole("checkbox", {
    name: "Hands-free: listen after each question, send when I pause",
  });
  await handsFree.check();
  // Listening starts at once: the file speaks for about seven seconds, then falls silent, and
  // no one presses Stop or Submit.
  await expect(page.getByRole("meter", { name: "Microphone level" })).toBeVisible();
  await expect
    .poll(
      async () => {
        const now = await page.request.get(`/api/interviews/${id}`);
        return ((await now.json()) as { turns: unknown[] }).turns.length;
      },
      { timeout: 40_000 },
    )
    .toBe(2);
  const after = await page.request.get(`/api/interviews/${id}`);
  const turns = ((await after.json()) as { turns: { answer?: { text: string } }[] }).turns;
  expect(turns[0]?.answer?.text).toMatch(/deadline|migration|manager|launch/i);
  // The next question is on screen and is listened to in turn.
  await expect(page.getByRole("meter", { name: "Microphone level" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Your answer" })).toHaveValue("");
  await page.screenshot({ path: test.info().outputPath("hands-free.png"), fullPage: true });
  // The choice is kept for the next visit.
  await page.reload();
  await expect(handsFree).toBeChecked();
});
