/** The browser's code runner: a fresh Web Worker per run (DESIGN.md, "Code execution"). */
export {
  prewarmPython,
  releasePython,
  runInBrowser,
  type BrowserRunOptions,
} from "./run-in-browser.ts";
