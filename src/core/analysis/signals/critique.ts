import { type Evidence, sentenceEvidence } from "../evidence.ts";
import { type ParsedText, sentenceRange, sentenceTokens } from "../nlp.ts";
import { compilePhrases, findPhrases, type PhraseMatch } from "../phrases.ts";

/** Criticism in the answer: considered, unreasoned, or a compliment dressed as one. */
export interface CritiqueSignal {
  /** A reservation with a reason: "I worry that X, because Y". */
  readonly considered: readonly Evidence[];
  /** A reservation stated with nothing behind it. */
  readonly unreasoned: readonly Evidence[];
  /** Praise dressed as criticism: "my only criticism is they care too much". */
  readonly compliments: readonly Evidence[];
  /**
   * Criticism made as an argument, with no stock phrase: a claim with a critical turn ("leaves
   * the call to the company that profits", "should publish") and a reason or consequence beside
   * it. Also counted in `considered`.
   */
  readonly arguments: readonly Evidence[];
  /** Criticism posed as pointed questions with a reason beside them: "Who decides…? If…". */
  readonly questions: readonly Evidence[];
}

const MARKERS = compilePhrases([
  "i worry|worried",
  "i be worried|concerned|uneasy|wary|skeptical|sceptical|unconvinced|unsure|torn|ambivalent",
  "i be not convinced|sure|persuaded|comfortable",
  "i be less sure|convinced",
  "my #ADJ? worry|concern|concerns|reservation|reservations|hesitation|criticism|critique|disagreement|doubt|doubts|objection|quarrel|complaint|gripe",
  "one|the|a|my|our #ADJ? worry|concern|reservation|criticism|critique|downside|weakness|flaw|limitation",
  "the|a|one|my #ADJ? problem|issue|gap|catch|hole be|is|was|:|with",
  "quarrel|issue|issues|problem|problems|complaint|gripe|disagreement with",
  "weak point|spot|link",
  "be|is|was|are weak|wrong|naive|misleading|overrated|overstated|self-serving|circular|incomplete|hollow|thin",
  "overrated|underrated|overhyped|overstated",
  "i would have liked|preferred|wanted",
  "i would rather",
  "not a substitute",
  "reservation|reservations|hesitation|hesitations|misgiving|misgivings|skeptical|sceptical",
  "give|gives|gave me pause",
  "what worry|worries|concern|concerns|bother|bothers|trouble|troubles me",
  "i wonder whether|if",
  "i would want to know|understand|see|ask whether|how|who|if|what|why",
  "sit|sits uneasily",
  "i do not fully? agree",
  "have not fully? buy|bought",
  "problem|problems with",
  "would|'d push back",
  "push|pushing back",
  "where i disagree|differ|part",
  "i disagree",
  "i doubt",
  "i question",
  "i do not buy",
  "the risk|downside|tension|trade-off|tradeoff|catch|cost be",
  "trade-off|tradeoff|tradeoffs|trade-offs",
  "fall|falls short",
  "not enough",
  "too slow|fast|cautious|conservative|aggressive|optimistic|pessimistic|vague|narrow|broad|centralized|closed|secretive|early|late",
  "underestimate|overstate|overestimate|understate|underweight|overweight",
  "blind spot",
  "fail|fails to",
  "do|does not address|account|explain|answer|scale|hold",
  "it be unclear|not clear",
  "i be not sure|certain",
  "risk|risks that",
  "at the cost of",
  "i would change",
  "i would do * differently",
  "what i would change",
  "i find * unconvincing|weak|thin",
  "unconvincing",
  "tension between",
  "i be critical",
  "push|pushing|argue|argued against",
  "i would still? reverse|change|drop|stop|undo",
  "the tension",
  "i would ask|want to know",
]);

const REASONS = compilePhrases([
  "because",
  "since",
  "given",
  "so",
  "which mean|means|meant",
  "that mean|means",
  "for example|instance",
  "e.g.",
  "if",
  "when",
  "unless",
  "whereas",
  "while",
  "as",
  "due to",
  "the reason",
  "without",
  "otherwise",
]);

// Praise framed as fault-finding: the framing plus a virtue, or a virtue taken "too far".
const COMPLIMENTS = compilePhrases([
  "care|cares|caring too much",
  "work|works|working too hard",
  "too passionate|dedicated|committed|humble|nice|kind|generous|thoughtful|principled|perfectionist|good|rigorous|careful|mission-driven|talented|smart",
  "only criticism|critique|concern|worry|downside|complaint|weakness|gripe|reservation",
  "if anything",
  "hard|struggle|difficult to find|think of * criticism|critique|fault|downside|anything",
  "can not think of * criticism|critique|fault|downside|anything",
  "nothing to criticize|criticise",
  "if i have|had to pick|choose|name|find|push|criticize|criticise|critique|fault",
  "good problem to have",
  "my only nitpick",
  "be|are not brave|bold enough",
  "prouder",
  "too modest",
  "less modest",
  "shout about it",
  "if i be|am being picky|nitpicky|honest",
  "nitpick",
  "the only thing i would change",
  "biggest|only weakness",
]);

/** A critical turn in a claim: a lack, a demand, an incentive, a risk, a contrast. */
const CRITICAL_TURNS = compilePhrases([
  "leave|leaves|left * to",
  "without",
  "lack|lacks|lacking|missing|absent",
  "no one|nobody|none",
  "should",
  "ought to",
  "need|needs to",
  "must",
  "would be better",
  "would make|help",
  "instead",
  "incentive|incentives|pressure|profit|profits|commercial|competitive|shareholders|investors|revenue",
  "conflict of interest",
  "credible|credibility|oversight|verify|verifiable|independent|external|outside|audit|audited|accountable",
  "risk|risks|risky|danger|dangerous|harm|harms|cost|costs|downside",
  "but|however|yet",
  "more|less|fewer * than",
  "too #ADJ",
  "rather than",
  "hard|impossible to",
  "contradict|contradicts|contradiction|inconsistent|undercut|undercuts|undermine|undermines",
  "unclear|vague|opaque|untested|unproven|unverified",
]);

/** Praise said as liking: "I also like that the posting treats…", "what I liked about that job". */
const LIKING = compilePhrases([
  "i also? like|love|admire|appreciate|liked|loved|admired|appreciated that|how|the",
  "what i like|love|liked|loved|admire|admired|appreciate|appreciated about|was|is",
]);

/** What turns praise into a reservation within its sentence. */
const TURNS_BACK = compilePhrases(["but|however|yet|though|although|except"]);

/** Declining to criticise: "I'd rather not invent a criticism", "I don't know enough to say". */
const DECLINES = compilePhrases([
  "rather not invent|make|criticize|criticise|guess|pretend",
  "not know|understand * enough",
  "not know|understand the details|company|research",
  "not have a good one",
  "not sure i can",
  "would not reverse|change",
  "be|am guessing",
  "make something up",
  "nothing i would change",
]);

/** A consequence or reason joined to a claim. */
const CONSEQUENCES = compilePhrases([
  "because|since|so|therefore|thus|hence",
  "which|that mean|means|meant",
  "which make|makes|leaves|lets|puts",
  "as a result",
  "the result be|is",
  "otherwise",
  "if|unless|when|then",
  "until",
  "in practice",
  "for example|instance",
  "will|would tend to",
  "end|ends up",
]);

const QUESTION_OPENERS = new Set(
  `who what when where why how which whose is are does do did can could would will should has have`.split(
    " ",
  ),
);

const LEADING_CONJUNCTIONS = new Set(["but", "and", "so", "yet", "then", "still", "or"]);

// Deliberately without "safety", "mission" or "values": real criticism of a lab names them too.
const VIRTUES = new Set(
  `care cares caring much hard passionate dedicated committed humble nice kind generous thoughtful
  principled perfectionist good great rigorous careful talented smart excellent amazing standards
  high-quality ambitious best brilliant modest proud prouder brave bold cautious principled
  transparent thorough honest safe`
    .split(/\s+/)
    .filter(Boolean),
);

function sentenceOf(parsed: ParsedText, token: number): number {
  return parsed.tokens[token]?.sentence ?? 0;
}

function contentWords(parsed: ParsedText, sentence: number): number {
  return sentenceTokens(parsed, sentence).filter((t) =>
    ["NOUN", "VERB", "PROPN", "ADJ", "NUM"].includes(t.pos),
  ).length;
}

/**
 * "I don't know enough to push back", "I'd rather not invent a criticism": a marker under a
 * negation it does not carry itself ("I'm not convinced" carries its own) declines to criticise.
 */
function isTakenBack(parsed: ParsedText, match: PhraseMatch): boolean {
  const tokens = parsed.tokens.slice(match.first, match.last + 1);
  const ownNegation = tokens.some((t) => ["not", "never", "no"].includes(t.normal));
  return !ownNegation && tokens.some((t) => t.negated);
}

/** "I used to be skeptical", "at first I worried": a view the candidate no longer holds. */
function formerView(parsed: ParsedText, sentence: number): boolean {
  return findPhrases(parsed, FORMER, ...sentenceRange(parsed, sentence)).length > 0;
}

const FORMER = compilePhrases(["use|used to", "at first", "initially", "originally"]);

/** A compliment sentence names a virtue; a real criticism with the same framing names a cost. */
function isCompliment(parsed: ParsedText, sentence: number, framed: ReadonlySet<number>): boolean {
  if (!framed.has(sentence)) return false;
  return sentenceTokens(parsed, sentence).some(
    (t) => VIRTUES.has(t.normal) || VIRTUES.has(t.lemma),
  );
}

/**
 * Finds criticism. A reservation counts as considered when it has substance of its own and is
 * backed: a reason or consequence next to it, a concrete detail in it or the sentence after, or
 * a following sentence that develops it. "My only criticism is they care too much" is a
 * compliment and counts against the answer instead. `concreteSentences` are the sentences that
 * hold a number, a name or a time frame.
 */
export function readCritique(
  parsed: ParsedText,
  concreteSentences: ReadonlySet<number>,
  performedSentences: ReadonlySet<number>,
  view = true,
): CritiqueSignal {
  const markerSentences = new Set(
    findPhrases(parsed, MARKERS)
      .filter((m) => !isTakenBack(parsed, m))
      .map((m) => sentenceOf(parsed, m.first))
      .filter((s) => !formerView(parsed, s)),
  );
  const reasonSentences = new Set(
    findPhrases(parsed, REASONS).map((m) => sentenceOf(parsed, m.first)),
  );
  const framed = new Set(findPhrases(parsed, COMPLIMENTS).map((m) => sentenceOf(parsed, m.first)));
  const considered: Evidence[] = [];
  const unreasoned: Evidence[] = [];
  const compliments: Evidence[] = [];
  for (const sentence of framed) {
    if (isCompliment(parsed, sentence, framed))
      compliments.push(sentenceEvidence(parsed, sentence));
  }
  for (const sentence of [...markerSentences].sort((a, b) => a - b)) {
    // Praise framed as fault-finding, or a "tension" named inside a slogan, criticises nothing.
    if (isCompliment(parsed, sentence, framed) || performedSentences.has(sentence)) continue;
    const reasoned = [sentence - 1, sentence, sentence + 1].some((s) => reasonSentences.has(s));
    const concrete = concreteSentences.has(sentence) || concreteSentences.has(sentence + 1);
    const own = contentWords(parsed, sentence);
    const withNext = own + contentWords(parsed, sentence + 1);
    const backed = reasoned || concrete || withNext >= 14;
    // "Where I disagree is on adoption." is short, and the sentence after it carries it.
    const substantial = own >= 5 || withNext >= 8;
    const target = backed && substantial ? considered : unreasoned;
    target.push(sentenceEvidence(parsed, sentence));
  }
  // Arguments and questions are how a view criticises; in a story they are the plot.
  const { arguments: argued, questions } = view
    ? readArguments(parsed, concreteSentences, performedSentences, framed)
    : { arguments: [], questions: [] };
  const known = new Set(considered.map((item) => item.start));
  for (const item of [...argued, ...questions]) {
    if (!known.has(item.start)) considered.push(item);
  }
  considered.sort((a, b) => a.start - b.start);
  return { considered, unreasoned, compliments, arguments: argued, questions };
}

function sentencesWith(parsed: ParsedText, set: ReturnType<typeof compilePhrases>): Set<number> {
  return new Set(findPhrases(parsed, set).map((m) => sentenceOf(parsed, m.first)));
}

function isQuestion(parsed: ParsedText, sentence: number): boolean {
  const found = parsed.sentences[sentence];
  if (found === undefined) return false;
  const last = parsed.tokens[found.lastToken];
  // "But who decides…?" asks as much as "Who decides…?": a leading conjunction is passed over.
  const first = sentenceTokens(parsed, sentence).find(
    (token) => token.isWord && !LEADING_CONJUNCTIONS.has(token.normal),
  );
  return last?.value === "?" && QUESTION_OPENERS.has(first?.normal ?? "");
}

/**
 * Criticism as an argument or a question. A claim counts when it has a critical turn, enough
 * substance to be about something, and a reason or consequence in it or beside it; praise
 * framed as fault and performed sentences never count.
 */
function readArguments(
  parsed: ParsedText,
  concreteSentences: ReadonlySet<number>,
  performedSentences: ReadonlySet<number>,
  framed: ReadonlySet<number>,
): { arguments: Evidence[]; questions: Evidence[] } {
  const turns = sentencesWith(parsed, CRITICAL_TURNS);
  // Liking is praise whatever it contrasts ("I like that you treat reliability as a job rather
  // than a chore"), unless it turns on itself: "I like the policy, but it leaves the call to…".
  const turnsBack = sentencesWith(parsed, TURNS_BACK);
  const liked = new Set([...sentencesWith(parsed, LIKING)].filter((s) => !turnsBack.has(s)));
  const declines = sentencesWith(parsed, DECLINES);
  const consequences = sentencesWith(parsed, CONSEQUENCES);
  const argued: Evidence[] = [];
  const questions: Evidence[] = [];
  for (const sentence of parsed.sentences.map((s) => s.index)) {
    if (isCompliment(parsed, sentence, framed) || declines.has(sentence)) continue;
    if (liked.has(sentence)) continue;
    // A claim beside the case that grounds it argues from it: "I spent twenty minutes on your
    // pricing page… that one page undercuts it."
    const grounded = concreteSentences.has(sentence - 1) || concreteSentences.has(sentence + 1);
    // Mission words in such a claim are its substance, not a slogan: "for a company whose brand
    // is being trustworthy, that one page undercuts it".
    if (performedSentences.has(sentence) && !grounded) continue;
    const own = contentWords(parsed, sentence);
    const reasoned = [sentence - 1, sentence, sentence + 1].some((s) => consequences.has(s));
    const concrete = concreteSentences.has(sentence);
    if (isQuestion(parsed, sentence)) {
      // A question alone may be curiosity; with a reason or a detail beside it, it is a point.
      if (own >= 3 && (reasoned || concrete)) questions.push(sentenceEvidence(parsed, sentence));
      continue;
    }
    if (!turns.has(sentence) || own < 6) continue;
    if (reasoned && (concrete || grounded || own >= 9)) {
      argued.push(sentenceEvidence(parsed, sentence));
    }
  }
  return { arguments: argued, questions };
}
