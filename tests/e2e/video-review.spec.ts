import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fakeMediaLaunchOptions } from "./support/fake-media.ts";
import { expect, test, type Page } from "@playwright/test";

// Video self-review in a real Chromium: its fake camera (a test pattern) and festival's speech as
// its microphone. Two sentences with 1.5 s of silence between them, so the transcript shows a
// pause and a hedge to jump to.
const FIRST = "I was wrong about the timeline, so I told my manager early.";
const SECOND = "Maybe I should have asked for help much sooner.";

/** The spoken answer as a WAV file, or why it cannot be made on this machine. */
function spokenAnswer(): { file: string } | { missing: string } {
  try {
    const folder = mkdtempSync(path.join(tmpdir(), "candor-e2e-video-"));
    const parts = [FIRST, SECOND].map((text, i) => {
      const input = path.join(folder, `${String(i)}.txt`);
      const output = path.join(folder, `${String(i)}.wav`);
      writeFileSync(input, text);
      execFileSync("text2wave", [input, "-o", output], { timeout: 60_000 });
      return output;
    });
    const padded = path.join(folder, "padded.wav");
    const file = path.join(folder, "answer.wav");
    execFileSync("sox", [parts[0] ?? "", padded, "pad", "0", "1.5"], { timeout: 60_000 });
    execFileSync("sox", [padded, parts[1] ?? "", file], { timeout: 60_000 });
    return { file };
  } catch {
    return {
      missing: "festival's text2wave or sox is not installed (apt-get install festival sox)",
    };
  }
}

const answer = spokenAnswer();

test.use({
  launchOptions: fakeMediaLaunchOptions("file" in answer ? answer.file : undefined, [
    "--autoplay-policy=no-user-gesture-required",
  ]),
  permissions: ["microphone", "camera"],
});

/** Screenshots the page in the light theme and then the dark one, leaving it light again. */
async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  const html = page.locator("html");
  for (const theme of ["light", "dark"] as const) {
    if ((await html.getAttribute("data-theme")) !== theme) {
      await page.getByRole("button", { name: `Switch to the ${theme} theme` }).click();
      await expect(html).toHaveAttribute("data-theme", theme);
    }
    await page.screenshot({ path: test.info().outputPath(`${name}-${theme}.png`), fullPage: true });
  }
  await page.getByRole("button", { name: "Switch to the light theme" }).click();
}

/** The word the transcript highlights as being said now. */
function currentWord(page: Page) {
  return page
    .getByLabel("Transcript with marks")
    .locator('[aria-current="true"]')
    .textContent({ timeout: 1000 })
    .catch(() => null);
}

test("records a video answer, replays it with a finite duration and follows it word by word", async ({
  page,
}) => {
  test.skip("missing" in answer, "missing" in answer ? answer.missing : "");
  test.setTimeout(90_000);
  await page.goto("/practice");
  const section = page.getByRole("region", { name: "Review yourself on video" });
  await section.getByRole("button", { name: "Record on video" }).click();
  await expect(section.getByLabel("Camera preview")).toBeVisible();
  await expect(section.getByRole("timer")).toBeVisible();
  // The two sentences and the pause last about nine seconds; stop once they have played.
  await page.waitForTimeout(10_000);
  await page.screenshot({ path: test.info().outputPath("video-recording.png"), fullPage: true });
  await section.getByRole("button", { name: "Stop recording" }).click();

  const video = section.getByLabel("Your recorded answer");
  await expect(video).toBeVisible();
  const transcript = section.getByLabel("Transcript with marks");
  await expect(transcript).toContainText(/manager|timeline|help/i, { timeout: 30_000 });
  // Chrome's WebM has no duration of its own; the page mends it so the seek bar works.
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.duration), {
      timeout: 10_000,
    })
    .toBeGreaterThan(8);
  expect(await video.evaluate((element: HTMLVideoElement) => element.duration)).toBeLessThan(30);

  // The pause between the sentences is marked, and jumps the video to it.
  const pause = transcript.getByRole("button", { name: /^Pause of \d\.\d seconds$/ });
  await expect(pause).toHaveCount(1);
  await pause.click();
  const pausedAt = await video.evaluate((element: HTMLVideoElement) => element.currentTime);
  expect(pausedAt).toBeGreaterThan(2);
  expect(pausedAt).toBeLessThan(7);
  await expect(transcript.getByText("(hedge)")).toHaveCount(1);

  // Played from the start, the highlighted word moves on with the video.
  await video.evaluate(async (element: HTMLVideoElement) => {
    element.currentTime = 0;
    await element.play();
  });
  await expect.poll(() => currentWord(page), { timeout: 5000 }).not.toBeNull();
  const early = await currentWord(page);
  await expect.poll(() => currentWord(page), { timeout: 10_000 }).not.toBe(early);
  await video.evaluate((element: HTMLVideoElement) => element.pause());
  await screenshotBothThemes(page, "video-review");

  // The video is kept across a reload, in this browser only, until it is deleted.
  await page.reload();
  await expect(section.getByLabel("Your recorded answer")).toBeVisible();
  await section.getByRole("button", { name: "Delete this video" }).click();
  await expect(section.getByRole("status")).toHaveText(/deleted/);
  await expect(section.getByLabel("Your recorded answer")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("button", { name: "Record on video" })).toBeVisible();
  await expect(page.getByLabel("Your recorded answer")).toHaveCount(0);
});
