import { defineConfig } from "vitest/config";

// Two projects, run together by `vitest run` (`npm run test:unit`) or alone with `--project`:
// unit tests sit beside the code they test; integration tests drive the whole app, real
// processes or many modules at once from tests/integration. docs/testing.md describes both.
export default defineConfig({
  test: {
    setupFiles: ["tests/setup/setup-test-env.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
        },
      },
    ],
  },
});
