import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env["E2E_PORT"] ?? 5199);
// A second server, in accounts mode, for the specs that sign people up and in.
const ACCOUNTS_PORT = Number(process.env["E2E_ACCOUNTS_PORT"] ?? PORT + 100);
// A fresh embedded database for every run, so no test depends on what an earlier run left behind.
const dataDir = path.join(tmpdir(), `candor-e2e-${String(Date.now())}`);
const accountsDataDir = `${dataDir}-accounts`;
/** The specs that run against the accounts-mode server; every other spec runs in local mode. */
const ACCOUNTS_SPECS = /accounts\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium; Playwright never downloads a browser of its own here.
      executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "local",
      testIgnore: ACCOUNTS_SPECS,
      use: { baseURL: `http://localhost:${String(PORT)}` },
    },
    {
      name: "accounts",
      testMatch: ACCOUNTS_SPECS,
      use: { baseURL: `http://localhost:${String(ACCOUNTS_PORT)}` },
    },
  ],
  webServer: [
    {
      command: `node bin/candor.mjs start --port ${String(PORT)}`,
      url: `http://localhost:${String(PORT)}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { CANDOR_DATA_DIR: dataDir, CANDOR_LOG_LEVEL: "warn" },
    },
    {
      command: `node bin/candor.mjs start --port ${String(ACCOUNTS_PORT)}`,
      url: `http://localhost:${String(ACCOUNTS_PORT)}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        CANDOR_DATA_DIR: accountsDataDir,
        CANDOR_LOG_LEVEL: "warn",
        CANDOR_AUTH: "accounts",
        // A secret for this test server only; nothing it signs outlives the run.
        CANDOR_AUTH_SECRET: "e2e-only-secret-0123456789-abcdefghijkl",
        // The one administrator of the cohort spec (cohorts-accounts.spec.ts).
        CANDOR_ADMIN_EMAILS: "cohort-admin@example.com",
        // Every spec's people sign up from this one machine: more than a real address makes.
        CANDOR_LIMIT_SIGNUPS_PER_ADDRESS: "0",
      },
    },
  ],
});
