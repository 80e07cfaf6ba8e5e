import type { ParsedText, Token } from "./nlp.ts";

/**
 * Who a clause is about. `self` is the candidate ("I"); `we` is a group the candidate belongs to
 * ("we", "our team"); `team` is a group named without the candidate in it ("the team",
 * "everyone"); `other` is anyone or anything else; `none` when no subject is written.
 */
export type Agent = "self" | "we" | "team" | "other" | "none";

/** A clause: a subject, a predicate and what follows it, up to the next clause boundary. */
export interface Clause {
  readonly sentence: number;
  /** Token range of the clause, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly agent: Agent;
  /** Token range of the written subject; undefined when inherited or absent. */
  readonly subject: { readonly first: number; readonly last: number } | undefined;
  /** The main verb, or undefined for a copula ("I was furious") or a fragment. */
  readonly verb: Token | undefined;
  readonly auxiliaries: readonly Token[];
  /** Tokens after the predicate, within the clause. */
  readonly complement: readonly Token[];
  /** A form of "be" or "get" followed by a past participle: "the decision was made". */
  readonly passive: boolean;
  readonly negated: boolean;
  /** would, could, should, might, may, will, can, must: hypothetical, future or ability. */
  readonly modal: boolean;
  readonly past: boolean;
}

const BOUNDARY_PUNCTUATION = new Set([",", ";", ":", "—", "–", "(", ")", "!", "?", ".", "…"]);
const COORDINATORS = new Set(["and", "but", "or", "so", "yet", "then"]);
const SUBORDINATORS = new Set([
  "because",
  "when",
  "whenever",
  "while",
  "if",
  "although",
  "though",
  "since",
  "until",
  "after",
  "before",
  "unless",
  "once",
  "whether",
  "that",
  "which",
  "who",
  "where",
]);
const SELF = new Set(["i", "me", "myself"]);
const WE = new Set(["we", "us", "ourselves"]);
const TEAM_NOUNS = new Set(["team", "teams", "group", "squad", "everyone", "everybody", "crew"]);
const MODALS = new Set([
  "would",
  "could",
  "should",
  "might",
  "may",
  "will",
  "shall",
  "must",
  "can",
]);
const PAST_AUXILIARIES = new Set(["was", "were", "had", "did", "got", "became"]);
const PRESENT_AUXILIARIES = new Set(["am", "is", "are", "have", "has", "do", "does"]);
const NOMINAL = new Set(["PRON", "NOUN", "PROPN", "NUM"]);
const NOUN_PHRASE_PARTS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON"]);
// Past participles that look like their lemma.
const SAME_FORM_PARTICIPLES = new Set([
  "cut",
  "put",
  "set",
  "hit",
  "let",
  "shut",
  "spread",
  "read",
]);

/** What "that" can be the degree of: "that nervous", "that badly". */
const DEGREE_TARGETS = new Set(["ADJ", "ADV"]);

/** "was that nervous": "that" after a form of be, before an adjective no noun follows. */
function isDegreeThat(
  token: Token,
  previous: Token | undefined,
  next: Token | undefined,
  afterNext: Token | undefined,
): boolean {
  if (token.normal !== "that" || previous?.lemma !== "be") return false;
  if (!DEGREE_TARGETS.has(next?.pos ?? "")) return false;
  return afterNext === undefined || !NOUN_PHRASE_PARTS.has(afterNext.pos);
}

function isBoundary(
  token: Token,
  previous: Token | undefined,
  next: Token | undefined,
  afterNext: Token | undefined,
): "hard" | "coordinate" | "subordinate" | undefined {
  if (token.pos === "PUNCT" && BOUNDARY_PUNCTUATION.has(token.value)) return "hard";
  if (token.pos === "SPACE" && token.value.includes("\n")) return "hard";
  if (token.pos === "CCONJ" && COORDINATORS.has(token.normal)) return "coordinate";
  if (SUBORDINATORS.has(token.normal) && (token.pos === "SCONJ" || token.pos === "ADV")) {
    // Between a subject and its verb it is an adverb of the same clause: "I once received".
    if (previous?.pos === "PRON" && (next?.pos === "VERB" || next?.pos === "AUX")) return undefined;
    // "I was that nervous": a degree word before an adjective or adverb that ends the phrase, not
    // a new clause ("the point was that new hires left" opens one).
    if (isDegreeThat(token, previous, next, afterNext)) return undefined;
    return "subordinate";
  }
  if (SUBORDINATORS.has(token.normal) && token.pos === "PRON" && token.normal !== "that") {
    return "subordinate";
  }
  return undefined;
}

/** True for a verb form that can be a past participle ("made", "rolled", "cut"), not "-ing". */
export function isParticiple(token: Token): boolean {
  if (token.normal.endsWith("ing")) return false;
  if (SAME_FORM_PARTICIPLES.has(token.normal)) return true;
  return token.normal !== token.lemma && !token.normal.endsWith("s");
}

function classify(tokens: readonly Token[], head: Token, first: number): Agent {
  if (SELF.has(head.normal)) return "self";
  if (WE.has(head.normal)) return "we";
  const owner = tokens[first];
  // "our team" includes the candidate; "our pipeline" is a thing, not a group that acted.
  if (TEAM_NOUNS.has(head.normal)) return owner?.normal === "our" ? "we" : "team";
  return "other";
}

function nounPhraseStart(tokens: readonly Token[], head: number, floor: number): number {
  if (tokens[head]?.pos === "PRON") return head;
  let start = head;
  while (start - 1 >= floor) {
    const previous = tokens[start - 1];
    if (previous === undefined || !NOUN_PHRASE_PARTS.has(previous.pos)) break;
    if (
      previous.pos === "PRON" &&
      !["my", "our", "his", "her", "their", "your"].includes(previous.normal)
    ) {
      break;
    }
    start -= 1;
  }
  return start;
}

interface Draft {
  first: number;
  last: number;
  subjectHead: number | undefined;
  verb: number | undefined;
  auxiliaries: number[];
  predicateAt: number | undefined;
  inherits: boolean;
}

const DETERMINER_LIKE = new Set(["DET", "NUM"]);

function looksLikeSharedVerb(tokens: readonly Token[], draft: Draft, at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (token === undefined || next === undefined) return false;
  if (!draft.inherits || draft.first !== at || draft.auxiliaries.length > 0) return false;
  if (token.pos !== "NOUN" && token.pos !== "ADJ") return false;
  const possessive =
    next.pos === "PRON" &&
    ["my", "our", "the", "their", "his", "her", "it", "them"].includes(next.normal);
  return DETERMINER_LIKE.has(next.pos) || possessive;
}

/**
 * A word the tagger reads as a verb that is only the first half of a hyphenated one: "hand" in
 * "hand-labeled", "spot" in "spot-checked". The hyphen touches both halves, and the second half is
 * itself a verb.
 */
function joinsHyphenatedVerb(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const hyphen = tokens[at + 1];
  const next = tokens[at + 2];
  if (token === undefined || hyphen?.value !== "-" || next?.pos !== "VERB") return false;
  return token.end === hyphen.start && hyphen.end === next.start;
}

/** "a bit", "a little", "a lot": degree words, not the subject of a clause. */
function isDegreePhrase(token: Token, previous: Token | undefined): boolean {
  return ["bit", "little", "lot"].includes(token.normal) && previous?.normal === "a";
}

function emptyDraft(at: number): Draft {
  return {
    first: at,
    last: at,
    subjectHead: undefined,
    verb: undefined,
    auxiliaries: [],
    predicateAt: undefined,
    inherits: false,
  };
}

const SUBJECT_FORMS = new Set(["i", "we", "he", "she", "they"]);

/** A subject pronoun after a predicate opens a clause: these pronouns are never objects. */
function startsNewClause(token: Token, previous: Token | undefined): boolean {
  if (token.pos !== "PRON" || !SUBJECT_FORMS.has(token.normal)) return false;
  return previous?.pos !== "ADP";
}

/** Prepositions that place a subject already named: "a colleague on the customs desk". */
const PLACING = new Set(["on", "in", "at", "from"]);

/**
 * Whether the noun at `at` only says where the subject already named stands: "a colleague on
 * the customs desk entered…", "a teammate from the infra team pushed…" keep "colleague" and
 * "teammate" as the head. "Of" is not among them: "one of my reports", "most of the team" make
 * the noun after it the one that counts.
 */
function placesTheSubject(tokens: readonly Token[], draft: Draft, at: number): boolean {
  if (draft.subjectHead === undefined) return false;
  for (let i = at - 1; i > draft.subjectHead; i -= 1) {
    const token = tokens[i];
    if (token === undefined) return false;
    if (token.pos === "ADP") return PLACING.has(token.normal);
  }
  return false;
}

function draftClauses(parsed: ParsedText, firstToken: number, lastToken: number): Draft[] {
  const { tokens } = parsed;
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let inheritsNext = false;
  for (let i = firstToken; i <= lastToken; i += 1) {
    const token = tokens[i];
    if (token === undefined || (token.pos === "SPACE" && !token.value.includes("\n"))) continue;
    const boundary = isBoundary(token, tokens[i - 1], tokens[i + 1], tokens[i + 2]);
    if (boundary !== undefined) {
      if (current !== undefined) drafts.push(current);
      current = undefined;
      inheritsNext = boundary === "coordinate" || (boundary === "hard" && token.value === ",");
      continue;
    }
    current ??= { ...emptyDraft(i), inherits: inheritsNext };
    if (current.predicateAt !== undefined && startsNewClause(token, tokens[i - 1])) {
      // "the job opened that winter he hired from outside": a new subject, a new clause.
      drafts.push(current);
      current = { ...emptyDraft(i), inherits: false };
    }
    current.last = i;
    if (current.predicateAt !== undefined) continue;
    const previous = tokens[i - 1];
    if (token.pos === "ADJ" && current.inherits && current.first === i) {
      // "I was 26 and scared of him": the adjective shares the clause's copula and subject.
      current.predicateAt = i - 1;
      continue;
    }
    if (token.pos === "AUX") {
      current.auxiliaries.push(i);
    } else if (token.pos === "VERB" && joinsHyphenatedVerb(tokens, i)) {
      // "I hand-labeled 500 examples": the verb is the part after the hyphen.
      continue;
    } else if (token.pos === "VERB") {
      const infinitive = previous?.normal === "to";
      const gerundOpener = token.normal.endsWith("ing") && current.auxiliaries.length === 0;
      if (!infinitive && !gerundOpener) {
        current.verb = i;
        current.predicateAt = i;
      }
    } else if (current.auxiliaries.length > 0 && token.pos !== "ADV" && token.pos !== "PART") {
      // A copula: "I was furious", "we were all in".
      current.predicateAt = current.auxiliaries[current.auxiliaries.length - 1];
    } else if (looksLikeSharedVerb(tokens, current, i)) {
      // "I profiled the suite, split/NOUN the tests": a coordinated verb the tagger took for a noun.
      current.verb = i;
      current.predicateAt = i;
    } else if (NOMINAL.has(token.pos) && !isDegreePhrase(token, previous)) {
      if (!placesTheSubject(tokens, current, i)) current.subjectHead = i;
    }
  }
  if (current !== undefined) drafts.push(current);
  return drafts;
}

function finish(parsed: ParsedText, draft: Draft, inherited: Clause | undefined): Clause {
  const { tokens } = parsed;
  const inClause = tokens.slice(draft.first, draft.last + 1);
  const auxiliaries = draft.auxiliaries.map((i) => tokens[i]).filter((t) => t !== undefined);
  const verb = draft.verb === undefined ? undefined : tokens[draft.verb];
  // Without a predicate ("I was 26 and scared of him"), the clause shares the one before it and
  // everything after its subject is complement.
  const afterPredicate = (draft.predicateAt ?? draft.subjectHead ?? draft.first - 1) + 1;
  const complement = tokens.slice(afterPredicate, draft.last + 1);
  let agent: Agent = "none";
  let subject: Clause["subject"];
  const head = draft.subjectHead === undefined ? undefined : tokens[draft.subjectHead];
  if (head !== undefined && draft.subjectHead !== undefined) {
    const start = nounPhraseStart(tokens, draft.subjectHead, draft.first);
    agent = classify(tokens, head, start);
    subject = { first: start, last: draft.subjectHead };
  } else if (draft.inherits && inherited !== undefined) {
    agent = inherited.agent;
  }
  const beOrGet = auxiliaries.some((aux) => aux.lemma === "be" || aux.lemma === "get");
  const passive = verb !== undefined && beOrGet && isParticiple(verb);
  const modal = auxiliaries.some((aux) => MODALS.has(aux.normal));
  const pastAux = auxiliaries.some((aux) => PAST_AUXILIARIES.has(aux.normal));
  const presentAux = auxiliaries.some((aux) => PRESENT_AUXILIARIES.has(aux.normal));
  const pastVerb = verb !== undefined && auxiliaries.length === 0 && isParticiple(verb);
  const negated =
    inClause.some((t) => ["not", "never", "no"].includes(t.normal) && t.index <= afterPredicate) ||
    (verb?.negated ?? false);
  return {
    sentence: tokens[draft.first]?.sentence ?? 0,
    first: draft.first,
    last: draft.last,
    agent,
    subject,
    verb,
    auxiliaries,
    complement,
    passive,
    negated,
    modal,
    past:
      pastAux ||
      (pastVerb && !presentAux) ||
      // A coordinated verb the tagger misread ("I went home and rewrote/NOUN my proposal") or a
      // clause without its own predicate shares the tense of the one before.
      ((draft.predicateAt === undefined || verb?.pos !== "VERB") &&
        draft.inherits &&
        (inherited?.past ?? false)),
  };
}

/** Splits every sentence into clauses and finds each clause's subject and predicate. */
export function readClauses(parsed: ParsedText): Clause[] {
  const clauses: Clause[] = [];
  for (const sentence of parsed.sentences) {
    let previous: Clause | undefined;
    for (const draft of draftClauses(parsed, sentence.firstToken, sentence.lastToken)) {
      const clause = finish(parsed, draft, previous);
      clauses.push(clause);
      if (clause.agent !== "none" || clause.verb !== undefined) previous = clause;
    }
  }
  return clauses;
}

/**
 * The clauses of each sentence, indexed by sentence: readers that look at one sentence at a time
 * look them up here instead of filtering every clause for every sentence, which grows with the
 * square of the text's length.
 */
export function clausesBySentence(
  parsed: ParsedText,
  clauses: readonly Clause[],
): readonly (readonly Clause[])[] {
  const out: Clause[][] = parsed.sentences.map(() => []);
  for (const clause of clauses) out[clause.sentence]?.push(clause);
  return out;
}

/** The tokens of a clause, from its first to its last. */
export function clauseTokens(parsed: ParsedText, clause: Clause): Token[] {
  return parsed.tokens.slice(clause.first, clause.last + 1);
}

/**
 * The words of a clause's sentence after its verb, to the sentence's end: "report the mean and
 * spread over all five", "that message on the drive home every evening". None without a verb.
 */
export function afterVerb(parsed: ParsedText, clause: Clause): Token[] {
  const sentence = parsed.sentences[clause.sentence];
  if (clause.verb === undefined || sentence === undefined) return [];
  return parsed.tokens.slice(clause.verb.index + 1, sentence.lastToken + 1);
}

/**
 * Each token's clause (the first that holds it), built once, so that a reader looking up the
 * clause of many tokens pays nothing per lookup instead of a scan of every clause.
 */
export function clauseIndex(
  tokenCount: number,
  clauses: readonly Clause[],
): readonly (Clause | undefined)[] {
  const index: (Clause | undefined)[] = new Array<Clause | undefined>(tokenCount).fill(undefined);
  for (const clause of clauses) {
    for (let t = clause.first; t <= Math.min(clause.last, tokenCount - 1); t += 1) {
      index[t] ??= clause;
    }
  }
  return index;
}
