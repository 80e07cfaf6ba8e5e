import { type Evidence, tokenEvidence } from "../evidence.ts";
import type { ParsedText, Token } from "../nlp.ts";
import { compilePhrases, findPhrases, sentencesWith } from "../phrases.ts";

/** The kinds of concrete detail an answer can carry. */
export type SpecificKind = "number" | "time" | "name" | "technical" | "role" | "event" | "example";

/** One concrete detail, quoted. */
export interface Specific {
  readonly kind: SpecificKind;
  readonly evidence: Evidence;
  readonly sentence: number;
}

/** The concrete details of an answer and the sentences that generalise instead. */
export interface SpecificsSignal {
  readonly items: readonly Specific[];
  /** Distinct details, weighted: roles and events count half, the rest count one. */
  readonly weight: number;
  /** Distinct numbers, time frames, names and technical terms. */
  readonly strong: number;
  /** Sentences that speak in general ("I always", "it's important to") rather than of one time. */
  readonly genericSentences: readonly number[];
  /** Sentences with no concrete detail at all. */
  readonly bareSentences: readonly number[];
}

const WEIGHTS: Record<SpecificKind, number> = {
  number: 1,
  time: 1,
  name: 1,
  technical: 1,
  role: 0.5,
  event: 0.5,
  example: 0.25,
};

const TIME_ENTITIES = new Set(["DATE", "TIME", "DURATION"]);
const NUMBER_ENTITIES = new Set(["CARDINAL", "MONEY", "PERCENT", "ORDINAL"]);

// Names that every answer to these questions can say; they tell the interviewer nothing new.
const SAID_BY_EVERYONE = new Set(["anthropic", "claude", "ai", "agi", "ml", "llm", "llms", "i"]);

// Words too weak to be a number on their own: "one of the", "first of all".
const WEAK_NUMBERS = new Set(["one", "first", "once"]);

const TECHNICAL = new Set(
  `latency throughput pipeline database schema migration deploy deployment rollback cache endpoint
  microservice api queue cluster server outage incident postmortem regression compiler kernel gpu
  gpus eval evals dataset benchmark dashboard alert pager repo branch spec rfc ticket crash
  query index shard replica config checkpoint inference tokenizer classifier contract invoice
  budget revenue churn conversion retention sla slo p99 uptime backlog codebase prototype
  experiment metric metrics roadmap headcount deadline release hotfix patch vulnerability exploit
  audit lawsuit interpretability autoencoder autoencoders transformer embedding embeddings
  jailbreak jailbreaks fine-tuning finetuning distillation quantization`
    .split(/\s+/)
    .filter(Boolean),
);

const ROLES = new Set(
  `manager director vp cto ceo coo cfo founder cofounder pm engineer designer researcher lead intern
  contractor customer client stakeholder recruiter teammate colleague peer mentor mentee reviewer
  analyst architect auditor lawyer counsel doctor nurse teacher student professor advisor partner
  investor editor scientist sre tl em`
    .split(/\s+/)
    .filter(Boolean),
);

// Teams named by what they do, standing alone as someone who acts or is turned to: "until legal
// had signed off", "took it to procurement". Followed by a noun they only describe it ("legal
// risk", "finance team" is caught by its head).
const FUNCTIONS = new Set(["legal", "compliance", "procurement", "finance", "hr", "payroll"]);

const EVENTS = new Set(
  `launch offsite reorg layoff layoffs interview demo sprint standup retro retrospective meeting
  rollout hackathon conference escalation review presentation pitch negotiation deadline onboarding
  handoff`
    .split(/\s+/)
    .filter(Boolean),
);

const GENERIC_CUES = compilePhrases([
  "always",
  "usually",
  "generally",
  "typically",
  "in general",
  "tend to",
  "whenever",
  "every time",
  "any time",
  "i believe in",
  "it be important|crucial|essential|key",
  "i value|prioritize|prioritise",
  "i strive|aim|try to",
  "i make sure|sure to",
  "i be someone|person who",
  "i be the type|kind",
]);

const ALL_CAPS = /^[A-Z][A-Z0-9]{1,}s?$/;
const MIXED_ALNUM = /^(?=.*[a-z])(?=.*\d)[a-z0-9.-]+$/i;
const CAMEL_OR_DOTTED = /^[a-z]+[A-Z][A-Za-z]*$|^[A-Za-z]+\.(js|ts|py|io|com|ai)$/;

function isSentenceStart(parsed: ParsedText, token: Token): boolean {
  for (let i = token.index - 1; i >= 0; i -= 1) {
    const previous = parsed.tokens[i];
    if (previous === undefined || previous.sentence !== token.sentence) return true;
    if (previous.pos === "SPACE") continue;
    return previous.pos === "PUNCT" && /^[-•*"'“(]$/.test(previous.value);
  }
  return true;
}

/** A word that begins with a capital letter, in any script. */
const CAPITAL_FIRST = /^\p{Lu}/u;

/** A capitalised word counts as a name unless it may only be capitalised for opening a sentence. */
function isName(parsed: ParsedText, token: Token, lowerCaseWords: ReadonlySet<string>): boolean {
  if (SAID_BY_EVERYONE.has(token.normal)) return false;
  if (ALL_CAPS.test(token.value)) return true;
  if (!CAPITAL_FIRST.test(token.value)) return false;
  const next = parsed.tokens[token.index + 1];
  // "Situation:", "Result:" are labels, not names.
  if (next?.value === ":") return false;
  const midSentence = !isSentenceStart(parsed, token);
  // Mid-sentence, a capital marks a name the tagger may take for a noun or an adjective: "the AI
  // Act", "the French digital ministry".
  if (token.pos !== "PROPN") return midSentence && (token.pos === "NOUN" || token.pos === "ADJ");
  if (midSentence) return true;
  // The tagger calls many capitalised openers PROPN ("Communication is key"); a name is rarely an
  // ordinary English word.
  if (lowerCaseWords.has(token.normal)) return false;
  return next?.pos === "PROPN" || !token.common;
}

/** Ordinals that number the points of an answer when they open a sentence: "Second, on-call." */
const ENUMERATORS = new Set(["second", "third", "fourth", "fifth", "secondly", "thirdly"]);

/**
 * The number of a list's item counts nothing: "2." or "2)" opening its sentence, a number or an
 * ordinal with a colon ("Two: you argue that…"), or an ordinal with a comma ("Third, if nobody…").
 */
function isItemNumber(parsed: ParsedText, token: Token): boolean {
  if (!isSentenceStart(parsed, token)) return false;
  const next = parsed.tokens[token.index + 1]?.value;
  if (next === "." || next === ")" || next === ":") return true;
  return next === "," && ENUMERATORS.has(token.normal);
}

function kindOf(
  parsed: ParsedText,
  token: Token,
  lowerCaseWords: ReadonlySet<string>,
): SpecificKind | undefined {
  if (token.entity !== undefined && TIME_ENTITIES.has(token.entity)) return "time";
  if (isItemNumber(parsed, token)) return undefined;
  const numeric =
    token.pos === "NUM" || (token.entity !== undefined && NUMBER_ENTITIES.has(token.entity));
  if (numeric && !WEAK_NUMBERS.has(token.normal)) return "number";
  if (MIXED_ALNUM.test(token.value) || CAMEL_OR_DOTTED.test(token.value)) return "technical";
  if (isName(parsed, token, lowerCaseWords)) return "name";
  if (TECHNICAL.has(token.lemma) || TECHNICAL.has(token.normal)) return "technical";
  if (ROLES.has(token.lemma) || ROLES.has(token.normal)) return "role";
  if (FUNCTIONS.has(token.normal) && standsAlone(parsed, token)) return "role";
  if (EVENTS.has(token.lemma) || EVENTS.has(token.normal)) return "event";
  return undefined;
}

/** Whether a word heads its own noun phrase: nothing it could describe comes next. */
function standsAlone(parsed: ParsedText, token: Token): boolean {
  const next = parsed.tokens[token.index + 1];
  return next === undefined || !["NOUN", "PROPN", "ADJ", "NUM"].includes(next.pos);
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

function collectLowerCaseWords(parsed: ParsedText): Set<string> {
  const words = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.isWord && token.value === token.normal) words.add(token.normal);
  }
  return words;
}

/** Adjacent tokens of one kind form one detail: "two weeks", "Black Friday", "$40". */
function groupDetails(parsed: ParsedText): { kind: SpecificKind; first: number; last: number }[] {
  const lowerCaseWords = collectLowerCaseWords(parsed);
  const groups: { kind: SpecificKind; first: number; last: number }[] = [];
  for (const token of parsed.tokens) {
    if (!token.isWord && token.entity === undefined) continue;
    const kind = kindOf(parsed, token, lowerCaseWords);
    if (kind === undefined) continue;
    const previous = groups[groups.length - 1];
    if (previous?.kind === kind && previous.last >= token.index - 1) previous.last = token.index;
    else groups.push({ kind, first: token.index, last: token.index });
  }
  return groups;
}

const EXAMPLE_CUES = compilePhrases(["for example|instance", "such as", "e.g."]);

type Group = { kind: SpecificKind; first: number; last: number };

/**
 * Concrete things named without numbers or names, which views are mostly made of: compound nouns
 * ("search engine", "drug dosages", "lock-picking") and examples introduced as such.
 */
function exampleDetails(parsed: ParsedText, taken: ReadonlySet<number>): Group[] {
  const groups: Group[] = [];
  const { tokens } = parsed;
  // "-ing" nouns are mostly verbs the tagger misread ("people trusting systems"), unless one
  // closes the compound with nothing after it to take as an object ("location tracking in the
  // app", "rate limiting was off").
  const isNoun = (i: number) => {
    const token = tokens[i];
    if (token?.pos !== "NOUN" || taken.has(i)) return false;
    return (
      !token.normal.endsWith("ing") ||
      (i > 0 && tokens[i - 1]?.pos === "NOUN" && standsAlone(parsed, token))
    );
  };
  const joined = (i: number) => {
    const token = tokens[i];
    return token?.value === "-" && tokens[i + 1]?.start === token.end;
  };
  let i = 0;
  while (i < tokens.length) {
    let last = i;
    while (
      isNoun(last) &&
      (isNoun(last + 1) || (joined(last + 1) && tokens[last + 2]?.isWord === true))
    ) {
      last += isNoun(last + 1) ? 1 : 2;
    }
    // A "compound" followed by an adverb, adjective or determiner ends in a misread verb
    // ("the technology moves faster", "rules risk becoming").
    const after = tokens[last + 1]?.pos ?? "PUNCT";
    const verbLike = ["ADV", "ADJ", "DET", "PART", "VERB", "PRON"].includes(after);
    if (last > i && !verbLike) groups.push({ kind: "example", first: i, last });
    i = last + 1;
  }
  for (const match of findPhrases(parsed, EXAMPLE_CUES)) {
    groups.push({ kind: "example", first: match.first, last: match.last });
  }
  return groups;
}

/**
 * A role, event or technical term keeps the nouns that name which one it is: "the privacy
 * review", "the planning meeting", "the release checklist" are one detail each, not "review" and
 * "meeting" again.
 */
function withModifiers(parsed: ParsedText, groups: readonly Group[]): Group[] {
  const taken = new Set(groups.flatMap((g) => range(g.first, g.last)));
  return groups.map((group) => {
    if (!["role", "event", "technical"].includes(group.kind)) return group;
    let first = group.first;
    while (first > 0 && !taken.has(first - 1) && parsed.tokens[first - 1]?.pos === "NOUN") {
      first -= 1;
    }
    return { ...group, first };
  });
}

/** Finds the concrete details (numbers, time frames, names, technical terms, roles, events). */
export function readSpecifics(parsed: ParsedText): SpecificsSignal {
  const items: Specific[] = [];
  const seen = new Set<string>();
  let weight = 0;
  let strong = 0;
  const perSentence = new Array<number>(parsed.sentences.length).fill(0);
  const details = withModifiers(parsed, groupDetails(parsed));
  const taken = new Set(details.flatMap((g) => range(g.first, g.last)));
  for (const group of [...details, ...exampleDetails(parsed, taken)]) {
    const evidence = tokenEvidence(parsed, group.first, group.last);
    const sentence = parsed.tokens[group.first]?.sentence ?? 0;
    items.push({ kind: group.kind, evidence, sentence });
    perSentence[sentence] = (perSentence[sentence] ?? 0) + 1;
    const key = `${group.kind}:${evidence.quote.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    weight += WEIGHTS[group.kind];
    if (WEIGHTS[group.kind] === 1) strong += 1;
  }
  const genericSentences = [...sentencesWith(parsed, GENERIC_CUES)];
  const bareSentences = parsed.sentences
    .filter((sentence) => perSentence[sentence.index] === 0 && sentence.end > sentence.start)
    .map((sentence) => sentence.index);
  return { items, weight, strong, genericSentences, bareSentences };
}
