import type { Clause } from "../clauses.ts";
import { type Evidence, tokenEvidence } from "../evidence.ts";
import type { ParsedText, Token } from "../nlp.ts";
import { compilePhrases, findPhrases, type PhraseMatch } from "../phrases.ts";

/** What the candidate took from the story: lessons, counterfactuals, change in themselves. */
export interface ReflectionSignal {
  /** Clear reflection: "I learned", "in hindsight", "I would have", "next time", "since then I". */
  readonly strong: readonly Evidence[];
  /** Weaker hints of it: "I realised", "I noticed", "made me think". */
  readonly weak: readonly Evidence[];
  /** Owning a fault outright: "my mistake was", "I was wrong", "that's on me". */
  readonly admissions: readonly Evidence[];
  /**
   * A plan's branches, each a condition and what the candidate would do under it: "If the
   * estimates are the problem, I'd pair with them". What a hypothetical answer weighs.
   */
  readonly conditions: readonly Evidence[];
}

const STRONG = compilePhrases([
  "i learn|learnt",
  "i have learn|learnt",
  "takeaway|takeaways",
  "teach|taught me",
  "look|looking back",
  "in hindsight|retrospect",
  "with hindsight",
  "hindsight",
  "i would|should|could not? have",
  "i wish i have|had|would",
  "if i do|did|could|were * again",
  "if i have|had to do * again",
  "next time",
  "do * differently",
  "do it|things|this|that differently",
  "since then",
  "now every|each|all|any|our",
  "from then on",
  "from that day|point",
  "ever since",
  "these days i",
  "now i always|never|try|ask|make|start|write|check|push|insist|know|think|see|understand|believe|spend|treat|go",
  "i now",
  "i have since",
  "i still think about",
  "i no longer",
  // A habit the story ended: "I don't copy orders from templates any more".
  "i do not * *? *? *? anymore",
  "i do not * *? *? *? any more",
  "i never * *? *? *? anymore",
  "i never * *? *? *? any more",
  "what i would keep|still doing|do",
  "i change|changed how",
  "i change|changed the way i",
  "change|changed how i",
  "make|made me realize|realise|rethink|reconsider",
  "i have become|started|stopped",
  "i be|am more|less",
  "what i would do|change",
  "i would do|change * differently",
  "i would now",
  "what i take|took away",
  "what i take|took|made from|of it|this|that",
  "what i keep|kept from|of it|this|that",
  "what i do now",
  "the * i take|took from it|this|that",
  "i take|took from it|this|that",
  "what i change|changed",
  "what i do|did differently",
  "i think about * differently",
  "differently now",
  "now the|my|our rule|habit|practice|default|policy",
  // A practice the story left in place: "now the person who writes a paper writes its key",
  // "it is now a line in our launch checklist".
  "now the #NOUN",
  "be now a|an|part|in|on",
  "i still think|feel|wonder|worry|regret",
  "i be|am still",
  "the rule i",
  // "The general rule I took is…", "the one habit I kept": what the candidate carried away,
  // named as a rule or a habit with a word in front of it.
  "the *? rule|habit|lesson i have? take|took|keep|kept|carry|carried",
  "the *? thing i have? keep|kept|carry|carried",
  // "Would do again: spreadsheet before code", a closing line with its subject dropped.
  "would do|make it|that|this|the same * again",
  "would do again",
  // A practice the story left behind, used by others: "a checklist the whole team now uses".
  "now use|uses|follow|follows",
  "the part i be not proud of",
  "i be not proud",
  "i might|may|could be wrong",
  "i could be mistaken",
]);

const WEAK = compilePhrases([
  "i realize|realise|realized|realised",
  "i notice|noticed",
  "i understand|understood",
  "make|made me think",
  "i see|saw that",
  "i reflect|reflected",
  "i start|started to",
  "i try|tried to be",
  "it remind|reminded me",
]);

const ADMISSIONS = compilePhrases([
  "my mistake|fault|error|misjudgment|misjudgement",
  "i be|was wrong",
  "i get|got it wrong",
  "i mess|messed up",
  "i screw|screwed up",
  "i drop|dropped the ball",
  "that be|was on me",
  "i own|owned it|that",
  "i own|owned the|my mistake",
  "i should not have",
  "i misread|misjudged|underestimated|overestimated|overlooked|ignored|missed",
  "i be|was too",
  "i fail|failed to",
  "i do|did not * enough",
  // The decision owned as the candidate's: "it was my call", "the decision was mine".
  "it be|was my call|decision|doing",
  "the call|decision be|was mine",
  "i make|made the wrong|bad call|decision|choice",
]);

function spans(parsed: ParsedText, matches: readonly PhraseMatch[]): Evidence[] {
  return matches.map((m) => tokenEvidence(parsed, m.first, m.last));
}

/** Words that mark a statement at the end of a story as a change or a counterfactual. */
const CHANGE_MARKERS = new Set(
  `now today nowadays still always never anymore afterwards again differently instead earlier
  sooner same next before first`
    .split(/\s+/)
    .filter(Boolean),
);

// Stance and state verbs ("I think", "I believe", "I thrive in") state a view, not a practice.
const STATIVE = new Set(
  "be have get seem want like think believe feel thrive love know hope guess say mean".split(" "),
);

/** The last part of an answer, where a story's reflection sits. */
function inClosingPart(parsed: ParsedText, sentence: number): boolean {
  const total = parsed.sentences.length;
  return total <= 2 || sentence >= Math.floor(total * 0.6);
}

/**
 * Statements that close a past-tense story in the present or the conditional: "I write down my
 * criteria before a hard decision", "I'd make the same call again". They say what the candidate
 * does now or would do; with a marker such as "now", "still" or "again" they are clear reflection.
 */
function readClosingStatements(parsed: ParsedText, clauses: readonly Clause[]) {
  const strong: Evidence[] = [];
  const weak: Evidence[] = [];
  const pastClauses = clauses.filter((clause) => clause.past).length;
  if (pastClauses < clauses.length / 3) return { strong, weak };
  for (const clause of clauses) {
    const verb = clause.verb;
    const skip = clause.agent !== "self" || clause.past || clause.negated;
    if (skip || verb === undefined || STATIVE.has(verb.lemma)) continue;
    if (!inClosingPart(parsed, clause.sentence)) continue;
    const would = clause.auxiliaries.some((aux) => aux.normal === "would");
    const present = !clause.modal;
    if (!would && !present) continue;
    const sentence = parsed.sentences[clause.sentence];
    const marked = parsed.tokens
      .slice(sentence?.firstToken ?? clause.first, (sentence?.lastToken ?? clause.last) + 1)
      .some((token) => CHANGE_MARKERS.has(token.normal));
    const evidence = tokenEvidence(parsed, clause.subject?.first ?? clause.first, clause.last);
    (marked ? strong : weak).push(evidence);
  }
  return { strong, weak };
}

/** What only a class is said to do or have: "the lesson went well", "lesson plans". */
const CLASS_AFTER = new Set(["plan", "plans", "go", "goes", "went", "gone", "start", "started"]);
/** Words before "lesson" that make it a class: "science lesson", "Year 8 lesson", "observed lesson". */
const CLASS_BEFORE = new Set(["NOUN", "PROPN", "NUM", "VERB"]);

/**
 * "Lesson" in the sense of what the story taught ("the lesson for me", "lessons I took"), not a
 * class taught: "my mentor observed a Year 8 science lesson", "how a lesson went", "lesson plans".
 */
function lessonsLearned(parsed: ParsedText): Evidence[] {
  const found: Evidence[] = [];
  parsed.tokens.forEach((token, at) => {
    if (token.lemma !== "lesson" && token.normal !== "lessons") return;
    const before = parsed.tokens[at - 1];
    const after = parsed.tokens[at + 1];
    if (before !== undefined && CLASS_BEFORE.has(before.pos)) return;
    if (after !== undefined && (CLASS_AFTER.has(after.normal) || CLASS_AFTER.has(after.lemma))) {
      return;
    }
    found.push(tokenEvidence(parsed, at, at));
  });
  return found;
}

/** Finds lessons, counterfactuals, changes in the candidate and admissions of fault. */
export function readReflection(parsed: ParsedText, clauses: readonly Clause[]): ReflectionSignal {
  const closing = readClosingStatements(parsed, clauses);
  return {
    strong: [
      ...spans(parsed, findPhrases(parsed, STRONG)),
      ...lessonsLearned(parsed),
      ...closing.strong,
      ...habitsGivenUp(parsed),
      ...practicesNow(parsed),
    ],
    weak: [...spans(parsed, findPhrases(parsed, WEAK)), ...closing.weak],
    admissions: spans(parsed, findPhrases(parsed, ADMISSIONS)),
    conditions: readConditions(parsed, clauses),
  };
}

/**
 * A practice the candidate keeps now, said in the present: "Now I read the code before I say how
 * long something will take". "Now I was stuck" tells the story, not what changed in them.
 */
function practicesNow(parsed: ParsedText): Evidence[] {
  const found: Evidence[] = [];
  parsed.tokens.forEach((token, at) => {
    if (token.normal !== "now") return;
    // "Now, I…" as much as "Now I…".
    const next = parsed.tokens[at + 1]?.value === "," ? at + 2 : at + 1;
    const verb = parsed.tokens[next + 1];
    if (parsed.tokens[next]?.normal !== "i" || verb === undefined) return;
    // A verb in its plain present form: the lemma is the word as written.
    if (verb.pos !== "VERB" || verb.normal !== verb.lemma) return;
    found.push(tokenEvidence(parsed, at, verb.index));
  });
  return found;
}

const CONDITIONS = new Set(["if", "unless"]);

/**
 * Conditions with what the candidate would do under them: a clause opened by "if" or "unless"
 * and a clause of the candidate's own with "would" or "will" after it in the same sentence.
 */
function readConditions(parsed: ParsedText, clauses: readonly Clause[]): Evidence[] {
  const found: Evidence[] = [];
  clauses.forEach((clause, index) => {
    // The clause reader leaves the subordinator out of the clause it opens.
    const opens = (token: Token | undefined) =>
      token !== undefined && token.sentence === clause.sentence && CONDITIONS.has(token.normal);
    const start = opens(parsed.tokens[clause.first])
      ? clause.first
      : opens(parsed.tokens[clause.first - 1])
        ? clause.first - 1
        : undefined;
    if (start === undefined) return;
    const act = clauses
      .slice(index + 1)
      .find((next) => next.sentence !== clause.sentence || (next.agent === "self" && next.modal));
    if (act === undefined || act.sentence !== clause.sentence) return;
    found.push(tokenEvidence(parsed, start, act.last));
  });
  return found;
}

/**
 * Habits the candidate gave up: "I stopped hunting bugs in review", "I've stopped rewriting
 * other people's tickets". "Stop" followed by an -ing word is giving up a practice; followed by
 * anything else ("I stopped by his desk", "I stopped and thought") it is a pause.
 */
export function habitsGivenUp(parsed: ParsedText): Evidence[] {
  const found: Evidence[] = [];
  const words = parsed.tokens.filter((token) => token.isWord);
  words.forEach((token, k) => {
    if (token.lemma !== "stop" || token.pos !== "VERB") return;
    const before = words[k - 1];
    const subject = before?.normal === "have" ? words[k - 2] : before;
    const habit = words[k + 1];
    if (subject?.normal !== "i" || habit === undefined || habit.sentence !== token.sentence) return;
    if (habit.normal.length > 4 && habit.normal.endsWith("ing")) {
      found.push(tokenEvidence(parsed, subject.index, habit.index));
    }
  });
  return found;
}

/** Reflection is present when there is one clear cue or two weaker ones. */
export function hasReflection(signal: ReflectionSignal): boolean {
  return signal.strong.length > 0 || signal.weak.length + signal.admissions.length >= 2;
}
