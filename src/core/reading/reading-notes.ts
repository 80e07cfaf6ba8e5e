import { analyzeInspection, inspectAnswer } from "../analysis/analyze-answer.ts";
import { mergeOverlapping, sentenceEvidence } from "../analysis/evidence.ts";
import type { Analysis, AnalysisError, Evidence } from "../analysis/index.ts";
import type { ParsedText } from "../analysis/nlp.ts";
import { compilePhrases, findPhrases } from "../analysis/phrases.ts";
import { err, ok, type Result } from "../result.ts";

/** The longest reading note kept: a page of notes, short enough to check on the request thread (well within the inline budget of src/server/analysis). */
export const MAX_READING_NOTE_CHARS = 4_000;

/** One piece of the reading list: a `##` section of the reading-list guide with questions. */
export interface Reading {
  /** The section's heading as a slug: "the-responsible-scaling-policy". */
  id: string;
  title: string;
  /** The section's "What it is." paragraph. */
  about: string;
  /** Its questions to work through. */
  questions: string[];
}

/** What the coach made of a reading note. */
export interface ReadingNoteCheck {
  /** Sentences that take a position on the reading; empty when none does. */
  view: Evidence[];
  /** Criticisms with a reason or consequence behind them (posed as questions included). */
  critique: Evidence[];
  /** Praise dressed as criticism ("my only criticism is that they care too much"). */
  performed: Evidence[];
  /** A view and a critique are both there. */
  complete: boolean;
  /** What the note still lacks, in words; empty when complete. */
  missing: string[];
  /** The whole analysis, as an opinion answer to "what do you make of it?". */
  analysis: Analysis;
}

/**
 * The readings of a reading-list guide section: each `##` section that lists "Questions to work
 * through", with its "What it is." paragraph and its questions as bullets.
 */
export function readingsOf(markdown: string): Reading[] {
  const readings: Reading[] = [];
  for (const part of markdown.split(/^## /m).slice(1)) {
    const [heading = "", ...lines] = part.split("\n");
    const title = heading.trim();
    const marker = lines.findIndex((line) => /^\*\*Questions to work through\.?\*\*/.test(line));
    if (title === "" || marker === -1) continue;
    const about =
      lines
        .find((line) => line.startsWith("**What it is.**"))
        ?.replace("**What it is.**", "")
        .trim() ?? "";
    const questions = lines
      .slice(marker + 1)
      .filter((line) => line.startsWith("- "))
      .map((line) => line.slice(2).trim());
    readings.push({ id: slugOf(title), title: title.replace(/["“”]/g, ""), about, questions });
  }
  return readings;
}

function slugOf(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * A position taken on the reading: an opinion verb in the first person, an explicit "my view", a
 * judgement of the work's parts ("the weakest claim", "is overstated").
 */
const POSITION = compilePhrases([
  "i think|believe|suspect|expect|doubt|agree|disagree|reckon|suppose",
  "i feel that",
  "i find|found * convincing|persuasive|compelling|unconvincing|weak|strong|naive|right|wrong|useful|credible|plausible|overstated|optimistic|pessimistic",
  "i find|found it|this|that * convincing|persuasive|compelling|unconvincing|weak|strong|naive|right|wrong|useful|credible|plausible|overstated",
  "i be convinced|persuaded|sceptical|skeptical|unconvinced|doubtful|optimistic|pessimistic|torn|uneasy|wary",
  "i be not convinced|persuaded|sure",
  "in my view|opinion|reading",
  "my view|take|position|read|bet be",
  "i would argue|say|bet",
  "i side with",
  "i lean towards|toward",
  "the strongest|weakest|best|most|least * part|claim|argument|point|idea|assumption",
  "be|is|are|was|seems|seem right|wrong|correct|mistaken|convincing|unconvincing|persuasive|overstated|understated|naive|sound|credible|plausible|implausible|overconfident",
  "be|is|are|was #ADV? too optimistic|pessimistic|vague|narrow|broad|cautious|hopeful",
  "what convinces|convinced|persuades|persuaded me",
  "what would change my mind",
]);

function isQuestion(parsed: ParsedText, sentence: number): boolean {
  const found = parsed.sentences[sentence];
  return found !== undefined && parsed.text.slice(found.start, found.end).trim().endsWith("?");
}

function sentenceOf(parsed: ParsedText, token: number): number {
  return parsed.tokens[token]?.sentence ?? 0;
}

/** The sentences of the note that take a position, in order, each once; never a question. */
function positions(parsed: ParsedText): Evidence[] {
  const sentences = new Set<number>();
  for (const match of findPhrases(parsed, POSITION)) {
    const sentence = sentenceOf(parsed, match.first);
    if (!isQuestion(parsed, sentence)) sentences.add(sentence);
  }
  return [...sentences].sort((a, b) => a - b).map((index) => sentenceEvidence(parsed, index));
}

/**
 * Checks a reading note the way the values round would read it: does it take a position on the
 * work, and does it criticise the work with a reason? Praise dressed as criticism is not a
 * critique, a summary of the work is not a view, and text addressed to a grader is not read. The
 * note is analysed as an opinion answer to "what do you make of it?", so its flags (slogans,
 * hollow claims, vagueness, answering something else) come with it.
 */
export function checkReadingNote(
  text: string,
  reading: Pick<Reading, "title">,
): Result<ReadingNoteCheck, AnalysisError> {
  if (text.trim() === "") {
    return err({ code: "empty-answer", message: "The note is empty: write what you make of it." });
  }
  if (text.length > MAX_READING_NOTE_CHARS) {
    return err({
      code: "answer-too-long",
      message: `The note is ${text.length.toLocaleString("en-US")} characters; a reading note keeps at most ${MAX_READING_NOTE_CHARS.toLocaleString("en-US")}.`,
    });
  }
  const input = {
    text,
    kind: "opinion" as const,
    question: `What do you make of ${reading.title}: what is your view of it, and what would you criticise?`,
  };
  const inspected = inspectAnswer(input);
  if (!inspected.ok) return inspected;
  const { parsed, signals } = inspected.value;
  const view = positions(parsed);
  const critique = mergeOverlapping(text, [
    ...signals.critique.considered,
    ...signals.critique.questions,
  ]);
  const performed = mergeOverlapping(text, signals.critique.compliments);
  const missing = [
    ...(view.length === 0
      ? [
          "No view of your own: say where you stand on it (what you find convincing, what you doubt), not only what it says.",
        ]
      : []),
    ...(critique.length === 0
      ? [
          performed.length > 0
            ? "The criticism is praise in disguise: name a real weakness of the work and why it matters."
            : "No critique: name one thing you doubt in it, and the reason or the consequence.",
        ]
      : []),
  ];
  return ok({
    view,
    critique,
    performed,
    complete: missing.length === 0,
    missing,
    analysis: analyzeInspection(input, inspected.value),
  });
}
