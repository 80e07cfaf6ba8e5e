// Which way a clause moves a figure, and whether that is good or bad for the venture: "revenue
// went up" and "latency dropped" are better, "sales were down 12%" and "detention charges went
// up 18%" worse. signals/story-shape.ts reads the better as a story thriving, and
// signals/relevance.ts the worse as a setback.
import { type Clause, clauseTokens } from "../clauses.ts";
import type { ParsedText, Token } from "../nlp.ts";
import { namesAnotherPerson } from "./people.ts";

/** Verbs by which a figure rose: "the stock doubled"; or fell: "latency dropped". */
const ROSE = new Set("double triple quadruple grow rise climb soar jump increase surge".split(" "));
const FELL = new Set("drop fall decline shrink halve plummet decrease reduce lower dip".split(" "));
/** Verbs that move a figure with a particle: "went up", "came down", "took off", "was up 11%". */
const PHRASAL_MOVES = new Map<string, "up" | "down">([
  ["go up", "up"],
  ["go down", "down"],
  ["come down", "down"],
  ["take off", "up"],
  ["be up", "up"],
  ["be down", "down"],
]);
const PHRASAL_VERBS = new Set([...PHRASAL_MOVES.keys()].map((key) => key.split(" ")[0]));
/** Figures a venture wants to rise: "revenue went up", "sign-ups doubled". */
const BETTER_WHEN_UP = new Set(
  `revenue sale sales sign-up signup subscription subscriber user download adoption conversion
  click-through csat nps rating score margin profit output throughput enrollment enrolment booking
  order traffic engagement retention uptime stock valuation share income donation membership
  attendance usage customer client member reader viewer listener install growth yield completion
  cover reservation click pass`.split(/\s+/),
);
/** What is worse the more there is of it: "costs doubled", "complaints rose". */
const WORSE_WHEN_UP = new Set(
  `error cost complaint churn latency downtime ticket incident bug loss debt spend bill queue
  backlog delay outage turnover attrition risk price fee pressure workload stress return refund
  rejection defect crash failure time overtime wait fall injury accident scrap waste absence
  absenteeism abandonment bounce vacancy charge cancellation cancelation escalation`.split(/\s+/),
);
/** Whose the figure is when it is not the candidate's: "…and doubled their user base". */
const OTHERS = new Set(["his", "her", "their"]);

/**
 * Which way a clause moves a figure: "revenue went up", "the stock doubled", "sales took off",
 * "click-through was up 11%" rise; "latency dropped", "scrap went down", "we cut the bill by a
 * third" fall. Read on the clause's words, since the tagger may take its first word for its verb
 * ("Downloads/VERB tripled").
 */
function movement(tokens: readonly Token[]): { verb: Token; way: "up" | "down" } | undefined {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    const next = tokens[i + 1]?.normal ?? "";
    // "our pass rate went from 64 to 83 percent": the way is in the two numbers.
    if (token.lemma === "go" && token.pos !== "NOUN" && next === "from") {
      const way = fromTo(tokens.slice(i + 2));
      if (way !== undefined) return { verb: token, way };
    }
    if (token.pos === "VERB" && ROSE.has(token.lemma)) return { verb: token, way: "up" };
    if (token.pos === "VERB" && FELL.has(token.lemma)) return { verb: token, way: "down" };
    // Only the few verbs that begin a phrasal move build the pair's key: this runs on every word.
    const phrasal = token.pos !== "NOUN" && PHRASAL_VERBS.has(token.lemma);
    const way = phrasal ? PHRASAL_MOVES.get(`${token.lemma} ${next}`) : undefined;
    if (way !== undefined) return { verb: token, way };
  }
  return undefined;
}

const NUMBER_WORDS = new Map(
  `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty`
    .split(/\s+/)
    .map((word, i) => [word, i] as const)
    .concat(
      "thirty forty fifty sixty seventy eighty ninety hundred"
        .split(" ")
        .map((word, i) => [word, i === 7 ? 100 : (i + 3) * 10] as const),
    ),
);

/** A number said in digits ("3.6", "1,400") or in a word ("forty"). */
function numberOf(token: Token | undefined): number | undefined {
  if (token === undefined) return undefined;
  const digits = Number(token.normal.replace(/,/g, ""));
  if (token.normal !== "" && Number.isFinite(digits)) return digits;
  return NUMBER_WORDS.get(token.normal);
}

/**
 * Which way "from A to B" goes, read from the words after "from": the first number, then the
 * first number after "to" within a few words ("from forty minutes to six", "from 3.6 to 4.5").
 */
function fromTo(after: readonly Token[]): "up" | "down" | undefined {
  const to = after.findIndex((t) => t.normal === "to");
  if (to < 1 || to > 4) return undefined;
  const from = after
    .slice(0, to)
    .map(numberOf)
    .find((n) => n !== undefined);
  const onto = after
    .slice(to + 1, to + 3)
    .map(numberOf)
    .find((n) => n !== undefined);
  if (from === undefined || onto === undefined || from === onto) return undefined;
  return onto > from ? "up" : "down";
}

/**
 * Whether a word names one of the figures listed, by its lemma or its plain singular: a plural that
 * opens a sentence may be tagged a verb and keep its "s" ("Cancellations/VERB tripled").
 */
function names(list: ReadonlySet<string>, token: Token): boolean {
  return (
    list.has(token.lemma) || list.has(token.normal) || list.has(token.normal.replace(/s$/, ""))
  );
}

/** A figure that is worse the more there is of it, not a word of a compound: "on-time delivery". */
function isWorseWhenUp(parsed: ParsedText, token: Token): boolean {
  const before = parsed.tokens[token.index - 1]?.normal;
  return names(WORSE_WHEN_UP, token) && before !== "-" && before !== "on";
}

const isBetterWhenUp = (token: Token) => names(BETTER_WHEN_UP, token);

/**
 * Whether the clause moves one of the venture's figures for the better ("latency dropped from
 * 800 milliseconds to 120") or the worse ("food and beverage revenue fell around 22%"). Only
 * listed figures count, so "cancellations tripled" and "on-time delivery fell" read as neither;
 * a figure that is someone else's ("…and doubled their user base", "her sales grew") is neither.
 */
export function figureMove(parsed: ParsedText, clause: Clause): "better" | "worse" | undefined {
  const tokens = clauseTokens(parsed, clause);
  const moved = movement(tokens);
  if (moved === undefined) return undefined;
  const subject =
    clause.subject === undefined
      ? []
      : parsed.tokens.slice(clause.subject.first, clause.subject.last + 1);
  const object = clause.complement.slice(0, 4);
  // A figure capitalised at the start of a sentence may be read for a name ("Cancellations").
  const someone = subject.some(
    (t) => namesAnotherPerson(t) && !isBetterWhenUp(t) && !names(WORSE_WHEN_UP, t),
  );
  if (object.some((t) => OTHERS.has(t.normal)) || someone) {
    return undefined;
  }
  // What moved is named before the verb ("Revenue from the roof went up", where the tagger may
  // read "the roof" for the subject) or after it ("we cut the bill by a third").
  // A possessor is not the figure: "the client's escalations" are escalations.
  const measured = [...tokens.slice(0, tokens.indexOf(moved.verb)), ...object].filter(
    (t) => parsed.tokens[t.index + 1]?.normal !== "'s",
  );
  const better = measured.some(isBetterWhenUp);
  const worse = measured.some((t) => isWorseWhenUp(parsed, t));
  if (better === worse) return undefined;
  return (moved.way === "up") === better ? "better" : "worse";
}
