import { expect, test } from "@playwright/test";

const ANSWER =
  "In 2023 I owned a billing migration that double-charged 40 customers. I felt sick, called " +
  "each of them, refunded them the same day and added an idempotency key to every charge.";

async function startInterview(page: import("@playwright/test").Page): Promise<string> {
  const started = await page.request.post("/api/interviews", { data: { round: "behavioral" } });
  expect(started.status()).toBe(201);
  return ((await started.json()) as { id: string }).id;
}

test("says why it cannot read aloud when the browser offers no voice", async ({ page }) => {
  // Headless Chromium lists no speech-synthesis voices.
  await page.goto(`/interviews/${await startInterview(page)}`);
  await expect(
    page.getByText("Reading the interviewer aloud needs a voice from your browser"),
  ).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Read the interviewer/ })).toHaveCount(0);
});

test("reads the question on screen when turned on, then each new turn, and remembers the choice", async ({
  page,
}) => {
  // A browser voice that records what it is asked to say: headless Chromium has none of its own.
  await page.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    const synthesis = window.speechSynthesis;
    Object.defineProperty(synthesis, "getVoices", {
      value: () => [{ name: "Test voice", lang: "en-US", default: true }],
    });
    Object.defineProperty(synthesis, "speak", {
      value: (utterance: SpeechSynthesisUtterance) => spoken.push(utterance.text),
    });
    Object.defineProperty(synthesis, "cancel", { value: () => undefined });
  });
  const spoken = () => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  const id = await startInterview(page);
  await page.goto(`/interviews/${id}`);
  const toggle = page.getByRole("checkbox", { name: "Read the interviewer's turns aloud" });
  await expect(toggle).not.toBeChecked();
  expect(await spoken()).toEqual([]);

  await toggle.check();
  const first = await page.request.get(`/api/interviews/${id}`);
  const question = ((await first.json()) as { turns: { text: string }[] }).turns[0]?.text ?? "";
  expect(await spoken()).toEqual([question]);

  await page.getByRole("textbox", { name: "Your answer" }).fill(ANSWER);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect.poll(async () => (await spoken()).length).toBe(2);
  const after = await page.request.get(`/api/interviews/${id}`);
  const next = ((await after.json()) as { turns: { text: string }[] }).turns[1]?.text;
  expect((await spoken())[1]).toBe(next);

  // The choice stays with this browser.
  await page.reload();
  await expect(
    page.getByRole("checkbox", { name: "Read the interviewer's turns aloud" }),
  ).toBeChecked();
});
