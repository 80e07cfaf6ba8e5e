import { type Clause, clauseTokens } from "./clauses.ts";
import { type ParsedText, sentenceTokens } from "./nlp.ts";

/** "In my last company", "my previous team", "last month": a setting in the past. */
const EARLIER = new Set(["last", "previous", "former", "old"]);
/** "Two years ago", "yesterday": a time in the past. */
const PAST_TIME = new Set(["ago", "yesterday"]);
/** A year as written: "2021", "1998". */
const YEAR = /^(19|20)\d\d$/;
/** "In 2021", "during 2019": the words that set a story in a year. */
const YEAR_OPENERS = new Set(["in", "during"]);
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

/** Words that put a year ahead: "In 2030 I want to lead a team", "in 2027 we will". */
const AHEAD = new Set(["will", "want", "plan", "hope", "expect", "aim", "intend", "goal", "going"]);

/** The sentence looks ahead, so a year in it is a plan, not a setting. */
function aheadIn(parsed: ParsedText, sentence: number): boolean {
  return sentenceTokens(parsed, sentence).some(
    (token) => AHEAD.has(token.lemma) || AHEAD.has(token.normal),
  );
}

function hasPastSetting(parsed: ParsedText, clauses: readonly Clause[]): boolean {
  // "It was Friday evening": a date told in the past tense.
  const datedPast = clauses.some(
    (clause) => clause.past && clauseTokens(parsed, clause).some((t) => t.entity === "DATE"),
  );
  return (
    datedPast ||
    parsed.tokens.some((token, i) => {
      if (PAST_TIME.has(token.normal)) return true;
      // "In 2021 I am site engineer on a parking structure": a story set in a year.
      if (YEAR.test(token.value) && YEAR_OPENERS.has(parsed.tokens[i - 1]?.normal ?? "")) {
        return !aheadIn(parsed, token.sentence);
      }
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
  // A fragment with no verb ("Situation:", "an automatic rollback") tells nothing in any tense.
  const told = (clause: Clause) =>
    clause.agent !== "none" &&
    !clause.modal &&
    (clause.verb !== undefined || clause.auxiliaries.length > 0) &&
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
