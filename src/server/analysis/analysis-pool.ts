import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import {
  MAX_ANSWER_CHARS,
  type AnalyzeInput,
  type AnalyzeResult,
} from "../../core/analysis/types.ts";
import type { Diagram } from "../../core/design/diagram.ts";
import type { DesignQuestion, DesignReview } from "../../core/design/review-design.ts";
import { AppError } from "../http/errors.ts";
import { loadOnce } from "../../core/load-once.ts";

/**
 * Text up to this many characters (about ten minutes of speech) is analysed on the request's own
 * thread: about 30 ms at most, hostile input included. Longer text goes to the pool, whose first
 * thread takes seconds to start (it loads the language model), too long for an everyday answer.
 */
export const INLINE_ANALYSIS_CHARS = 8_000;

/** How many pool tasks may wait for a thread before new ones are refused with a 503. */
export const ANALYSIS_QUEUE_LIMIT = 32;

/** Runs the offline coach so that no analysis, however long its text, stalls the server. */
export interface AnalysisRunner {
  /** The analysis of one answer; throws a 503 AppError when the pool's queue is full. */
  analyze(input: AnalyzeInput): Promise<AnalyzeResult>;
  /** The analyses of several answers, in order, as one task (a story bank import). */
  analyzeMany(inputs: readonly AnalyzeInput[]): Promise<AnalyzeResult[]>;
  /** The review of a system-design answer; a long one runs on a pool thread like an analysis. */
  reviewDesign(input: DesignReviewInput): Promise<DesignReview>;
  /** Stops the pool's threads; tasks still queued are refused. */
  close(): Promise<void>;
}

/** A system-design answer and what its question asks a strong answer to cover. */
export interface DesignReviewInput {
  readonly text: string;
  readonly question: DesignQuestion;
  /** The design's diagram, when one was drawn. */
  readonly diagram?: Diagram | undefined;
}

export interface AnalysisPoolOptions {
  /** Text at or under this total length is analysed inline; INLINE_ANALYSIS_CHARS by default. */
  inlineChars?: number;
  /** Worker threads; one fewer than the cores (at least one, at most four) by default. */
  maxThreads?: number;
  /** Pool tasks that may wait; ANALYSIS_QUEUE_LIMIT by default. */
  maxQueue?: number;
}

/**
 * The analyzer, loaded on first use: with its language model it takes about 150 ms to load, which
 * a start need not wait for. `warmAnalyzer` loads it ahead of the first answer.
 */
const loadAnalyzer = loadOnce(() => import("../../core/analysis/analyze-answer.ts"));

/** Loads the analyzer now, so the first answer does not wait for it; for after a start. */
export async function warmAnalyzer(): Promise<void> {
  await loadAnalyzer();
}

const loadDesignReview = loadOnce(() => import("../../core/design/review-design.ts"));

async function reviewHere(input: DesignReviewInput): Promise<DesignReview> {
  const { reviewDesign } = await loadDesignReview();
  return reviewDesign(input.text, input.question, input.diagram);
}

async function analyzeHere(inputs: readonly AnalyzeInput[]): Promise<AnalyzeResult[]> {
  const { analyzeAnswer } = await loadAnalyzer();
  return inputs.map((input) => analyzeAnswer(input));
}

const WORKER_FILE = fileURLToPath(new URL("./analysis-worker.mjs", import.meta.url));

/** How long an idle thread lives (each holds about 100 MB): a session's bursts reuse it. */
const IDLE_THREAD_MS = 5 * 60_000;

/**
 * The analysis runner behind every route that scores text. Threads start on the first long
 * answer, not at start-up, so a server that only ever sees short answers never pays for them.
 */
export function createAnalysisPool(options: AnalysisPoolOptions = {}): AnalysisRunner {
  const inlineChars = options.inlineChars ?? INLINE_ANALYSIS_CHARS;
  const maxQueue = options.maxQueue ?? ANALYSIS_QUEUE_LIMIT;
  const maxThreads = options.maxThreads ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  let pool: Piscina | undefined;

  function threads(): Piscina {
    pool ??= new Piscina({
      filename: WORKER_FILE,
      minThreads: 0,
      maxThreads,
      maxQueue,
      idleTimeout: IDLE_THREAD_MS,
    });
    return pool;
  }

  function refuseWhenFull(): void {
    // Refused up front rather than by Piscina's own queue error, so the client gets a 503.
    if ((pool?.queueSize ?? 0) >= maxQueue) {
      throw new AppError(
        "unavailable",
        "The coach is busy with other long answers; try again in a few seconds.",
      );
    }
  }

  async function runInPool(inputs: readonly AnalyzeInput[]): Promise<AnalyzeResult[]> {
    refuseWhenFull();
    return (await threads().run(inputs)) as AnalyzeResult[];
  }

  function totalChars(inputs: readonly AnalyzeInput[]): number {
    return inputs.reduce((sum, input) => sum + input.text.length, 0);
  }

  return {
    async analyze(input) {
      // Text over the analyzer's limit is refused at once; no thread is needed to say so.
      if (input.text.length <= inlineChars || input.text.length > MAX_ANSWER_CHARS) {
        const [result] = await analyzeHere([input]);
        if (result === undefined) throw new Error("The analyzer returned no result.");
        return result;
      }
      const [result] = await runInPool([input]);
      if (result === undefined) throw new Error("The analysis pool returned no result.");
      return result;
    },
    async analyzeMany(inputs) {
      if (totalChars(inputs) <= inlineChars) return analyzeHere(inputs);
      return runInPool(inputs);
    },
    async reviewDesign(input) {
      if (input.text.length <= inlineChars) return reviewHere(input);
      refuseWhenFull();
      return (await threads().run(input, { name: "review" })) as DesignReview;
    },
    async close() {
      await pool?.destroy();
      pool = undefined;
    },
  };
}

/** A runner that analyses everything inline: for the CLI, which serves one person at a time. */
export const inlineAnalysis: AnalysisRunner = {
  analyze: async (input) => {
    const [result] = await analyzeHere([input]);
    if (result === undefined) throw new Error("The analyzer returned no result.");
    return result;
  },
  analyzeMany: analyzeHere,
  reviewDesign: reviewHere,
  close: async () => {},
};
