// Leave-one-batch-out evaluation: each labeled file (a batch written at one time, by one hand)
// is held out in turn, the weights are learned from every other training answer, and the coach
// is judged on the held-out file's training answers alone. Rules were written from all the
// training answers, so the figures still flatter them; they do not flatter the learned weights.
import {
  analyzeAnswer,
  decideFlags,
  tentativeFlags,
} from "../../src/core/analysis/analyze-answer.ts";
import type { FlagCode } from "../../src/core/analysis/index.ts";
import type { CoachModel } from "../../src/core/analysis/model.ts";
import { spearman } from "../../src/core/stats/evaluation.ts";
import { inputOf, type Prepared } from "./prepare.ts";
import { trainAnswerModels } from "./train.ts";

/** One held-out answer: its labels and what the coach, trained without its file, made of it. */
export interface HeldOutAnswer {
  readonly id: string;
  readonly file: string;
  /** The flag is among the answer's labels. */
  readonly positive: boolean;
  /** The coach raised the flag. */
  readonly raised: boolean;
  /** Raised firmly: it caps the score at 2 (not a close call). */
  readonly firm: boolean;
  readonly overall: number;
  readonly label: number;
}

/** A flag's figures and the overall's Spearman on a set of held-out answers. */
export interface HeldOutFigures {
  readonly items: number;
  readonly positives: number;
  readonly found: number;
  readonly falseAlarms: number;
  /** False alarms that cap the score at 2. */
  readonly firmFalseAlarms: number;
  readonly spearman: number;
}

/** Counts what the coach found, and missed, of a flag among held-out answers. */
export function tally(answers: readonly HeldOutAnswer[]): HeldOutFigures {
  const count = (test: (a: HeldOutAnswer) => boolean) => answers.filter(test).length;
  return {
    items: answers.length,
    positives: count((a) => a.positive),
    found: count((a) => a.positive && a.raised),
    falseAlarms: count((a) => !a.positive && a.raised),
    firmFalseAlarms: count((a) => !a.positive && a.raised && a.firm),
    spearman: spearman(
      answers.map((a) => a.overall),
      answers.map((a) => a.label),
    ),
  };
}

/** Every prepared answer judged by a coach trained without the answer's own file. */
export function leaveOneBatchOut(prepared: readonly Prepared[], code: FlagCode): HeldOutAnswer[] {
  const files = [...new Set(prepared.map((p) => p.item.file))];
  return files.flatMap((file) => {
    const { flags, overall } = trainAnswerModels(prepared.filter((p) => p.item.file !== file));
    const model: CoachModel = { about: "", trainedOn: null, flags, overall, stance: null };
    return prepared
      .filter((p) => p.item.file === file)
      .flatMap((p) => {
        const result = analyzeAnswer(inputOf(p.item), model);
        if (!result.ok) return [];
        const raised = decideFlags(p.inspection, model).some((flag) => flag.code === code);
        return [
          {
            id: p.item.id,
            file,
            positive: p.item.flags.includes(code),
            raised,
            firm: raised && !tentativeFlags(p.inspection.signals).has(code),
            overall: result.value.overall,
            label: p.item.overall,
          },
        ];
      });
  });
}
