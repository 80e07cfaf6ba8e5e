// How well the coach reads pushback replies: its verdict (held / updated / caved) against the
// labeled one, with a bootstrap interval, per verdict and on the hard replies.
import { analyzeAnswer } from "../../src/core/analysis/index.ts";
import { bootstrap, type Estimate } from "../../src/core/stats/evaluation.ts";
import type { PushbackItem } from "./labeled-data.ts";

/** A labeled reply and the coach's verdict on it. */
export interface JudgedReply {
  readonly item: PushbackItem;
  readonly verdict: PushbackItem["stance"] | undefined;
}

/** Runs the analyzer on each labeled reply, exactly as `POST /api/analyze` would. */
export function judgeReplies(items: readonly PushbackItem[]): JudgedReply[] {
  return items.map((item) => {
    const result = analyzeAnswer({
      kind: "pushback",
      text: item.reply,
      view: item.view,
      challenge: item.challenge,
    });
    return { item, verdict: result.ok ? result.value.stance?.verdict : undefined };
  });
}

/** The share of replies whose verdict matches the label. */
export function stanceAccuracy(judged: readonly JudgedReply[]): number {
  if (judged.length === 0) return Number.NaN;
  return judged.filter((j) => j.verdict === j.item.stance).length / judged.length;
}

/** Accuracy overall and on the hard replies, each with its interval, and recall per verdict. */
export interface StanceReport {
  readonly items: number;
  readonly accuracy: Estimate;
  readonly hardItems: number;
  readonly hardAccuracy: Estimate;
  readonly recall: Readonly<Record<PushbackItem["stance"], number>>;
}

/** The figures the eval command prints. */
export function stanceReport(judged: readonly JudgedReply[]): StanceReport {
  const hard = judged.filter((j) => j.item.hard);
  const recallOf = (verdict: PushbackItem["stance"]) =>
    stanceAccuracy(judged.filter((j) => j.item.stance === verdict));
  return {
    items: judged.length,
    accuracy: bootstrap(judged, stanceAccuracy),
    hardItems: hard.length,
    hardAccuracy: bootstrap(hard, stanceAccuracy),
    recall: { held: recallOf("held"), updated: recallOf("updated"), caved: recallOf("caved") },
  };
}

const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "–");
const estimate = (e: Estimate) => `${fixed(e.value)} [95% CI ${fixed(e.low)}–${fixed(e.high)}]`;

/** The report as text. */
export function formatStanceReport(title: string, r: StanceReport): string {
  return [
    `${title}: ${r.items} replies`,
    `stance accuracy         ${estimate(r.accuracy)}`,
    `  on ${r.hardItems} hard replies  ${estimate(r.hardAccuracy)}`,
    `  recall: held ${fixed(r.recall.held)}, updated ${fixed(r.recall.updated)}, caved ${fixed(r.recall.caved)}`,
  ].join("\n");
}
