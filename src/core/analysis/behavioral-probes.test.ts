// Answers to behavioral questions written blind to the coach (behavioral.probes.json), each
// labelled for whether it tells how things ended, what the candidate took from it and how it felt:
// endings told through figures or states, lessons told only as changed practice, feelings
// understated, physical or in metaphor, and the reverse traps ("I learned a lot", "the outcome
// was positive", "I felt it was important"). A told feeling never raises `no-feelings`; an ending
// and a lesson raise their flags exactly when they are missing. The ones still misread are kept as
// expected failures, with why.
import { describe, expect, it } from "vitest";
import probes from "./behavioral.probes.json";
import { analyzeAnswer } from "./index.ts";

interface Probe {
  readonly id: string;
  readonly question: string;
  readonly text: string;
  readonly outcome: boolean;
  readonly reflection: boolean;
  readonly feelings: boolean;
  readonly why?: {
    readonly outcome?: string;
    readonly reflection?: string;
    readonly feelings?: string;
  };
}

const all: readonly Probe[] = probes;

function raised(probe: Probe): Set<string> {
  const result = analyzeAnswer({ kind: "behavioral", question: probe.question, text: probe.text });
  if (!result.ok) throw new Error(result.error.message);
  return new Set(result.value.flags.map((flag) => flag.code));
}

type Part = "outcome" | "reflection" | "feelings";
const FLAG: Readonly<Record<Part, string>> = {
  outcome: "no-outcome",
  reflection: "no-reflection",
  feelings: "no-feelings",
};

/** The probes a part is asserted on: a told feeling only, since no-feelings asks only some stories. */
function asserted(part: Part): Probe[] {
  return all.filter((probe) => part !== "feelings" || probe.feelings);
}

for (const part of ["outcome", "reflection", "feelings"] as const) {
  const flag = FLAG[part];
  describe(`blind behavioral answers: ${flag}`, () => {
    const read = asserted(part).filter((probe) => probe.why?.[part] === undefined);
    it.each(read.map((p) => [p.id, p[part] ? "told" : "missing", p] as const))(
      `%s, ${part} %s`,
      (_id, _told, probe) => {
        expect(raised(probe).has(flag)).toBe(!probe[part]);
      },
    );
    const misread = asserted(part).flatMap((p) => {
      const why = p.why?.[part];
      return why === undefined ? [] : [[p.id, why, p] as const];
    });
    if (misread.length > 0) {
      it.fails.each(misread)("%s still misread: %s", (_id, _why, probe) => {
        expect(raised(probe).has(flag)).toBe(!probe[part]);
      });
    }
  });
}
