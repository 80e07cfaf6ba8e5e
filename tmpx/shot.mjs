import { chromium } from "playwright-core";
const [url, out, scheme] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme ?? "light" });
await page.goto(url);
await page.waitForTimeout(2500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
