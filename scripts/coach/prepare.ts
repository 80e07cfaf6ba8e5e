// Turns a labeled answer into what training and evaluation need: the analyzer's inspection of it.
import { inspectAnswer, type Inspection } from "../../src/core/analysis/analyze-answer.ts";
import type { AnalyzeInput } from "../../src/core/analysis/index.ts";
import type { AnswerItem } from "./labeled-data.ts";

/** The analyzer's input for a labeled answer. */
export function inputOf(item: AnswerItem): AnalyzeInput {
  return {
    text: item.answer,
    kind: item.kind,
    question: item.question,
    ...(item.changedMind === undefined ? {} : { changedMind: item.changedMind }),
    ...(item.followUp === undefined ? {} : { followUp: item.followUp }),
  };
}

/** A labeled answer with its inspection. */
export interface Prepared {
  readonly item: AnswerItem;
  readonly inspection: Inspection;
}

/** Inspects every item; an item the analyzer refuses (empty after blanking) is an error here. */
export function prepare(items: readonly AnswerItem[]): Prepared[] {
  return items.map((item) => {
    const inspected = inspectAnswer(inputOf(item));
    if (!inspected.ok) throw new Error(`${item.id}: ${inspected.error.message}`);
    return { item, inspection: inspected.value };
  });
}
