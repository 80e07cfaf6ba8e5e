import { z } from "zod";
import type { Evidence } from "./evidence.ts";
import { type Analysis, FLAG_CODES, type FlagCode, type ReadsAs, type Score } from "./types.ts";

/**
 * What a language model is asked to return when it judges an answer against the same rubric: an
 * overall score with the quotes behind it, how the answer reads, and flags with quotes. Its
 * quotes are claims about the answer's words; `verifySecondOpinion` keeps only those that are
 * really there.
 */
export const rawSecondOpinionSchema = z.object({
  overall: z.number().int().min(1).max(5),
  overallQuotes: z.array(z.string()).max(6),
  readsAs: z.enum(["genuine", "mixed", "alignment-signaling"]),
  flags: z
    .array(
      z.object({
        code: z.enum(FLAG_CODES),
        message: z.string().max(400),
        quotes: z.array(z.string()).max(4),
      }),
    )
    .max(FLAG_CODES.length),
});

/** The model's judgement as it arrived, before its quotes are checked. */
export type RawSecondOpinion = z.infer<typeof rawSecondOpinionSchema>;

/** A flag of the second opinion, with quotes that are verified slices of the answer. */
export interface SecondOpinionFlag {
  readonly code: FlagCode;
  readonly message: string;
  readonly evidence: readonly Evidence[];
}

/** The second opinion as shown: every quote a verified slice of the answer (DESIGN.md). */
export interface SecondOpinion {
  /** Absent when none of the quotes offered for the score were in the answer. */
  readonly overall?: Score;
  readonly overallEvidence: readonly Evidence[];
  readonly readsAs: ReadsAs;
  readonly flags: readonly SecondOpinionFlag[];
  /** How many quotes the model offered that were not in the answer and were dropped. */
  readonly droppedQuotes: number;
}

/** Where the offline coach and the second opinion agree, and where they differ. */
export interface OpinionComparison {
  /** Flags both raised. */
  readonly agreed: readonly FlagCode[];
  /** Flags only the offline coach raised. */
  readonly offlineOnly: readonly FlagCode[];
  /** Flags only the second opinion raised. */
  readonly secondOnly: readonly FlagCode[];
  /** The second opinion's overall minus the offline one; undefined without a verified score. */
  readonly overallDifference: number | undefined;
  readonly readsAsAgrees: boolean;
}

/** Quotation marks and dashes a model may normalise when it quotes; one character for one. */
function loosen(text: string): string {
  return text
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’‚']/g, "'")
    .replace(/[–—]/g, "-");
}

/**
 * Finds a quote in the answer: exactly, or with quotation marks, dashes and white space as the
 * model may have normalised them (the text's length is kept, so offsets stay valid). A quote
 * shorter than three characters, or not in the answer, is undefined.
 */
export function locateQuote(text: string, quote: string): Evidence | undefined {
  const wanted = quote
    .trim()
    .replace(/^["'“‘]+|["'”’.…]+$/g, "")
    .trim();
  if (wanted.length < 3) return undefined;
  const exact = text.indexOf(wanted);
  if (exact !== -1) return { start: exact, end: exact + wanted.length, quote: wanted };
  // Same length as the text, so an index in one is an index in the other.
  const haystack = loosen(text).replace(/\s/g, " ");
  const needle = loosen(wanted).replace(/\s+/g, " ");
  const at = haystack.indexOf(needle);
  if (at === -1) return undefined;
  return { start: at, end: at + needle.length, quote: text.slice(at, at + needle.length) };
}

/**
 * Checks a model's quotes against a text: `verify` keeps those found in it, and `dropped` counts
 * the ones that were not, over every call.
 */
export function quoteChecker(text: string): {
  verify: (quotes: readonly string[]) => Evidence[];
  dropped: () => number;
} {
  let dropped = 0;
  return {
    verify: (quotes) =>
      quotes.flatMap((quote) => {
        const found = locateQuote(text, quote);
        if (found === undefined) dropped += 1;
        return found === undefined ? [] : [found];
      }),
    dropped: () => dropped,
  };
}

/** Keeps what is verifiable: quotes that are in the answer, and flags with at least one. */
export function verifySecondOpinion(raw: RawSecondOpinion, text: string): SecondOpinion {
  const { verify, dropped } = quoteChecker(text);
  const seen = new Set<FlagCode>();
  const flags: SecondOpinionFlag[] = [];
  for (const flag of raw.flags) {
    if (seen.has(flag.code)) continue;
    const evidence = verify(flag.quotes);
    // A judgement with nothing in the answer behind it is not shown.
    if (evidence.length === 0) continue;
    seen.add(flag.code);
    flags.push({ code: flag.code, message: flag.message, evidence });
  }
  const overallEvidence = verify(raw.overallQuotes);
  return {
    ...(overallEvidence.length > 0 ? { overall: raw.overall as Score } : {}),
    overallEvidence,
    readsAs: raw.readsAs,
    flags,
    droppedQuotes: dropped(),
  };
}

/** Compares the offline analysis with the second opinion. */
export function compareOpinions(offline: Analysis, second: SecondOpinion): OpinionComparison {
  const mine = new Set(offline.flags.map((flag) => flag.code));
  const theirs = new Set(second.flags.map((flag) => flag.code));
  return {
    agreed: FLAG_CODES.filter((code) => mine.has(code) && theirs.has(code)),
    offlineOnly: FLAG_CODES.filter((code) => mine.has(code) && !theirs.has(code)),
    secondOnly: FLAG_CODES.filter((code) => !mine.has(code) && theirs.has(code)),
    overallDifference: second.overall === undefined ? undefined : second.overall - offline.overall,
    readsAsAgrees: second.readsAs === offline.readsAs,
  };
}
