// Replies to pushback written blind to the coach (stance.probes.json): 16 each held, updated and
// caved, most of them hard — a held view that opens with a concession or asks a question back, an
// update that keeps part of the old view, a cave that sounds reasoned. Each is asserted; the ones
// still misread are kept as expected failures, with why.
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "./index.ts";
import probes from "./stance.probes.json";

interface Probe {
  readonly id: string;
  readonly stance: string;
  readonly view: string;
  readonly challenge: string;
  readonly reply: string;
  readonly why?: string;
}

const all: readonly Probe[] = probes;

function verdictOf(probe: Probe) {
  const result = analyzeAnswer({
    kind: "pushback",
    text: probe.reply,
    view: probe.view,
    challenge: probe.challenge,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.stance?.verdict;
}

describe("blind replies to pushback", () => {
  it.each(all.filter((p) => p.why === undefined).map((p) => [p.id, p.stance, p] as const))(
    "%s reads %s",
    (_id, stance, probe) => {
      expect(verdictOf(probe)).toBe(stance);
    },
  );
});

describe("blind replies to pushback still misread", () => {
  it.fails.each(all.flatMap((p) => (p.why === undefined ? [] : [[p.id, p.why, p] as const])))(
    "%s: %s",
    (_id, _why, probe) => {
      expect(verdictOf(probe)).toBe(probe.stance);
    },
  );
});
