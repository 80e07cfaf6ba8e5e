// The second, blind labelling of the coach's test answers (content/analysis/coach-second-labels.yaml)
// and how far it agrees with the first: the ceiling a coach can be expected to reach against one
// labeller's judgement. The coach's figures on the same answers are computed the same way, so the
// two sit side by side. See docs/rubric.md, "How far two labellers agree".
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { FLAG_CODES, type FlagCode } from "../../src/core/analysis/index.ts";
import {
  bootstrap,
  confusion,
  type Estimate,
  rates,
  spearman,
} from "../../src/core/stats/evaluation.ts";
import { type Judged, MIN_SUPPORT } from "./evaluate.ts";
import { ANALYSIS_DIR, type AnswerItem } from "./labeled-data.ts";
import { pairById } from "./label-agreement.ts";

const secondLabelSchema = z
  .object({
    id: z.string().min(1),
    overall: z.number().int().min(1).max(5),
    flags: z.array(z.enum(FLAG_CODES)),
    unsure: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();

/** One answer's label from the second labeller. */
export type CoachSecondLabel = z.infer<typeof secondLabelSchema>;

/** The second labelling of the answers; none when the file does not exist. */
export function loadCoachSecondLabels(dir = ANALYSIS_DIR): CoachSecondLabel[] {
  const file = path.join(dir, "coach-second-labels.yaml");
  if (!existsSync(file)) return [];
  return z.array(secondLabelSchema).parse(parse(readFileSync(file, "utf8")));
}

/** Pairs each second label with its labeled answer (see pairById). */
export function pairAnswerLabels(
  items: readonly AnswerItem[],
  second: readonly CoachSecondLabel[],
): { readonly item: AnswerItem; readonly label: CoachSecondLabel }[] {
  return pairById(items, second, "answer");
}

/** What one judge (a labeller or the coach) said of an answer. */
export interface Judgement {
  readonly overall: number;
  readonly flags: ReadonlySet<FlagCode>;
}

/** An answer as the first labelling has it and as another judge has it. */
export interface Compared {
  readonly first: Judgement;
  readonly other: Judgement;
  /** The flags that apply to the answer's question: the only ones either is measured on. */
  readonly applicable: ReadonlySet<FlagCode>;
}

/** The share of answers whose overall the two give exactly alike, or within one point. */
export function overallAgreement(compared: readonly Compared[], within = 0): number {
  if (compared.length === 0) return Number.NaN;
  const close = compared.filter((c) => Math.abs(c.first.overall - c.other.overall) <= within);
  return close.length / compared.length;
}

/** Spearman's correlation of the other judge's overall with the first labelling's. */
export function overallSpearman(compared: readonly Compared[]): number {
  return spearman(
    compared.map((c) => c.other.overall),
    compared.map((c) => c.first.overall),
  );
}

const onFlag = (compared: readonly Compared[], code: FlagCode) =>
  compared.filter((c) => c.applicable.has(code));

/** Cohen's kappa of one flag, over the answers it applies to; NaN when chance explains all. */
export function flagKappa(compared: readonly Compared[], code: FlagCode): number {
  const on = onFlag(compared, code);
  if (on.length === 0) return Number.NaN;
  const firstRate = on.filter((c) => c.first.flags.has(code)).length / on.length;
  const otherRate = on.filter((c) => c.other.flags.has(code)).length / on.length;
  const observed = on.filter((c) => c.first.flags.has(code) === c.other.flags.has(code)).length;
  const chance = firstRate * otherRate + (1 - firstRate) * (1 - otherRate);
  return chance === 1 ? Number.NaN : (observed / on.length - chance) / (1 - chance);
}

/** The other judge's balanced accuracy on one flag, the first labelling taken as the truth. */
export function flagBalancedAccuracy(compared: readonly Compared[], code: FlagCode): number {
  const on = onFlag(compared, code);
  return rates(
    confusion(
      on.map((c) => c.other.flags.has(code)),
      on.map((c) => c.first.flags.has(code)),
    ),
  ).balancedAccuracy;
}

/** A flag's agreement figures over the answers it applies to. */
export interface FlagAgreement {
  readonly code: FlagCode;
  readonly applicable: number;
  /** Answers the first labelling flags. */
  readonly positives: number;
  readonly kappa: Estimate;
  readonly balancedAccuracy: Estimate;
  /** At least MIN_SUPPORT first-labelling positives and negatives: it enters the macro mean. */
  readonly counted: boolean;
}

/** How far another judge agrees with the first labelling. */
export interface AgreementFigures {
  readonly answers: number;
  readonly spearman: Estimate;
  readonly exact: Estimate;
  readonly withinOne: Estimate;
  readonly flags: readonly FlagAgreement[];
  readonly macroBalancedAccuracy: Estimate;
}

/** Whether the first labelling has enough positives and negatives of a flag to count it. */
function supported(compared: readonly Compared[], code: FlagCode): boolean {
  const on = onFlag(compared, code);
  const positives = on.filter((c) => c.first.flags.has(code)).length;
  return positives >= MIN_SUPPORT && on.length - positives >= MIN_SUPPORT;
}

/** The macro mean of balanced accuracy, as the coach's evaluation takes it: over the given flags
 * that have enough support in `compared`. */
export function macroBalancedAccuracy(
  compared: readonly Compared[],
  codes: readonly FlagCode[],
): number {
  const values = codes
    .filter((code) => supported(compared, code))
    .map((code) => flagBalancedAccuracy(compared, code))
    .filter((v) => Number.isFinite(v));
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Every agreement figure with its 95% bootstrap interval, resampled over the answers. */
export function agreementFigures(compared: readonly Compared[]): AgreementFigures {
  const flags = FLAG_CODES.map((code): FlagAgreement => {
    const on = onFlag(compared, code);
    return {
      code,
      applicable: on.length,
      positives: on.filter((c) => c.first.flags.has(code)).length,
      kappa: bootstrap(on, (sample) => flagKappa(sample, code)),
      balancedAccuracy: bootstrap(on, (sample) => flagBalancedAccuracy(sample, code)),
      counted: supported(compared, code),
    };
  });
  const counted = flags.filter((f) => f.counted).map((f) => f.code);
  return {
    answers: compared.length,
    spearman: bootstrap(compared, overallSpearman),
    exact: bootstrap(compared, (sample) => overallAgreement(sample)),
    withinOne: bootstrap(compared, (sample) => overallAgreement(sample, 1)),
    flags,
    macroBalancedAccuracy: bootstrap(compared, (sample) => macroBalancedAccuracy(sample, counted)),
  };
}

const judgementOf = (overall: number, flags: readonly FlagCode[]): Judgement => ({
  overall,
  flags: new Set(flags),
});

/**
 * The answers that carry a second label, each compared with the first labelling twice: once as
 * the second labeller saw it and once as the coach did. Answers without a second label are left
 * out of both, so the two sets of figures are on the same answers.
 */
export function sideBySide(
  judged: readonly Judged[],
  second: readonly CoachSecondLabel[],
): { readonly second: Compared[]; readonly coach: Compared[] } {
  const labels = new Map(second.map((label) => [label.id, label]));
  const both = judged.flatMap((j) => {
    const label = labels.get(j.item.id);
    return label === undefined ? [] : [{ j, label }];
  });
  const first = (j: Judged) => judgementOf(j.item.overall, j.item.flags);
  return {
    second: both.map(({ j, label }) => ({
      first: first(j),
      other: judgementOf(label.overall, label.flags),
      applicable: j.applicable,
    })),
    coach: both.map(({ j }) => ({
      first: first(j),
      other: judgementOf(
        j.analysis.overall,
        j.analysis.flags.map((flag) => flag.code),
      ),
      applicable: j.applicable,
    })),
  };
}

const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "–");
const estimate = (e: Estimate) =>
  Number.isFinite(e.value) ? `${fixed(e.value)} [${fixed(e.low)}–${fixed(e.high)}]` : "–";

/** The second labelling's agreement with the first beside the coach's, as text. */
export function formatLabellerAgreement(
  second: AgreementFigures,
  coach: AgreementFigures,
  testAnswers: number,
  unsure: number,
): string {
  const cells = (...values: string[]) => values.map((v) => v.padEnd(20)).join(" ");
  return [
    `Answers, second labelling (blind) against the first, on the test split: ${String(second.answers)} of its ${String(testAnswers)} answers (${String(unsure)} marked unsure)`,
    `${"[95% CI]".padEnd(25)} ${cells("second labeller", "coach, same answers")}`,
    `${"Spearman of overall".padEnd(25)} ${cells(estimate(second.spearman), estimate(coach.spearman))}`,
    `${"overall exactly alike".padEnd(25)} ${cells(estimate(second.exact), estimate(coach.exact))}`,
    `${"overall within one point".padEnd(25)} ${cells(estimate(second.withinOne), estimate(coach.withinOne))}`,
    `${"macro balanced accuracy".padEnd(25)} ${cells(estimate(second.macroBalancedAccuracy), estimate(coach.macroBalancedAccuracy))}`,
    "per flag, on the answers it applies to (pos: flagged in the first labelling):",
    `${"flag".padEnd(20)} applies  pos  ${cells("kappa, second", "kappa, coach", "bal. acc., second", "bal. acc., coach")}`,
    ...second.flags.map((f, i) => {
      const c = coach.flags[i] ?? f;
      const row = cells(
        estimate(f.kappa),
        estimate(c.kappa),
        estimate(f.balancedAccuracy),
        estimate(c.balancedAccuracy),
      );
      return `${f.code.padEnd(20)} ${String(f.applicable).padStart(7)} ${String(f.positives).padStart(4)}  ${f.counted ? row.trimEnd() : `${row}(too few to count)`}`;
    }),
  ]
    .map((line) => line.trimEnd())
    .join("\n");
}
