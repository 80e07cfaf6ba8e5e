import type { ParsedText, Token } from "../nlp.ts";
import { isContent, OPENERS, sentenceWords } from "./stance-words.ts";

// What a sentence says, as a set of meanings to set beside the view's: a reply that announces a
// change ("let me revise that") and then says the view again in other words has not changed it.

/**
 * Words that announce or frame a position rather than state it: "I'd update my answer slightly",
 * "let me put it differently", "my revised view is".
 */
const FRAMING = new Set([
  "update",
  "revise",
  "refine",
  "rephrase",
  "reframe",
  "restate",
  "amend",
  "adjust",
  "correct",
  "clarify",
  "answer",
  "view",
  "position",
  "opinion",
  "point",
  "put",
  "let",
  "say",
  "mean",
  "think",
  "way",
  "version",
  "differently",
  "slightly",
]);

/** Light verbs that carry no matter of their own: "have", "make", "get", "need". */
const LIGHT = new Set([
  "be",
  "have",
  "do",
  "go",
  "make",
  "get",
  "take",
  "give",
  "need",
  "want",
  "use",
  "keep",
  "come",
  "see",
  "know",
]);

const NUMBER_WORDS = new Map([
  ["one", "1"],
  ["two", "2"],
  ["three", "3"],
  ["four", "4"],
  ["five", "5"],
  ["six", "6"],
  ["seven", "7"],
  ["eight", "8"],
  ["nine", "9"],
  ["ten", "10"],
  ["single", "1"],
  ["both", "2"],
  ["twice", "2"],
  ["double", "2"],
]);

/**
 * Words that name one thing in the everyday talk of a workplace, each class under its first
 * word: "a senior" is "an experienced engineer", "the job" is "the work". Kept small and plain so
 * that each can be defended on its own; a word with several common senses ("change", "new") is
 * left out, since a wrong equivalence would read a real change as a paraphrase.
 */
const EQUIVALENT: readonly (readonly string[])[] = [
  ["senior", "experienced", "veteran", "seasoned"],
  ["junior", "inexperienced", "entry-level", "graduate"],
  ["work", "job", "role"],
  ["approval", "approve", "approver", "sign-off"],
  ["review", "reviewer", "check"],
  ["person", "people", "someone", "somebody", "human", "engineer", "developer"],
  ["pr", "pull", "request", "diff", "patch"],
  ["meeting", "meet"],
  ["office", "onsite", "on-site", "in-person"],
  ["remote", "home", "distributed"],
  ["customer", "client", "user"],
  ["test", "assess", "evaluate", "eval", "evaluation"],
  ["fire", "dismiss", "terminate", "sack"],
  ["hire", "recruit"],
  ["release", "publish", "open-source", "launch"],
  ["rule", "policy"],
];

/** A word cut to a shared root so that "approvals", "approved" and "approve" meet. */
function root(word: string): string {
  for (const suffix of ["ations", "ation", "ments", "ment", "als", "al", "ings", "ing", "ed"]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) {
      return word.slice(0, -suffix.length);
    }
  }
  for (const suffix of ["es", "s", "e"]) {
    if (word.endsWith(suffix) && !word.endsWith("ss") && word.length - suffix.length >= 3) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

const CLASS_OF = new Map<string, string>();
for (const words of EQUIVALENT) {
  for (const word of words) CLASS_OF.set(root(word), root(words[0] ?? word));
}

/** The meaning a word carries, or undefined for a word that carries none of the matter. */
function meaningOf(token: Token): string | undefined {
  const number = NUMBER_WORDS.get(token.normal) ?? NUMBER_WORDS.get(token.lemma);
  if (number !== undefined) return number;
  if (token.pos === "NUM") return token.normal;
  if (!isContent(token) || token.pos === "ADV" || OPENERS.has(token.normal)) return undefined;
  if (FRAMING.has(token.lemma) || FRAMING.has(token.normal)) return undefined;
  if (token.pos === "VERB" && LIGHT.has(token.lemma)) return undefined;
  const stem = root(token.lemma.toLowerCase());
  return CLASS_OF.get(stem) ?? CLASS_OF.get(root(token.normal)) ?? stem;
}

/** The meanings of a run of tokens. */
export function meaningsOf(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const token of tokens) {
    const meaning = meaningOf(token);
    if (meaning !== undefined) out.add(meaning);
  }
  return out;
}

/** How a sentence's meanings sit beside the view's: what it shares and what it adds. */
export interface Comparison {
  readonly shared: number;
  readonly added: number;
}

/** Compares one sentence of a reply with the view it defends. */
export function compareWithView(
  parsed: ParsedText,
  sentence: number,
  view: ReadonlySet<string>,
): Comparison {
  const own = meaningsOf(sentenceWords(parsed, sentence));
  let shared = 0;
  for (const meaning of own) if (view.has(meaning)) shared += 1;
  return { shared, added: own.size - shared };
}

/**
 * A predicate said with "not" or "never" ("should not need", "I'd never merge"): a restatement
 * keeps the view's polarity. A "not" that only contrasts ("the real work, not puzzles") negates
 * no predicate.
 */
export function saysNot(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      (t.normal === "not" || t.normal === "never") &&
      (tokens[i - 1]?.pos === "AUX" ||
        tokens[i + 1]?.pos === "VERB" ||
        tokens[i + 1]?.pos === "AUX"),
  );
}

/**
 * Limit words that state the same bound as one the view already set: "merges before two people
 * approve" and "nothing merges until two people approve" order the same two events.
 */
const SAME_LIMIT: ReadonlyMap<string, string> = new Map([
  ["before", "until"],
  ["until", "before"],
  ["till", "before"],
]);

/** The words of a view that set a limit a reply may repeat, with the words that repeat it. */
export function viewLimitWords(view: ParsedText | undefined): Set<string> {
  const words = new Set(view?.tokens.filter((t) => t.isWord).map((t) => t.normal) ?? []);
  for (const word of [...words]) {
    const same = SAME_LIMIT.get(word);
    if (same !== undefined) words.add(same);
  }
  return words;
}
