/**
 * Candor's Content-Security-Policy, given to helmet for every response (helmet adds its defaults
 * for the directives not named here). `'wasm-unsafe-eval'` lets the browser compile WebAssembly
 * (Pyodide, the code runner's Python) without allowing `eval`; `worker-src 'self' blob:` lets the
 * page start the runner's workers. The design panel's diagram editor (Excalidraw) needs nothing
 * more: its fonts are served by Candor (`default-src 'self'` covers fonts), its styles are inline
 * and its icons `data:` images, both already allowed. Nothing is added for it on purpose: its
 * CDN font fallback, web embeds (frames) and library or AI services stay blocked, so the editor
 * works the same offline as online. `media-src 'self' blob:` lets the practice page replay a video
 * answer kept in the browser, which it plays from a `blob:` URL of its own making.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  workerSrc: ["'self'", "blob:"],
  mediaSrc: ["'self'", "blob:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  // Candor usually runs on plain http://localhost; upgrading would break it.
  upgradeInsecureRequests: null,
};

/**
 * The policy of the code runner's worker scripts (the built files named `runner-worker-*.js`).
 * A worker obeys the policy its own script was served with, not the page's, and a JavaScript run
 * imports the candidate's module from a `blob:` URL the worker made itself, so only these scripts
 * add `blob:` to `script-src`; the page keeps the stricter policy.
 */
export const RUNNER_WORKER_CSP_DIRECTIVES = {
  ...CSP_DIRECTIVES,
  scriptSrc: [...CSP_DIRECTIVES.scriptSrc, "blob:"],
};

/** Whether a built file is one of the code runner's worker scripts (see vite.config.ts). */
export function isRunnerWorkerScript(filePath: string): boolean {
  return /(?:^|[\\/])runner-worker-[^\\/]+\.js$/.test(filePath);
}
