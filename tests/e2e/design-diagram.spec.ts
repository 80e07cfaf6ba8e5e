import { expect, test, type Page } from "@playwright/test";

// Mentions the gateway but never the rate limiter, so the review must name that disagreement.
const DESIGN = `## High-level design
- Each request goes from the client to the API gateway, which forwards it to the model servers.
`;

/** Picks a drawing tool; its radio input sits under its icon, so the icon's label is clicked. */
async function pickTool(page: Page, tool: "rectangle" | "arrow") {
  await page.getByTestId(`toolbar-${tool}`).locator("xpath=..").click();
}

/** Where the canvas is in the viewport, after scrolling it whole into view. */
async function canvasBox(page: Page) {
  const canvas = page.locator(".design-diagram-canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (box === null) throw new Error("the diagram canvas is not on the page");
  return box;
}

/** Draws a rectangle with its top-left corner at (dx, dy) in the canvas and types its label. */
async function drawBox(page: Page, dx: number, dy: number, label: string) {
  await pickTool(page, "rectangle");
  const { x: left, y: top } = await canvasBox(page);
  const [x, y] = [left + dx, top + dy];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 160, y + 80, { steps: 8 });
  await page.mouse.up();
  // The new shape is selected: Enter opens its label.
  await page.keyboard.press("Enter");
  await page.keyboard.type(label);
  await page.keyboard.press("Escape");
}

// Tall enough that the whole canvas fits in view while drawing.
test.use({ viewport: { width: 1280, height: 1000 } });

test("draws a diagram with no request leaving Candor, has it reviewed, keeps it on reload and clears it", async ({
  page,
  baseURL,
}) => {
  // The editor loads three times (first visit, a reload, a reload after clearing), each allowed
  // 20 seconds on a busy machine: more than the default 30 seconds for the whole test.
  test.slow();
  // Every request that is not to the test server is refused and remembered.
  const origin = new URL(baseURL ?? "http://localhost").origin;
  const outside: string[] = [];
  await page.context().route("**/*", async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith("data:") || url.startsWith("blob:")) {
      await route.continue();
      return;
    }
    outside.push(url);
    await route.abort("blockedbyclient");
  });
  const fonts: string[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/excalidraw/fonts/") && response.ok()) fonts.push(response.url());
  });
  const policyErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      policyErrors.push(message.text());
    }
  });

  await page.goto("/questions/design-ai-api-rate-limiting");
  await page.getByRole("textbox", { name: "Your design" }).fill(DESIGN);
  await expect(page.getByTestId("toolbar-rectangle")).toBeVisible({ timeout: 20_000 });

  await drawBox(page, 300, 160, "API gateway");
  await drawBox(page, 640, 160, "Rate limiter");
  // Clear of the style panel that opens at the canvas's left while a tool is picked. An arrow
  // binds to a shape when its end is dropped near the shape's outline, so it runs edge to edge.
  await pickTool(page, "arrow");
  const box = await canvasBox(page);
  await page.mouse.move(box.x + 455, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + 646, box.y + 200, { steps: 12 });
  await page.mouse.up();
  await page.keyboard.press("Escape");
  await page.locator(".design-diagram").screenshot({ path: "test-results/design-diagram.png" });

  const review = async () => {
    await page.getByRole("button", { name: "Review my design" }).click();
    return page.locator(".design-review-result");
  };
  const result = await review();
  await expect(result).toContainText("in the diagram: API gateway, Rate limiter");
  await expect(result).toContainText("API gateway → Rate limiter");
  await expect(result).toContainText(
    'The diagram and the text disagree: "Rate limiter" is in the diagram, but the text never mentions it.',
  );
  // The drawn labels are set in Excalidraw's own handwriting font, served by Candor.
  expect(fonts.some((font) => font.includes("/excalidraw/fonts/Excalifont/"))).toBe(true);

  // The diagram is a draft of the tab: a reload brings it back, drawn and reviewed.
  await page.reload();
  await expect(page.getByTestId("toolbar-rectangle")).toBeVisible({ timeout: 20_000 });
  await expect(await review()).toContainText("API gateway → Rate limiter");
  await page
    .locator(".design-review")
    .screenshot({ path: "test-results/design-diagram-panel.png" });

  await page.getByRole("button", { name: "Clear diagram" }).click();
  await expect(await review()).not.toContainText("in the diagram");
  await page.reload();
  await expect(page.getByTestId("toolbar-rectangle")).toBeVisible({ timeout: 20_000 });
  await expect(await review()).not.toContainText("in the diagram");

  expect(outside).toEqual([]);
  expect(policyErrors).toEqual([]);
});
