import type { ParsedText, Token } from "../nlp.ts";
import { isContent, LIGHT_VERBS, OPENERS, sentenceWords } from "./stance-words.ts";

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

/**
 * Words that say how much of the matter a claim covers rather than what it is about: "the whole
 * team" claims what "every engineer" claims. Whether a reply narrows that claim is read by the
 * limit cues, not here.
 */
const QUANTIFIERS = new Set([
  "every",
  "all",
  "whole",
  "entire",
  "each",
  "any",
  "everyone",
  "everybody",
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
  ["production", "prod"],
];

/** Endings of a verb in "-ate" and its noun in "-ation", cut to "-at": "rotation", "rotates". */
const ATE_ENDINGS = ["ations", "ation", "ating", "ated", "ates", "ate"];

/** A word cut to a shared root so that "approvals", "approved" and "approve" meet. */
function root(word: string): string {
  for (const suffix of ATE_ENDINGS) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      return `${word.slice(0, -suffix.length)}at`;
    }
  }
  for (const suffix of ["ments", "ment", "als", "al", "ings", "ing", "ed"]) {
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
  if (QUANTIFIERS.has(token.normal)) return undefined;
  if (token.pos === "VERB" && LIGHT_VERBS.has(token.lemma)) return undefined;
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

/** Words a fragment's "no" denies: "no prod access", "no new hires". */
const NAMING = new Set(["NOUN", "PROPN", "ADJ"]);

/**
 * A predicate said with "not" or "never" ("should not need", "I'd never merge"), or a fragment
 * with "no": a restatement keeps the view's polarity. A "not" that only contrasts ("the real work, not puzzles") negates
 * no predicate.
 */
export function saysNot(tokens: readonly Token[]): boolean {
  // A fragment with no verb says it with "no": "So no prod access for interns."
  const verbless = !tokens.some((t) => t.pos === "VERB" || t.pos === "AUX");
  return tokens.some(
    (t, i) =>
      ((t.normal === "not" || t.normal === "never") &&
        (tokens[i - 1]?.pos === "AUX" ||
          tokens[i + 1]?.pos === "VERB" ||
          tokens[i + 1]?.pos === "AUX")) ||
      (verbless && t.normal === "no" && NAMING.has(tokens[i + 1]?.pos ?? "")),
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

/** A count and the meaning of the noun it counts, if one follows: "two approvals" → 2, approval. */
interface Count {
  readonly value: string;
  readonly noun: string | undefined;
}

function countsOf(tokens: readonly Token[]): Count[] {
  const words = tokens.filter((t) => t.isWord);
  const counts: Count[] = [];
  words.forEach((token, i) => {
    const value =
      NUMBER_WORDS.get(token.normal) ?? (token.pos === "NUM" ? token.normal : undefined);
    if (value === undefined) return;
    const next = words[i + 1];
    const noun = next?.pos === "NOUN" ? meaningOf(next) : undefined;
    counts.push({ value, noun });
  });
  return counts;
}

/** The counts a view sets on the things it names: "two approvals", "three days". */
export function viewCounts(view: ParsedText | undefined): Count[] {
  return view === undefined ? [] : countsOf(view.tokens).filter((c) => c.noun !== undefined);
}

/**
 * A sentence that says the view's count of a thing and, beside it, another count: the view split
 * into tiers ("Two approvals when a change touches production data, one otherwise"). A count
 * alone ("one number, the point estimate") is too common to change the view by itself.
 */
export function splitsCount(tokens: readonly Token[], view: readonly Count[]): boolean {
  const own = countsOf(tokens);
  const keeps = own.some((c) => view.some((v) => v.value === c.value && v.noun === c.noun));
  return keeps && own.some((c) => !view.some((v) => v.value === c.value));
}
