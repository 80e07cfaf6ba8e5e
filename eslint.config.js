// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { builtinModules } from "node:module";

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

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
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["src/core/**/*.ts"],
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
        {
          name: "process",
          message: "src/core never reads the environment; pass configuration in.",
        },
        { name: "window", message: "src/core has no DOM." },
        { name: "document", message: "src/core has no DOM." },
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
