import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import {
  analyzeAnswer,
  DIMENSIONS,
  type Analysis,
  type AnalysisKind,
} from "../../core/analysis/index.ts";
import { ANSWER_KINDS } from "../../core/content/schema.ts";
import { UsageError, type Io } from "../usage.ts";

const KINDS: readonly string[] = [...ANSWER_KINDS, "pushback"];

/** Reads all of standard input as UTF-8. */
export type ReadStdin = () => Promise<string>;

/** `candor analyze`: the offline coach on one answer from a file or standard input. */
export async function analyzeCommand(
  args: string[],
  io: Io,
  readStdin: ReadStdin,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      kind: { type: "string" },
      question: { type: "string" },
      view: { type: "string" },
      challenge: { type: "string" },
      json: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.kind === undefined) {
    throw new UsageError(`--kind is required: one of ${KINDS.join(", ")}`);
  }
  if (!KINDS.includes(values.kind)) {
    throw new UsageError(`--kind must be one of: ${KINDS.join(", ")} (got "${values.kind}")`);
  }
  const isPushback = values.kind === "pushback";
  if (isPushback && (values.view === undefined || values.challenge === undefined)) {
    throw new UsageError(
      "--kind pushback needs --view TEXT (the view you stated) and --challenge TEXT (what the interviewer said against it)",
    );
  }
  if (positionals.length > 1) {
    throw new UsageError("analyze takes one answer: a FILE, or - (or nothing) for standard input");
  }
  const source = positionals[0] ?? "-";
  const text = await readAnswer(source, readStdin);
  if (text === undefined) {
    io.err(`candor analyze: cannot read ${source}\n`);
    return 1;
  }
  const result = analyzeAnswer({
    text,
    kind: values.kind as AnalysisKind,
    ...(values.question === undefined ? {} : { question: values.question }),
    ...(isPushback ? { view: values.view, challenge: values.challenge } : {}),
  });
  if (!result.ok) {
    io.err(`candor analyze: ${result.error.message}\n`);
    return 1;
  }
  io.out(values.json ? `${JSON.stringify(result.value, null, 2)}\n` : formatAnalysis(result.value));
  return 0;
}

/** The text of FILE, or of standard input for "-"; undefined when the file cannot be read. */
export async function readAnswer(
  source: string,
  readStdin: ReadStdin,
): Promise<string | undefined> {
  if (source === "-") return readStdin();
  return readFile(source, "utf8").catch(() => undefined);
}

const STANCE_MEANING = {
  held: "you kept your view and gave a reason",
  updated: "you changed or narrowed your view and said what moved you",
  caved: "you gave your view up without a reason, or retreated to no position",
} as const;

/** The analysis as a person reads it in a terminal. */
export function formatAnalysis(analysis: Analysis): string {
  const lines: string[] = [];
  lines.push(`Overall ${String(analysis.overall)}/5 — reads as ${analysis.readsAs}`);
  lines.push("");
  if (analysis.stance !== undefined) {
    lines.push(`Stance: ${analysis.stance.verdict} — ${STANCE_MEANING[analysis.stance.verdict]}`);
    for (const evidence of analysis.stance.evidence) lines.push(`      “${evidence.quote}”`);
    lines.push("");
  }
  for (const dimension of DIMENSIONS) {
    const score = analysis.dimensions[dimension];
    const bar = "●".repeat(score) + "○".repeat(5 - score);
    lines.push(`  ${dimension.padEnd(12)} ${bar} ${String(score)}  ${analysis.reasons[dimension]}`);
  }
  lines.push("");
  if (analysis.flags.length === 0) {
    lines.push("No flags.");
  } else {
    lines.push("Flags:");
    for (const flag of analysis.flags) {
      lines.push(`  ${flag.code}: ${flag.message}`);
      for (const evidence of flag.evidence.slice(0, 3)) {
        lines.push(
          `      “${evidence.quote}” (chars ${String(evidence.start)}–${String(evidence.end)})`,
        );
      }
    }
  }
  if (analysis.suggestions.length > 0) {
    lines.push("");
    lines.push("Suggestions:");
    for (const suggestion of analysis.suggestions) lines.push(`  - ${suggestion}`);
  }
  const { words, sentences, firstPersonSingular, firstPersonPlural, minutesSpoken } =
    analysis.stats;
  lines.push("");
  lines.push(
    `${String(words)} words, ${String(sentences)} sentences, about ${minutesSpoken.toFixed(1)} minutes spoken; ` +
      `"I" ${String(firstPersonSingular)}, "we" ${String(firstPersonPlural)}`,
  );
  return `${lines.join("\n")}\n`;
}
