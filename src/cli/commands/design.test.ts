import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliCaptured } from "../../../tests/support/run-cli.ts";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "candor-design-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function design(argv: string[], stdin = "") {
  return runCliCaptured(["design", ...argv], stdin);
}

const QUESTION = "design-ai-api-rate-limiting";
const ANSWER = `## Failure modes
If the Redis counter store is unreachable, the gateway fails open for paid tiers using its local buckets.
`;

describe("candor design", () => {
  it("prints the review as JSON with --json, quotes taken from the file", async () => {
    const file = path.join(dir, "design.md");
    await writeFile(file, ANSWER);
    const { code, out } = await design(["--question", QUESTION, "--json", file]);
    expect(code).toBe(0);
    const review = JSON.parse(out) as {
      overall: number;
      steps: { step: string; found: { evidence: { quote: string }[] }[] }[];
    };
    expect(review.overall).toBe(1);
    const failures = review.steps.find((step) => step.step === "failure-modes");
    expect(failures?.found[0]?.evidence[0]?.quote).toContain("fails open");
  });

  it("reads standard input and prints each step for a person", async () => {
    const { code, out } = await design(["--question", QUESTION], ANSWER);
    expect(code).toBe(0);
    expect(out).toMatch(/^Overall 1\/5/);
    expect(out).toContain("Failure modes");
    expect(out).toContain('Add a section headed "API".');
  });

  it("exits 1 naming the id when the question is unknown or not a design question", async () => {
    for (const id of ["no-such-question", "values-acted-against-own-values"]) {
      const { code, err } = await design(["--question", id], ANSWER);
      expect(code).toBe(1);
      expect(err).toContain(id);
    }
  });

  it("exits 2 with the usage when --question is missing", async () => {
    const { code, err } = await design([], ANSWER);
    expect(code).toBe(2);
    expect(err).toContain("--question ID is required");
  });

  it("refuses an answer over the size limit and says the limit", async () => {
    const { code, err } = await design(["--question", QUESTION], "x".repeat(30_001));
    expect(code).toBe(1);
    expect(err).toContain("30000");
  });

  it("reads an Excalidraw scene file with --diagram, and exits 1 naming what is wrong with one", async () => {
    const answer = path.join(dir, "with-diagram.md");
    await writeFile(answer, ANSWER);
    const scene = path.join(dir, "design.excalidraw");
    await writeFile(
      scene,
      JSON.stringify({
        type: "excalidraw",
        elements: [
          { id: "gw", type: "rectangle", x: 0, y: 0 },
          { id: "t1", type: "text", text: "Gateway", containerId: "gw" },
          { id: "q", type: "text", text: "Billing queue" },
          {
            id: "a",
            type: "arrow",
            startBinding: { elementId: "gw" },
            endBinding: { elementId: "q" },
          },
        ],
        appState: {},
      }),
    );
    const { code, out } = await design(["--question", QUESTION, "--diagram", scene, answer]);
    expect(code).toBe(0);
    expect(out).toContain("Gateway → Billing queue");
    expect(out).toContain('"Billing queue" is in the diagram, but the text never mentions it');

    await writeFile(scene, JSON.stringify({ elements: [{ type: "text" }] }));
    const bad = await design(["--question", QUESTION, "--diagram", scene, answer]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("elements.0.id");
  });
});
