// The README and the pages under docs/ point at each other and at the code: every relative link must
// name a file or folder that exists, and a link to a heading (page.md#heading) a heading the page
// has. The README must also stay short, fit a terminal, and name only npm scripts that exist.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function markdownFiles(): string[] {
  const docs = readdirSync(path.join(ROOT, "docs"), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .map((name) => path.join("docs", name));
  return ["README.md", ...docs.sort()];
}

/** The text outside fenced code blocks and inline code, where a link is a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
}

/** The targets of inline links, `[text](target)`, in a Markdown text. */
function linkTargets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? "");
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchorsOf(file: string): Set<string> {
  const headings = prose(readFileSync(file, "utf8")).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm);
  return new Set([...headings].map((m) => headingAnchor((m[1] ?? "").replace(/`/g, ""))));
}

/** Why a relative link from `file` is broken, or undefined when it resolves. */
function brokenLink(file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined; // https:, mailto: and the like
  const [pathPart = "", anchor] = target.split("#");
  const resolved =
    pathPart === "" ? path.join(ROOT, file) : path.resolve(ROOT, path.dirname(file), pathPart);
  if (!existsSync(resolved)) return `${file}: ${target} names nothing`;
  if (anchor === undefined || anchor === "") return undefined;
  if (!statSync(resolved).isFile() || !resolved.endsWith(".md")) {
    return `${file}: ${target} has an anchor but is not a Markdown page`;
  }
  return anchorsOf(resolved).has(anchor) ? undefined : `${file}: ${target} names no heading`;
}

describe("links in the README and docs/", () => {
  it("finds the pages and their links", () => {
    const files = markdownFiles();
    expect(files).toContain("docs/configuration.md");
    expect(linkTargets(readFileSync(path.join(ROOT, "README.md"), "utf8")).length).toBeGreaterThan(
      10,
    );
  });

  it.each(markdownFiles())("every relative link in %s resolves", (file) => {
    const markdown = readFileSync(path.join(ROOT, file), "utf8");
    const broken = linkTargets(markdown)
      .map((target) => brokenLink(file, target))
      .filter((problem) => problem !== undefined);
    expect(broken).toEqual([]);
  });

  it("reads links and anchors the way GitHub does", () => {
    expect(
      linkTargets('[a](x.md) `[b](y.md)` [c](https://e.org "t")\n```\n[d](z.md)\n```\n'),
    ).toEqual(["x.md", "https://e.org"]);
    expect(headingAnchor("A language model")).toBe("a-language-model");
    expect(headingAnchor("What `npm test` runs".replace(/`/g, ""))).toBe("what-npm-test-runs");
    expect(headingAnchor("Review: diff.patch and issues.yaml")).toBe(
      "review-diffpatch-and-issuesyaml",
    );
  });
});

describe("the README", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");

  it("is short and fits a terminal", () => {
    const lines = readme.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(100);
    expect(lines.filter((line) => line.length > 100)).toEqual([]);
  });

  it("gives the two commands and names only npm scripts that exist", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm ci && npm test");
    const scripts = Object.keys(
      (
        JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
          scripts: Record<string, string>;
        }
      ).scripts,
    );
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => name === undefined || !scripts.includes(name))).toEqual([]);
  });

  it("says Candor is for practice only", () => {
    expect(readme).toMatch(/for practice only/i);
  });
});
