import { expect, test, type Page } from "@playwright/test";

const WORD_BREAK_JS = `export function wordBreak(s, wordDict) {
  const words = new Set(wordDict);
  const ok = [true];
  for (let end = 1; end <= s.length; end += 1) {
    ok[end] = false;
    for (let start = 0; start < end; start += 1) {
      if (ok[start] && words.has(s.slice(start, end))) {
        ok[end] = true;
        break;
      }
    }
  }
  console.log("checked", s.length, "characters");
  return ok[s.length];
}
`;

// Bounded by the longest word, as the reference solution is: Pyodide is slower than CPython.
const WORD_BREAK_PY = `def wordBreak(s, wordDict):
    words = set(wordDict)
    longest = max((len(word) for word in words), default=0)
    ok = [True] + [False] * len(s)
    for end in range(1, len(s) + 1):
        for start in range(max(0, end - longest), end):
            if ok[start] and s[start:end] in words:
                ok[end] = True
                break
    return ok[len(s)]
`;

const TRAP_LOOPS = `export function trap(height) {
  while (true) {}
}
`;

const TRAP_JS = `export function trap(height) {
  let left = 0, right = height.length - 1, leftMax = 0, rightMax = 0, water = 0;
  while (left < right) {
    if (height[left] < height[right]) {
      leftMax = Math.max(leftMax, height[left]);
      water += leftMax - height[left];
      left += 1;
    } else {
      rightMax = Math.max(rightMax, height[right]);
      water += rightMax - height[right];
      right -= 1;
    }
  }
  return water;
}
`;

const touched: { problem: string; language: string }[] = [];

test.afterEach(async ({ request }) => {
  // Every draft a test typed into goes back to the problem's starter.
  for (const { problem, language } of touched.splice(0)) {
    const view = await request.get(`/api/problems/${problem}`);
    const { starters } = (await view.json()) as { starters: Record<string, string> };
    await request.put(`/api/problems/${problem}/draft/${language}`, {
      data: { code: starters[language] },
    });
  }
});

/** Opens a problem, picks the language and replaces the editor's text with `code`. */
async function writeSolution(page: Page, problem: string, language: string, code: string) {
  touched.push({ problem, language: language === "Python" ? "py" : "js" });
  await page.getByLabel("Language").selectOption({ label: language });
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  const editor = page.getByRole("textbox", { name: `Solution code (${language})` });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  // insertText types the text as one input: the editor's auto-indent and bracket closing, which
  // help a person typing, would otherwise re-indent every line (fatal in Python).
  await page.keyboard.insertText(code);
  await expect(editor).toContainText(code.split("\n")[0] ?? "");
}

function results(page: Page, title: string) {
  return page.getByRole("region", { name: title });
}

test("solves a problem in JavaScript: submit runs every test and is accepted", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Problems" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Coding problems" })).toBeVisible();
  await page.getByLabel("Difficulty").selectOption("medium");
  await page.getByRole("link", { name: "Word Break" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Word Break" })).toBeVisible();

  // The untouched starter runs and is wrong, never a crash.
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(results(page, "JavaScript, visible tests")).toContainText("Wrong answer");

  await writeSolution(page, "word-break", "JavaScript", WORD_BREAK_JS);
  await page.getByRole("button", { name: "Submit" }).click();
  const submitted = results(page, "JavaScript, all tests");
  await expect(submitted).toContainText("Accepted");
  await expect(submitted).toContainText(/(\d+) \/ \1 passed/);
  await expect(submitted.getByRole("heading", { name: "Printed output" })).toBeVisible();
  await expect(submitted).toContainText("checked 8 characters");

  // The draft was saved as it was typed, and comes back on a reload.
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Solution code (JavaScript)" })).toContainText(
    "const words = new Set(wordDict);",
  );

  // The submission was kept: the problem is marked solved here and in the list.
  const history = page.getByRole("region", { name: "Your submissions" });
  await expect(history.getByText("Solved", { exact: true })).toBeVisible();
  await expect(history).toContainText(/JavaScript · (\d+) of \1 tests · accepted/);
  await page.goto("/problems?difficulty=medium");
  const card = page.getByRole("listitem").filter({ hasText: "Word Break" });
  await expect(card.getByText("Solved", { exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("problems-solved.png"), fullPage: true });
});

test("solves a problem in Python under Pyodide served by Candor", async ({ page }) => {
  test.setTimeout(150_000);
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://localhost")) outside.push(request.url());
  });
  await page.goto("/problems/word-break");
  await writeSolution(page, "word-break", "Python", WORD_BREAK_PY);
  // Ctrl+Shift+Enter submits from the editor.
  await page.keyboard.press("ControlOrMeta+Shift+Enter");
  const submitted = results(page, "Python, all tests");
  await expect(submitted).toContainText("Accepted", { timeout: 120_000 });
  await expect(submitted).toContainText(/(\d+) \/ \1 passed/);

  // A Python run that never ends is killed with its worker; the next run gets a fresh Python.
  await writeSolution(
    page,
    "word-break",
    "Python",
    "def wordBreak(s, wordDict):\n    while True:\n        pass\n",
  );
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const run = results(page, "Python, visible tests");
  await expect(run).toContainText("Time limit exceeded", { timeout: 60_000 });
  await writeSolution(page, "word-break", "Python", WORD_BREAK_PY);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(run).toContainText("Accepted", { timeout: 60_000 });
  expect(outside).toEqual([]);
});

test("a run that loops forever ends at the time limit, and the next run works", async ({
  page,
}) => {
  await page.goto("/problems/trapping-rain-water");
  await writeSolution(page, "trapping-rain-water", "JavaScript", TRAP_LOOPS);
  // Ctrl+Enter runs the visible tests.
  await page.keyboard.press("ControlOrMeta+Enter");
  const run = results(page, "JavaScript, visible tests");
  await expect(run).toContainText("Time limit exceeded", { timeout: 15_000 });
  await expect(run).toContainText("Time limit exceeded: the run took longer than 2000 ms");

  await writeSolution(page, "trapping-rain-water", "JavaScript", TRAP_JS);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(run).toContainText("Accepted");
});

test("a syntax error is a compile error with its line, marked in the editor", async ({ page }) => {
  await page.goto("/problems/trapping-rain-water");
  await writeSolution(
    page,
    "trapping-rain-water",
    "JavaScript",
    "export function trap(h) {\n  return h.;\n}\n",
  );
  await page.getByRole("button", { name: "Run", exact: true }).click();
  const run = results(page, "JavaScript, visible tests");
  await expect(run).toContainText("Compile error");
  await expect(run.getByRole("alert")).toContainText("Line 2, column");
  await expect(page.locator(".cm-error-line")).toHaveText("  return h.;");
});

test("a coding question links to its problem", async ({ page }) => {
  await page.goto("/questions/coding-lru-cache");
  await page.getByRole("link", { name: "Solve this problem" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "LRU Cache" })).toBeVisible();
});

test("keeps code typed less than a second before a reload, and saves offline edits once back online", async ({
  page,
  context,
}) => {
  touched.push({ problem: "merge-intervals", language: "js" });
  await page.goto("/problems/merge-intervals");
  await page.getByLabel("Language").selectOption({ label: "JavaScript" });
  const status = page.getByRole("status").filter({ hasText: /draft|changes|Offline/i });
  await expect(status).toHaveText("Draft saved");
  const editor = page.getByRole("textbox", { name: "Solution code (JavaScript)" });

  // Typed, then reloaded while the save still waits for typing to stop: the save goes out as
  // the page is left, and the text is there after the reload.
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("\n// kept through a quick reload");
  await expect(status).toHaveText("Unsaved changes");
  await page.reload();
  await expect(editor).toContainText("// kept through a quick reload");
  await expect(status).toHaveText("Draft saved");

  // Offline, an edit waits and says so; back online, it is saved without another keystroke.
  await context.setOffline(true);
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("\n// written offline");
  await expect(status).toContainText("Offline");
  await context.setOffline(false);
  await expect(status).toHaveText("Draft saved");
  await page.reload();
  await expect(editor).toContainText("// written offline");
});
