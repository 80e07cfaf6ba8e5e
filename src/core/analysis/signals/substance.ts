import { type Clause, clauseIndex } from "../clauses.ts";
import { type Evidence, sentenceEvidence } from "../evidence.ts";
import {
  type ParsedText,
  sentenceAtOffset,
  sentenceTokens,
  type Token,
  tokenAtOffset,
} from "../nlp.ts";
import { compilePhrases, findPhrases, sentencesWith } from "../phrases.ts";
import type { EmotionSignal } from "./emotion.ts";
import { subjectIsAPerson } from "./people.ts";
import type { OutcomeSignal } from "./outcome.ts";
import type { ReflectionSignal } from "./reflection.ts";
import type { SpecificKind, SpecificsSignal } from "./specifics.ts";

/** What a claim says the candidate felt, learned, owned or achieved. */
export type ClaimKind = "feeling" | "lesson" | "ownership" | "impact" | "number";

/** A marker of candor, and whether anything in the story stands behind it. */
export interface Claim {
  readonly kind: ClaimKind;
  readonly evidence: Evidence;
  readonly sentence: number;
  /** It attaches to an event of the story (see `readSubstance`). */
  readonly attached: boolean;
}

/** The story under the markers: the events it narrates and the claims that rest on them. */
export interface SubstanceSignal {
  /** Sentences that narrate something concrete happening. */
  readonly eventSentences: readonly number[];
  /**
   * Sentences that an event grounds: an event sentence with something particular in it, or a
   * sentence next to an event that points back to it. An ending or a feeling told there belongs
   * to the story.
   */
  readonly groundedSentences: ReadonlySet<number>;
  readonly claims: readonly Claim[];
  /** Lessons made only of generalities: "communication is key". */
  readonly platitudes: readonly Evidence[];
  /** Concrete words that recur across sentences: the things the story is about. */
  readonly cohesion: number;
}

/**
 * Words that name no particular thing: generalities, the vocabulary of interview answers and of
 * the markers themselves. A sentence made only of these could be said about any story.
 */
const GENERIC = new Set(
  `thing things something everything anything nothing stuff way ways lot lots kind sort bit part
  time times day days moment point end beginning start today
  people person everyone everybody anyone someone team teams group organization organisation
  company business work job role project projects task tasks situation situations challenge
  challenges problem problems issue issues process processes approach approaches experience
  experiences environment culture mindset perspective perspectives
  communication communicate collaboration collaborate teamwork cooperation trust transparency
  honesty integrity ownership responsibility accountability empathy patience respect humility
  leadership lead leader alignment align value values mission vision goal goals priority priorities
  success successful succeed failure fail opportunity opportunities growth grow learning learn
  lesson lessons takeaway takeaways skill skills strength strengths weakness weaknesses
  importance important key crucial essential vital critical lesson feedback improvement improve
  efficiency productivity performance quality impact result results outcome outcomes output
  cost costs spend spending saving savings revenue sales profit margin growth incident incidents
  bug bugs error errors churn downtime customer customers user users client clients engagement
  satisfaction morale velocity throughput metric metrics kpi kpis number numbers rate percent
  example examples position positions disagreement disagreements conviction convictions courage
  relationship relationships delivery predictability rework reduction increase decrease adoption
  iteration iterations deliverable deliverables objective objectives expectation expectations
  standard standards excellence mindset journey space area areas level levels aspect aspects
  effort efforts initiative initiatives stakeholder stakeholders decision decisions change changes
  difference differences hindsight retrospect future past career life world
  feel feeling feelings emotion emotions proud pride frustrated frustration happy excited
  passionate passion confidence confident
  take make do get go come give keep put help drive deliver own handle manage achieve ensure
  believe think know realize realise understand see become remain stay`
    .split(/\s+/)
    .filter(Boolean),
);

// Adjectives mostly judge ("full", "huge", "great"); the things and the doings carry a story.
const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB"]);

/** True for a token that names something particular to this story. */
export function isConcrete(token: Token): boolean {
  if (!token.isWord || !CONTENT_POS.has(token.pos)) return false;
  if (GENERIC.has(token.lemma) || GENERIC.has(token.normal)) return false;
  return token.normal.length > 2;
}

// Stance and state verbs narrate nothing: "I felt", "I believe", "it was".
const STATIVE = new Set(
  `be have seem want like love hate think believe feel know hope guess mean wish need care
  remember understand realize realise learn`
    .split(/\s+/)
    .filter(Boolean),
);

function tokensOf(parsed: ParsedText, first: number, last: number): readonly Token[] {
  return parsed.tokens.slice(first, last + 1);
}

/**
 * An event: a clause that narrates something done or happening in the past, not a state of mind
 * or a habit, in a sentence with something particular in it: a number, a time, a name or a
 * technical term, or two concrete words ("I switched that chart to a trailing average",
 * "checkout fell over on Black Friday"). "I lead by example" and "I held my position" are not.
 */
function isEvent(
  parsed: ParsedText,
  clause: Clause,
  particular: ReadonlySet<number>,
  concrete: readonly Set<string>[],
): boolean {
  const verb = clause.verb;
  if (verb === undefined || clause.modal || !clause.past || STATIVE.has(verb.lemma)) return false;
  const own = tokensOf(parsed, clause.first, clause.last).some(
    (token) => token.index !== verb.index && isConcrete(token),
  );
  if (!own) return false;
  return particular.has(clause.sentence) || (concrete[clause.sentence]?.size ?? 0) >= 2;
}

const OWNERSHIP = compilePhrases([
  "take|took * ownership|responsibility|charge",
  "take|took full|complete|total ownership|responsibility",
  "i own|owned",
  "i drive|drove|spearhead|spearheaded|champion|championed",
  "i personally",
  "i step|stepped up",
  "i lead|led the",
  "i be|was accountable|responsible",
]);

/** What a maxim sounds like: "communication is key", "feedback is a gift", "the power of". */
const MAXIMS = compilePhrases([
  "be key|everything|paramount",
  "be the key|foundation|cornerstone|heart",
  "be a gift",
  "be the best policy",
  "be always worth",
  "be crucial|essential|vital|important|critical",
  "matter|matters most",
  "room to grow|improve",
  "the importance|power|value of",
  "at the end of the day",
  "never give up",
  "do not stop at",
  "the most important",
  "everyone have|has their",
]);

const IMPACT = compilePhrases([
  "be|was a|an huge|big|great|massive|resounding? success",
  "huge|big|great|massive|significant|tremendous|measurable impact",
  "improve|improved|boost|boosted|increase|increased|reduce|reduced|cut|drive|drove *? efficiency|productivity|performance|engagement|morale|satisfaction|outcomes|results|quality|velocity",
  "exceed|exceeded expectations",
  "deliver|delivered results|value",
  "positive|significant outcome|outcomes|results|impact",
]);

const PARTICULAR_KINDS: ReadonlySet<SpecificKind> = new Set([
  "number",
  "time",
  "name",
  "technical",
]);

/** The concrete words of each sentence, as lemmas. */
function concreteBySentence(parsed: ParsedText): Set<string>[] {
  const sets = parsed.sentences.map(() => new Set<string>());
  for (const token of parsed.tokens) {
    if (isConcrete(token)) sets[token.sentence]?.add(token.lemma);
  }
  return sets;
}

/** How many concrete words appear in more than one sentence. */
function countCohesion(bySentence: readonly Set<string>[]): number {
  const seen = new Map<string, number>();
  for (const words of bySentence) {
    for (const word of words) seen.set(word, (seen.get(word) ?? 0) + 1);
  }
  return [...seen.values()].filter((count) => count > 1).length;
}

function sharesWith(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined) {
  if (a === undefined || b === undefined) return false;
  for (const word of a) if (b.has(word)) return true;
  return false;
}

// Words that point back to what was just told: "That night I couldn't sleep", "it stung".
const LINKS = new Set(
  `it this that then when after afterwards so because there later still again which before during
  night morning moment while until`.split(/\s+/),
);

function linksBack(parsed: ParsedText, sentence: number): boolean {
  const found = parsed.sentences[sentence];
  if (found === undefined) return false;
  return tokensOf(parsed, found.firstToken, found.lastToken).some((token) =>
    LINKS.has(token.normal),
  );
}

/**
 * Whether a figure's clause names a concrete thing besides the figure: what it counts or what
 * changed by it. Without a clause (a fragment), its sentence stands in.
 */
function namesWhatItMeasures(
  parsed: ParsedText,
  clauseOf: readonly (Clause | undefined)[],
  figure: Evidence,
): boolean {
  const first = tokenAtOffset(parsed, figure.start);
  if (first === undefined) return false;
  const clause = clauseOf[first.index];
  const sentence = parsed.sentences[first.sentence];
  const from = clause?.first ?? sentence?.firstToken ?? first.index;
  const to = clause?.last ?? sentence?.lastToken ?? first.index;
  return tokensOf(parsed, from, to).some(
    (token) => isConcrete(token) && (token.start < figure.start || token.end > figure.end),
  );
}

/** How far past an ownership phrase its object may run: "I owned the whole cutover plan". */
const OBJECT_REACH = 4;

/**
 * Whether "I owned" names the particular thing owned: "I owned the cutover plan", "the first
 * board I owned". "I owned the outcome" names nothing particular, and "took full ownership of our
 * cloud costs" performs the claim whatever it names.
 */
function namesWhatIsOwned(parsed: ParsedText, first: number, last: number): boolean {
  if (parsed.tokens[last]?.lemma !== "own") return false;
  const before = parsed.tokens[first - 1];
  // A relative clause: "the first board I owned end to end".
  if (before?.pos === "NOUN" && isConcrete(before) && parsed.tokens[first]?.normal === "i") {
    return true;
  }
  const sentence = parsed.tokens[first]?.sentence;
  return parsed.tokens
    .slice(last + 1, last + 1 + OBJECT_REACH)
    .some((token) => token.sentence === sentence && token.pos !== "VERB" && isConcrete(token));
}

/** The signals whose markers are checked for something behind them. */
export interface Markers {
  readonly emotion: EmotionSignal;
  readonly reflection: ReflectionSignal;
  readonly outcome: OutcomeSignal;
  readonly specifics: SpecificsSignal;
}

/** Words a lesson says nothing particular with: "I'd do it differently", "I learned a lot". */
const SAYS_NOTHING_PARTICULAR = new Set(
  `differently different lot much thing things stuff better more way again time next think
  guess really probably definitely just actually honestly like um uh so do be have get make go
  would should could will learn learnt lesson hindsight back look sure certainly absolutely`
    .split(/\s+/)
    .filter(Boolean),
);

/** A lesson cue that says what the candidate would do otherwise: "next time", "I'd do". */
const COUNTERFACTUAL_CUE = /\b(would|'d|next time|different)/i;

/** Parts of speech that say what a lesson is about or how it would go: "sooner", "first". */
const SAYING_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"]);

/**
 * What the candidate would do otherwise, in words of its own, glossed by the sentence before or
 * after with an act of theirs in the story: "I'd do it sooner next time. I sat on it for like a
 * month." The lesson says how it would go ("sooner", "the numbers first"); "I'd do it
 * differently" says nothing of how, and no act beside it makes it a lesson.
 */
function glossedByAnAct(
  parsed: ParsedText,
  clauses: readonly Clause[],
  events: ReadonlySet<number>,
  sentence: number,
  lesson: Evidence,
): boolean {
  if (!COUNTERFACTUAL_CUE.test(lesson.quote)) return false;
  const saysHow = sentenceTokens(parsed, sentence).some(
    (token) =>
      token.isWord &&
      SAYING_POS.has(token.pos) &&
      !SAYS_NOTHING_PARTICULAR.has(token.lemma) &&
      !SAYS_NOTHING_PARTICULAR.has(token.normal) &&
      (token.end <= lesson.start || token.start >= lesson.end || token.pos === "ADV"),
  );
  if (!saysHow) return false;
  return clauses.some(
    (clause) =>
      Math.abs(clause.sentence - sentence) === 1 &&
      events.has(clause.sentence) &&
      clause.agent === "self" &&
      clause.past &&
      !clause.modal &&
      clause.verb !== undefined &&
      !STATIVE.has(clause.verb.lemma),
  );
}

/**
 * Reads the story under the markers. A claim attaches when its sentence narrates an event, or
 * sits next to one and points back to it (a link word or a shared concrete word); a lesson also
 * attaches only when it names something concrete from the story, and a lesson made only of
 * generalities is a platitude. A number attaches when its sentence names a concrete thing it
 * measures.
 */
export function readSubstance(
  parsed: ParsedText,
  clauses: readonly Clause[],
  markers: Markers,
  story = true,
): SubstanceSignal {
  const concrete = concreteBySentence(parsed);
  const particular = new Set(
    markers.specifics.items
      .filter((item) => PARTICULAR_KINDS.has(item.kind))
      .map((item) => item.sentence),
  );
  const events = new Set<number>();
  for (const clause of clauses) {
    if (isEvent(parsed, clause, particular, concrete)) events.add(clause.sentence);
  }
  const at = (evidence: Evidence) => sentenceAtOffset(parsed, evidence.start);

  // A reaction often comes a sentence or two after what caused it; a claim's own sentence is its
  // anchor only when it narrates something particular besides the claim.
  const nearEvent = (sentence: number) => {
    if (events.has(sentence) && particular.has(sentence)) return true;
    return [sentence - 2, sentence - 1, sentence + 1].some(
      (other) =>
        events.has(other) &&
        (linksBack(parsed, sentence) || sharesWith(concrete[sentence], concrete[other])),
    );
  };
  // A lesson must name something the story is about, not merely sit next to it.
  const namesStory = (sentence: number) => {
    const own = concrete[sentence];
    if (own === undefined || own.size === 0) return false;
    return [...events].some((other) => other !== sentence && sharesWith(own, concrete[other]));
  };

  const claims: Claim[] = [];
  const platitudes: Evidence[] = [];
  const add = (kind: ClaimKind, evidence: Evidence, attached: boolean) => {
    claims.push({ kind, evidence, sentence: at(evidence), attached });
  };
  // In a story of several events a feeling belongs to what is told around it.
  const amidEvents = (sentence: number) =>
    events.size >= 2 && [...events].some((event) => Math.abs(event - sentence) <= 3);
  // A reaction to what someone did, told in one sentence: "She cried; I felt awful".
  const reactsToAnAct = (sentence: number) =>
    clauses.some(
      (clause) =>
        clause.sentence === sentence &&
        clause.agent === "other" &&
        clause.past &&
        !clause.modal &&
        !clause.negated &&
        clause.verb !== undefined &&
        !STATIVE.has(clause.verb.lemma) &&
        subjectIsAPerson(parsed, clause),
    );
  for (const felt of [...markers.emotion.felt, ...markers.emotion.shared]) {
    const sentence = at(felt);
    add("feeling", felt, nearEvent(sentence) || amidEvents(sentence) || reactsToAnAct(sentence));
  }
  const maxims = sentencesWith(parsed, MAXIMS);
  // A past clause of the candidate's in the sentence, other than the lesson's own ("I learned").
  const narratesSelf = (sentence: number, lesson: Evidence) =>
    clauses.some((clause) => {
      if (clause.sentence !== sentence || clause.agent !== "self" || !clause.past) return false;
      const from = parsed.tokens[clause.first]?.start ?? 0;
      const to = parsed.tokens[clause.last]?.end ?? 0;
      return to <= lesson.start || from >= lesson.end;
    });
  // A view reasons in the present tense ("I'm still working out whether…"); only a story's
  // lessons are claims that need an event under them.
  for (const lesson of story ? markers.reflection.strong : []) {
    const sentence = at(lesson);
    const glossed = glossedByAnAct(parsed, clauses, events, sentence, lesson);
    // A maxim that names nothing from the story and nothing particular is a platitude. A lesson
    // told beside something the candidate did or was ("I was short with people, which I'm not
    // proud of"; "…which I hadn't known about myself at 24") is about them, not a maxim.
    const platitude =
      ((concrete[sentence]?.size ?? 0) === 0 && !narratesSelf(sentence, lesson) && !glossed) ||
      (maxims.has(sentence) && !particular.has(sentence) && !namesStory(sentence));
    if (platitude) platitudes.push(sentenceEvidence(parsed, sentence));
    // A lesson with concrete words of its own, in an answer that tells a story, is about it.
    const attached =
      !platitude &&
      (namesStory(sentence) || ((concrete[sentence]?.size ?? 0) > 0 && events.size > 0) || glossed);
    add("lesson", lesson, attached);
  }
  for (const match of findPhrases(parsed, OWNERSHIP)) {
    const sentence = parsed.tokens[match.first]?.sentence ?? 0;
    const attached = nearEvent(sentence) || namesWhatIsOwned(parsed, match.first, match.last);
    add("ownership", sentenceEvidence(parsed, sentence), attached);
  }
  for (const match of findPhrases(parsed, IMPACT)) {
    const sentence = parsed.tokens[match.first]?.sentence ?? 0;
    add("impact", sentenceEvidence(parsed, sentence), nearEvent(sentence));
  }
  const clauseOf = clauseIndex(parsed.tokens.length, clauses);
  for (const item of markers.specifics.items) {
    if (item.kind !== "number") continue;
    // "37%" measures nothing unless its own clause names what: "p99 latency", "14 million
    // records", "reruns dropped from forty a day to four"; "improved efficiency by 37%" beside
    // a concrete clause still measures nothing.
    const measured =
      namesWhatItMeasures(parsed, clauseOf, item.evidence) && nearEvent(item.sentence);
    add("number", item.evidence, measured);
  }
  const groundedSentences = new Set(
    parsed.sentences.map((sentence) => sentence.index).filter((index) => nearEvent(index)),
  );
  return {
    eventSentences: [...events].sort((a, b) => a - b),
    groundedSentences,
    claims,
    platitudes,
    cohesion: countCohesion(concrete),
  };
}

/** The claims that nothing in the story stands behind. */
export function unattachedClaims(signal: SubstanceSignal): Claim[] {
  return signal.claims.filter((claim) => !claim.attached);
}
