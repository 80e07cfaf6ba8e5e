// The second, blind labelling of the pushback replies (content/analysis/pushback-second-labels.yaml)
// and how far it agrees with the first: raw agreement and Cohen's kappa, each with its interval.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { bootstrap, type Estimate } from "../../src/core/stats/evaluation.ts";
import { ANALYSIS_DIR, type PushbackItem } from "./labeled-data.ts";

const STANCES = ["held", "updated", "caved"] as const;
type Stance = (typeof STANCES)[number];

const secondLabelSchema = z.object({
  id: z.string().min(1),
  stance: z.enum(STANCES),
  hard: z.boolean(),
  unsure: z.boolean().optional(),
  note: z.string().optional(),
});

/** One reply's label from the second labeller. */
export type SecondLabel = z.infer<typeof secondLabelSchema>;

/** The second labelling; none when the file does not exist. */
export function loadSecondLabels(dir = ANALYSIS_DIR): SecondLabel[] {
  const file = path.join(dir, "pushback-second-labels.yaml");
  if (!existsSync(file)) return [];
  return z.array(secondLabelSchema).parse(parse(readFileSync(file, "utf8")));
}

/**
 * Pushback files whose replies are still waiting for their second labeller. A batch lands with
 * its first labels; until another person labels it blind, it is left out of the agreement, and
 * the file is taken off this list in the same change that adds its second labels.
 */
export const AWAITING_SECOND_LABELS: readonly string[] = [];

/** A reply with both labellings. */
export interface LabelPair {
  readonly first: Stance;
  readonly second: Stance;
}

/**
 * Pairs each second label with the labeled item of its id (`noun` names what the items are). A
 * label for an id that is not a labeled item, or given twice, is refused: it would be compared
 * with nothing, or counted twice.
 */
export function pairById<I extends { readonly id: string }, L extends { readonly id: string }>(
  items: readonly I[],
  second: readonly L[],
  noun: string,
): { readonly item: I; readonly label: L }[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  return second.map((label) => {
    const item = byId.get(label.id);
    if (item === undefined) throw new Error(`Second label for unknown ${noun} "${label.id}".`);
    if (seen.has(label.id)) throw new Error(`Second label for "${label.id}" given twice.`);
    seen.add(label.id);
    return { item, label };
  });
}

/** Pairs each labeled reply with its second label (see pairById). */
export function pairLabels(
  items: readonly PushbackItem[],
  second: readonly SecondLabel[],
): (LabelPair & { readonly item: PushbackItem; readonly label: SecondLabel })[] {
  return pairById(items, second, "reply").map(({ item, label }) => ({
    first: item.stance,
    second: label.stance,
    item,
    label,
  }));
}

/** The share of replies both labellings put in the same stance. */
export function agreement(pairs: readonly LabelPair[]): number {
  if (pairs.length === 0) return Number.NaN;
  return pairs.filter((p) => p.first === p.second).length / pairs.length;
}

/** Cohen's kappa: agreement beyond what the two labellers' stance rates would give by chance. */
export function cohensKappa(pairs: readonly LabelPair[]): number {
  if (pairs.length === 0) return Number.NaN;
  const share = (stance: Stance, side: keyof LabelPair) =>
    pairs.filter((p) => p[side] === stance).length / pairs.length;
  const chance = STANCES.reduce((sum, s) => sum + share(s, "first") * share(s, "second"), 0);
  return chance === 1 ? Number.NaN : (agreement(pairs) - chance) / (1 - chance);
}

/** Agreement and kappa over the pairs, each with its 95% bootstrap interval. */
export function agreementReport(pairs: readonly LabelPair[]): {
  readonly items: number;
  readonly agreement: Estimate;
  readonly kappa: Estimate;
} {
  return {
    items: pairs.length,
    agreement: bootstrap(pairs, agreement),
    kappa: bootstrap(pairs, cohensKappa),
  };
}

const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "–");
const estimate = (e: Estimate) => `${fixed(e.value)} [95% CI ${fixed(e.low)}–${fixed(e.high)}]`;

/** The agreement as text, overall and on the frozen test split. */
export function formatAgreement(
  all: ReturnType<typeof agreementReport>,
  test: ReturnType<typeof agreementReport>,
): string {
  return [
    "Pushback replies, second labelling (blind) against the first",
    `  all ${String(all.items)} replies: agreement ${estimate(all.agreement)}, Cohen's kappa ${estimate(all.kappa)}`,
    `  test split, ${String(test.items)} replies: agreement ${estimate(test.agreement)}, Cohen's kappa ${estimate(test.kappa)}`,
  ].join("\n");
}
