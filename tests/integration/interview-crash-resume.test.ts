import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spawnCandor, waitForUrl, type SpawnedCandor } from "../support/spawn-candor.ts";

interface Turn {
  kind: string;
  text: string;
  answer?: { text: string; analysis: { overall: number } };
  analysisInput?: { kind: string; question?: string };
}

const ANSWERS = [
  "We escalated it to the director and the team pushed back on the date.",
  "I wrote the rollback plan myself on the Sunday, and I felt anxious the whole weekend.",
  "In the end we shipped two weeks late, in March, with no incident in the first month.",
  "Next time I would bring the data to the first meeting instead of arguing about principles.",
  "I used to think dates were negotiable; losing that argument taught me they are commitments.",
];

async function post(url: string, body: unknown) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function transcript(base: string, id: string): Promise<{ status: string; turns: Turn[] }> {
  const response = await fetch(`${base}/api/interviews/${id}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { status: string; turns: Turn[] };
}

describe("an interview survives a killed server", () => {
  let dataDir: string;
  const children: SpawnedCandor[] = [];

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "candor-crash-"));
  });

  afterEach(async () => {
    for (const started of children.splice(0)) {
      if (started.child.exitCode === null) started.child.kill("SIGKILL");
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it("answers half an interview, is killed with SIGKILL, restarts and finishes with every turn intact", async () => {
    const first = spawnCandor(["--port", "0"], dataDir);
    children.push(first);
    const base = await waitForUrl(first);

    const started = await post(`${base}/api/interviews`, { round: "behavioral" });
    expect(started.status).toBe(201);
    const id = String(started.body["id"]);

    for (const text of ANSWERS.slice(0, 3)) {
      const answered = await post(`${base}/api/interviews/${id}/answers`, { text });
      expect(answered.status).toBe(200);
    }
    const before = await transcript(base, id);
    expect(before.turns).toHaveLength(4);

    first.child.kill("SIGKILL");
    await first.exited;

    const second = spawnCandor(["--port", "0"], dataDir);
    children.push(second);
    const base2 = await waitForUrl(second);
    const after = await transcript(base2, id);
    expect(after.turns).toEqual(before.turns);
    expect(after.status).toBe("active");

    // Finish the interview: answer every open turn until the interviewer ends it.
    let answers = 3;
    for (let guard = 0; guard < 40; guard += 1) {
      const current = await transcript(base2, id);
      const open = current.turns.at(-1);
      if (open?.kind === "end" || current.status === "finished") break;
      const text = ANSWERS[answers % ANSWERS.length] ?? "I do not know.";
      const answered = await post(`${base2}/api/interviews/${id}/answers`, { text });
      expect(answered.status).toBe(200);
      answers += 1;
    }
    const finished = await transcript(base2, id);
    expect(finished.status).toBe("finished");
    expect(finished.turns.at(-1)?.kind).toBe("end");
    // The turns from before the crash are still there, unchanged, at the start of the transcript;
    // the one that was open then now carries its answer.
    const answeredBefore = before.turns.length - 1;
    expect(finished.turns.slice(0, answeredBefore)).toEqual(before.turns.slice(0, answeredBefore));
    const {
      answer: _answer,
      analysisInput: _input,
      ...openAfter
    } = finished.turns[answeredBefore] ?? { kind: "" };
    expect(openAfter).toEqual(before.turns[answeredBefore]);
    const answered = finished.turns.filter((turn) => turn.answer !== undefined);
    expect(answered).toHaveLength(answers);

    const report = await fetch(`${base2}/api/interviews/${id}/report`);
    expect(report.status).toBe(200);
    const body = (await report.json()) as { fixes: unknown[]; questions: unknown[] };
    expect(body.questions.length).toBeGreaterThan(0);
  }, 180_000);
});
