// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { builtinModules } from "node:module";

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/**
 * Globals src/core must not touch, with the reason each names. tsconfig.core.json is the fence
 * itself (only ES2023 and types/core-runtime.d.ts); this rule says why where the code is written.
 */
const CORE_RESTRICTED_GLOBALS = [
  ["process", "src/core never reads the environment; pass configuration in."],
  ["Buffer", "src/core runs in the browser too: use Uint8Array, TextEncoder and TextDecoder."],
  ["global", "src/core runs in the browser too: no Node globals."],
  ["require", "src/core runs in the browser too: use an import."],
  ["__dirname", "src/core reads no files: pass paths or contents in."],
  ["__filename", "src/core reads no files: pass paths or contents in."],
  ["setImmediate", "src/core runs in the browser too: use setTimeout or a promise."],
  ["window", "src/core has no DOM."],
  ["self", "src/core has no DOM."],
  ["document", "src/core has no DOM."],
  ["navigator", "src/core has no DOM: pass what it needs to know in."],
  ["location", "src/core has no DOM."],
  ["localStorage", "src/core keeps no state in the browser: the web app stores, core computes."],
  ["sessionStorage", "src/core keeps no state in the browser: the web app stores, core computes."],
  ["fetch", "src/core has no network: the server and the web client call out."],
  ["XMLHttpRequest", "src/core has no network: the server and the web client call out."],
  ["console", "src/core does not log: return what happened and let the caller say it."],
];

/** Import fences between the layers described in DESIGN.md. */
const fence = (/** @type {string[]} */ layers, /** @type {string} */ message) =>
  layers.map((layer) => ({ group: [`**/${layer}/**`, `../${layer}`, `../../${layer}`], message }));

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "dist",
      ".candor",
      "playwright-report",
      "test-results",
      "src/node/db/migrations",
      // Reference solutions and starters are content, run by the code runner, not project code.
      "content",
      ".tmp-exp",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // Fastify plugins and route handlers are async by contract even when they do not await.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // The ambient types of tsconfig.core.json belong to no project the lint's type checker opens.
    files: ["**/*.js", "**/*.mjs", "types/**/*.d.ts"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["src/core/**/*.ts"],
    // Off as globals here, so a plain-JavaScript reading of core finds them undefined too.
    languageOptions: {
      globals: Object.fromEntries(CORE_RESTRICTED_GLOBALS.map(([name]) => [name, "off"])),
    },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: "src/core runs in the browser too: no Node built-ins.",
          })),
          patterns: [
            ...fence(
              ["node", "server", "web", "cli"],
              "src/core imports none of node, server, web or cli.",
            ),
            { group: ["node:*"], message: "src/core runs in the browser too: no Node built-ins." },
            {
              group: ["pg", "drizzle-orm", "drizzle-orm/*", "@electric-sql/*", "fastify"],
              message: "src/core has no database or HTTP.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...CORE_RESTRICTED_GLOBALS.map(([name, message]) => ({ name, message })),
      ],
    },
  },
  {
    files: ["src/server/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: fence(["web", "cli"], "src/server does not import web or cli.") },
      ],
    },
  },
  {
    files: ["src/web/**/*.ts", "src/web/**/*.tsx"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: "src/web runs in the browser." })),
          patterns: fence(
            ["node", "server", "cli"],
            "src/web does not import node, server or cli.",
          ),
        },
      ],
    },
  },
  {
    files: ["src/node/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: fence(
            ["server", "web", "cli"],
            "src/node is infrastructure under server and cli: it imports none of them, nor web.",
          ),
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: fence(["web"], "src/cli does not import web.") },
      ],
    },
  },
);
