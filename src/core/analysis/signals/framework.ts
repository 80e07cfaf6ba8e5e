import { type Evidence, tokenEvidence } from "../evidence.ts";
import type { ParsedText, Token } from "../nlp.ts";
import { compilePhrases, findPhrases } from "../phrases.ts";

/** Framework labels recited instead of a story ("Situation: ... Task: ..."). */
export interface FrameworkSignal {
  /** Each label as written, with its colon or dash. */
  readonly labels: readonly Evidence[];
  /** How many different labels appear. */
  readonly distinct: number;
  /** The answer names the framework itself ("using the STAR method"). */
  readonly named: readonly Evidence[];
}

const LABELS = new Map<string, string>([
  ["situation", "situation"],
  ["s", "situation"],
  ["context", "situation"],
  ["background", "situation"],
  ["task", "task"],
  ["t", "task"],
  ["challenge", "task"],
  ["problem", "task"],
  ["action", "action"],
  ["actions", "action"],
  ["a", "action"],
  ["approach", "action"],
  ["result", "result"],
  ["results", "result"],
  ["r", "result"],
  ["outcome", "result"],
  ["impact", "result"],
  ["learning", "learning"],
  ["learnings", "learning"],
  ["lesson", "learning"],
  ["reflection", "learning"],
]);

const SEPARATORS = new Set([":", "-", "–", "—", ")", "."]);

const SPOKEN_LABELS = compilePhrases([
  "the situation was|is",
  "the task was|is",
  "the action|actions i took|take",
  "my action|actions was|were",
  "the result was|is",
  "the outcome was|is",
]);

const NAMED = compilePhrases(["star method|format|framework|structure|approach", "using star"]);

/** A label opens a line or a sentence, possibly after a bullet or a number. */
function opensLine(parsed: ParsedText, token: Token): boolean {
  for (let i = token.index - 1; i >= 0; i -= 1) {
    const previous = parsed.tokens[i];
    if (previous === undefined) return true;
    if (previous.pos === "SPACE") return previous.value.includes("\n") || i === 0;
    if (previous.pos === "PUNCT" && /^[-•*#>]$/.test(previous.value)) continue;
    if (previous.pos === "NUM" && previous.value.length <= 2) continue;
    if (previous.sentence !== token.sentence) return true;
    return previous.pos === "PUNCT" && /^[.!?]$/.test(previous.value);
  }
  return true;
}

/** Finds recited framework labels. */
export function readFramework(parsed: ParsedText): FrameworkSignal {
  const labels: Evidence[] = [];
  const kinds = new Set<string>();
  for (const token of parsed.tokens) {
    const kind = LABELS.get(token.normal);
    if (kind === undefined) continue;
    const next = parsed.tokens[token.index + 1];
    if (next === undefined || !SEPARATORS.has(next.value) || !opensLine(parsed, token)) continue;
    // Single letters ("A.", "S:") only count with a colon, or they catch initials and articles.
    if (token.normal.length === 1 && next.value !== ":") continue;
    labels.push(tokenEvidence(parsed, token.index, next.index));
    kinds.add(kind);
  }
  for (const match of findPhrases(parsed, SPOKEN_LABELS)) {
    const opener = parsed.tokens[match.first];
    if (opener === undefined || !opensLine(parsed, opener)) continue;
    labels.push(tokenEvidence(parsed, match.first, match.last));
    kinds.add(`spoken:${parsed.tokens[match.first + 1]?.normal ?? ""}`);
  }
  const named = findPhrases(parsed, NAMED).map((m) => tokenEvidence(parsed, m.first, m.last));
  return { labels, distinct: kinds.size, named };
}
