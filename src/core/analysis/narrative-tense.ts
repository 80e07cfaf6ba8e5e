import { type Clause, clauseTokens } from "./clauses.ts";
import type { ParsedText } from "./nlp.ts";

/** "In my last company", "my previous team", "last month": a setting in the past. */
const EARLIER = new Set(["last", "previous", "former", "old"]);
/** "Two years ago", "yesterday": a time in the past. */
const PAST_TIME = new Set(["ago", "yesterday"]);
/** Words that keep a present clause in the present: a habit or the state now, not the story. */
const STILL_PRESENT = new Set([
  "now",
  "always",
  "usually",
  "often",
  "every",
  "today",
  "since",
  "still",
  "anymore",
  "nowadays",
]);

/**
 * The story names when or where it happened, in the past: "in my last company", "last month",
 * "two years ago", or a date in a past clause ("it was Friday evening"). "Last time" and "once" are how habits are told too ("I look at how long it
 * took last time"), so they do not set one.
 */
/** The teller's remarks in the present ("I think he could tell"): commentary, not narration. */
const REMARKS = new Set(["think", "believe", "guess", "suppose", "mean", "hope"]);

function hasPastSetting(parsed: ParsedText, clauses: readonly Clause[]): boolean {
  // "It was Friday evening": a date told in the past tense.
  const datedPast = clauses.some(
    (clause) => clause.past && clauseTokens(parsed, clause).some((t) => t.entity === "DATE"),
  );
  return (
    datedPast ||
    parsed.tokens.some((token, i) => {
      if (PAST_TIME.has(token.normal)) return true;
      const next = parsed.tokens[i + 1];
      return EARLIER.has(token.normal) && next?.pos === "NOUN" && next.normal !== "time";
    })
  );
}

/**
 * A story told in the present tense ("I have a conflict with my team leader… I show him two bugs
 * from last month… I learn I should bring data"), as people do when English is not their first
 * language or when they tell it live, is still a story about the past. When a story is set in the
 * past ("in my last company", "two years ago") and most of its clauses that say something
 * happened are in the present, those present clauses are read as past, except the ones that say
 * what holds now or always ("now I always check the hostname", in the whole sentence) and the
 * teller's remarks ("I think"), which stay the present of the teller. A story mostly told in the past keeps its tenses as written.
 */
export function readNarrativeTense(parsed: ParsedText, clauses: readonly Clause[]): Clause[] {
  const told = (clause: Clause) =>
    clause.agent !== "none" &&
    !clause.modal &&
    !(clause.verb !== undefined && REMARKS.has(clause.verb.lemma));
  const finite = clauses.filter(told);
  const past = finite.filter((clause) => clause.past).length;
  if (finite.length < 3 || past * 2 >= finite.length || !hasPastSetting(parsed, clauses)) {
    return [...clauses];
  }
  // "Change since: I estimate from production data, and I schedule the rehearsal earlier."
  const stillPresent = new Set(
    parsed.tokens.filter((token) => STILL_PRESENT.has(token.normal)).map((t) => t.sentence),
  );
  return clauses.map((clause) => {
    if (clause.past || !told(clause) || stillPresent.has(clause.sentence)) return clause;
    // "I am going to", "I have been": a present perfect or a plan is not narration.
    if (clause.auxiliaries.some((aux) => aux.lemma === "have" || aux.normal === "going")) {
      return clause;
    }
    return { ...clause, past: true };
  });
}
