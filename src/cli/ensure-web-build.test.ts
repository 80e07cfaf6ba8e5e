import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureWebBuild, type WebProject } from "./ensure-web-build.ts";

// A small project of the same layout as Candor's (vite.config.ts, src/web, src/core), built by
// the same code that builds Candor's web app at start.
let project: WebProject;

beforeEach(async () => {
  const root = await mkdtemp(path.join(tmpdir(), "candor-web-build-"));
  project = { root, distDir: path.join(root, "out") };
  await mkdir(path.join(root, "src", "web"), { recursive: true });
  await writeFile(path.join(root, "package.json"), '{ "type": "module" }\n');
  await writeFile(
    path.join(root, "vite.config.ts"),
    'export default { root: "src/web", build: { outDir: "../../out", emptyOutDir: true } };\n',
  );
  await writeFile(
    path.join(root, "src", "web", "index.html"),
    '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>\n',
  );
  await writeFile(path.join(root, "src", "web", "main.js"), 'document.body.append("ready");\n');
});

afterEach(async () => {
  await rm(project.root, { recursive: true, force: true });
});

async function build(): Promise<string> {
  let out = "";
  await ensureWebBuild({ out: (text) => (out += text), err: () => undefined }, project);
  return out;
}

describe("ensureWebBuild", () => {
  it("builds a project that was never built, then leaves an up-to-date build alone", async () => {
    expect(await build()).toBe("Building the web app (first start)…\n");
    expect(existsSync(path.join(project.distDir, "index.html"))).toBe(true);
    expect(await build()).toBe("");
  });

  it("rebuilds when a source is newer than the build", async () => {
    await build();
    const past = new Date(Date.now() - 60_000);
    await utimes(path.join(project.distDir, "index.html"), past, past);
    expect(await build()).toBe("Rebuilding the web app…\n");
  });

  it("says why when the build fails", async () => {
    await writeFile(path.join(project.root, "src", "web", "main.js"), "export const = ;\n");
    await expect(build()).rejects.toThrow(
      /Building the web app failed:\n[\s\S]*src\/web\/main\.js:1:14/,
    );
  });
});
