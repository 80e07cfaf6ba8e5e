import { afterVerb, type Clause, clauseTokens } from "../clauses.ts";
import type { ParsedText, Token } from "../nlp.ts";
import { compilePhrases, findPhrases } from "../phrases.ts";
import { saysNot } from "./stance-meaning.ts";
import { isContent, LIGHT_VERBS } from "./stance-words.ts";

/**
 * Two ways a reply can answer a risk the interviewer raised, which read alike ("I'd …") and mean
 * opposite things for the view: a mitigation keeps the view and adds a step that limits the risk
 * ("I'd still ship it, but behind a flag, and I'd watch the error rate"); a new position withholds,
 * defers or undoes what the view would do ("I wouldn't ship it now; I'd wait for the audit").
 */
export interface MitigationSignal {
  /**
   * Sentences that add a step beside the view without touching what it would do: a flag, a staged
   * rollout, a call to the customer, a week spent documenting. The view is kept.
   */
  readonly mitigation: readonly number[];
  /**
   * Sentences that withhold the view's action ("I'd not ship it now"), defer it ("I'd wait for the
   * audit", "not yet", "next quarter") or put it off until a condition the view did not have.
   */
  readonly newPosition: readonly number[];
}

/** A step taken beside a decision to limit what it risks: "add a flag", "monitor it", "call them". */
const ADDED_STEP_VERBS: ReadonlySet<string> = new Set([
  "add",
  "monitor",
  "watch",
  "stage",
  "flag",
  "gate",
  "alert",
  "document",
  "write",
  "explain",
  "call",
  "tell",
  "warn",
  "pair",
  "review",
  "test",
  "log",
  "track",
  "check",
  "communicate",
  "brief",
  "train",
  "spend",
  "schedule",
  "budget",
  "prepare",
  "rehearse",
  "canary",
  "audit",
  "measure",
  "follow",
  "talk",
  "ask",
  "offer",
  "help",
  "mentor",
  "shadow",
  "cover",
]);

/** What a mitigation names even without one of those verbs: "behind a flag", "with a rollback". */
const SAFEGUARD = compilePhrases([
  "behind a|the flag|feature",
  "feature flag|flags|toggle",
  "kill switch",
  "staged|gradual|phased|slow rollout|rollouts|release",
  "roll it|this out",
  "roll back|rollback",
  "a rollback plan",
  "with monitoring|alerts|alerting|a buddy|a reviewer|a canary",
  "on a canary",
  "what i would add",
  "i would also",
  "we would also",
]);

/**
 * A condition or bound set on the decision itself ("leave a window to object before it's final"):
 * the step changes when the view takes effect rather than sitting beside it.
 */
const CONDITION = compilePhrases(["before", "until", "unless", "only", "except", "as long as"]);

/** Putting the view's action off: "wait for the audit", "hold off", "not yet", "next quarter". */
const DEFER = compilePhrases([
  "wait|waiting for|until|till|a|another|and",
  "hold off",
  "not yet",
  "not now",
  "not this quarter|year|month|week|sprint|release|monday|tuesday|wednesday|thursday|friday",
  "next quarter|year|month|week|sprint|release|monday|tuesday|wednesday|thursday|friday",
  "postpone|postponed|delay|delayed|defer|deferred|push|pushed it|this|that|the",
  "later",
  "for now not",
  "after the|we|they|it",
]);

/** Verbs that frame a view rather than act: "I'd say we should…", "I think…". */
const FRAMING_VERBS: ReadonlySet<string> = new Set(["say", "think", "believe", "guess", "mean"]);

/** Verbs that themselves put an action off: "I'd wait", "hold off", "postpone it". */
const DEFERRING_VERBS: ReadonlySet<string> = new Set([
  "wait",
  "hold",
  "postpone",
  "delay",
  "defer",
  "push",
  "pause",
]);

/** What "hold" keeps when it keeps a position: "hold the line", "hold my ground". */
const HELD_GROUND = new Set(["line", "position", "view", "ground", "answer", "opinion"]);

/**
 * What a verb of waiting puts off: the view's matter, "it", or nothing ("I'd wait", "hold off").
 * "Defer to the people here" gives way to someone, "hold the line" or "hold them with humility"
 * keeps something; neither puts the view off.
 */
function putsOff(clause: Clause, viewWords: ReadonlySet<string>): boolean {
  if (clause.complement.some((t) => HELD_GROUND.has(t.lemma))) return false;
  const next = clause.complement.find((t) => t.isWord);
  if (next === undefined) return true;
  if (
    ["it", "this", "that", "off", "back", "for", "until", "till", "a", "another"].includes(
      next.normal,
    )
  ) {
    return true;
  }
  return clause.complement.some((t) => isContent(t) && viewWords.has(t.lemma));
}

/** Light verbs whose object names the act: "do code review" is reviewing. */
const ACT_CARRIERS = new Set(["do", "make", "take", "run"]);

/**
 * The verbs a view acts with: "ship", "migrate", "publish", not "be", "have" or "make"; and the
 * act a light verb carries in its object ("must not do code review" acts by reviewing).
 */
export function actionLemmas(view: ParsedText | undefined): Set<string> {
  const tokens = view?.tokens ?? [];
  const actions = new Set(
    tokens
      .filter((t) => t.pos === "VERB" && !LIGHT_VERBS.has(t.lemma) && !FRAMING_VERBS.has(t.lemma))
      .map((t) => t.lemma),
  );
  tokens.forEach((t, i) => {
    if (!ACT_CARRIERS.has(t.lemma)) return;
    // The last noun of the object that follows within three words: "do code review" → review.
    let head: Token | undefined;
    for (const next of tokens.slice(i + 1, i + 4)) {
      if (!next.isWord) break;
      if (next.pos === "NOUN") head = next;
      else if (head !== undefined) break;
    }
    if (head !== undefined) actions.add(head.lemma);
  });
  return actions;
}

function sharesView(tokens: readonly Token[], viewWords: ReadonlySet<string>): boolean {
  return tokens.some((t) => isContent(t) && viewWords.has(t.lemma));
}

/**
 * A clause that lays down a step: a modal clause, an imperative, or a clause that carries on a
 * modal one by ellipsis ("I'd still ship it, but add a flag").
 */
function laysDown(clause: Clause, sentenceClauses: readonly Clause[]): boolean {
  if (clause.modal) return true;
  const verb = clause.verb;
  if (verb === undefined || clause.auxiliaries.length > 0 || clause.past) return false;
  const bare = verb.normal === verb.lemma;
  const carriesOn = sentenceClauses.some((c) => c.modal && c.first < clause.first);
  return bare && (carriesOn || (clause.agent === "none" && verb.index === clause.first));
}

/**
 * "I wouldn't tell them to quit the startup" denies another act than the view's ("tell them it's
 * bad"): a verb of its own after the negated one.
 */
function bringsNewAct(parsed: ParsedText, clause: Clause, actions: ReadonlySet<string>): boolean {
  return clause.complement.some(
    (t) => t.pos === "VERB" && !actions.has(t.lemma) && !LIGHT_VERBS.has(t.lemma),
  );
}

/**
 * The act a view refused, now laid down as a thing to give or do: "I'd offer a fixed annual
 * discount" for "I'd never discount for prepayment". The act is the object of a light or giving
 * verb, not a verb of its own.
 */
function grantsRefusedAct(
  clause: Clause,
  actions: ReadonlySet<string>,
  viewNegated: boolean,
): boolean {
  if (!viewNegated || clause.negated || clause.verb === undefined) return false;
  if (!GIVING_VERBS.has(clause.verb.lemma) && !LIGHT_VERBS.has(clause.verb.lemma)) return false;
  return clause.complement.some((t) => t.pos === "NOUN" && actions.has(t.lemma));
}

/** Words that limit a view to some cases, and words that lift the limit to every case. */
const LIMITING = new Set(["only", "just", "solely"]);
const WHOLE = new Set(["all", "every", "each", "both", "everything", "everyone"]);

/** Verbs that put an act or a thing in place: "offer a discount", "allow a merge". */
const GIVING_VERBS = new Set(["offer", "allow", "permit", "give", "grant", "add", "introduce"]);

/** The view's action put after "rather … than" or "instead of": another act takes its place. */
function replacesAction(parsed: ParsedText, clause: Clause, actions: ReadonlySet<string>): boolean {
  const tokens = clauseTokens(parsed, clause);
  const rather = tokens.findIndex((t) => t.normal === "rather");
  const than = tokens.findIndex((t, i) => i > rather && rather !== -1 && t.normal === "than");
  const instead = tokens.findIndex(
    (t, i) => t.normal === "instead" && tokens[i + 1]?.normal === "of",
  );
  const from = than !== -1 ? than : instead;
  // After "than" a verb is often tagged as a noun ("than ship it"): the word is what counts.
  return (
    from !== -1 && tokens.slice(from).some((t) => actions.has(t.lemma) || actions.has(t.normal))
  );
}

/**
 * "I'd keep the docs async, but add a buddy": keeping a part of the view by name, beside an added
 * step, splits the view rather than guarding it. "I'd still ship it" keeps the whole.
 */
function keepsNamedPart(
  parsed: ParsedText,
  clauses: readonly Clause[],
  viewWords: ReadonlySet<string>,
): boolean {
  return clauses.some(
    (c) =>
      (c.verb?.lemma === "keep" || c.verb?.lemma === "leave") &&
      sharesView(clauseTokens(parsed, c), viewWords),
  );
}

/** Words that open a relative clause: "the people who can delay a launch" lays nothing down. */
const RELATIVE_PRONOUNS = new Set(["who", "which", "that", "whom", "whose"]);

/** A clause that describes a noun before it ("who can delay a launch") rather than acting. */
function isRelative(parsed: ParsedText, clause: Clause): boolean {
  const before = parsed.tokens[clause.first - 1];
  return before !== undefined && RELATIVE_PRONOUNS.has(before.normal);
}

/** Views that change something: keeping another thing in its place withholds the change. */
const CHANGING_ACTIONS: ReadonlySet<string> = new Set([
  "rewrite",
  "migrate",
  "replace",
  "move",
  "switch",
  "remove",
  "cut",
  "drop",
  "retire",
  "deprecate",
  "kill",
  "port",
  "convert",
  "sunset",
  "rebuild",
  "change",
]);

/**
 * "So I'd keep Java" for "rewrite the billing service in Rust": the view changes something and
 * the reply keeps a thing the view does not name, so the change is withheld. Keeping the view's
 * own words ("keep the Rust plan") or "an eye on it" keeps the view.
 */
function keepsInPlace(
  parsed: ParsedText,
  clause: Clause,
  sentence: readonly Clause[],
  actions: ReadonlySet<string>,
  viewWords: ReadonlySet<string>,
): boolean {
  if (clause.verb?.lemma !== "keep" || clause.negated || !laysDown(clause, sentence)) return false;
  if (![...actions].some((a) => CHANGING_ACTIONS.has(a))) return false;
  const object = clause.complement.filter(isContent);
  const head = clause.complement.find((t) => t.isWord);
  if (head === undefined || ["it", "this", "that", "them", "an", "a"].includes(head.normal)) {
    return false;
  }
  return object.length > 0 && !object.some((t) => viewWords.has(t.lemma));
}

/** Reads where a reply adds a safeguard beside the view and where it withholds or defers it. */
export function readMitigation(
  parsed: ParsedText,
  view: ParsedText | undefined,
  clausesOf: readonly (readonly Clause[])[],
  viewWords: ReadonlySet<string>,
  limitsView: (sentence: number) => boolean,
): MitigationSignal {
  const actions = actionLemmas(view);
  const viewNormals = new Set(view?.tokens.map((t) => t.normal) ?? []);
  const viewNegated = view !== undefined && saysNot(view.tokens);
  const viewLimited = view?.tokens.some((t) => LIMITING.has(t.normal)) === true;
  const deferredAt = new Set(
    findPhrases(parsed, DEFER)
      // A delay the view already had ("hold the release until the review") is no change.
      .filter((m) =>
        parsed.tokens
          .slice(m.first, m.last + 1)
          .some((t) => t.isWord && t.normal !== "not" && !viewNormals.has(t.normal)),
      )
      .map((m) => m.first),
  );
  const safeguardAt = new Set(findPhrases(parsed, SAFEGUARD).map((m) => m.first));
  const mitigation: number[] = [];
  const newPosition: number[] = [];
  for (const { index } of parsed.sentences) {
    const own = clausesOf[index] ?? [];
    const inClause = (clause: Clause, at: ReadonlySet<number>) =>
      [...at].some((i) => i >= clause.first && i <= clause.last);
    // Withheld: the view's own action, negated where the view did not negate it ("I'd not ship
    // it now"); deferred: a delay laid down or said as a fragment ("Then not now", "I'd wait").
    const withholds = own.some(
      (c) =>
        !isRelative(parsed, c) &&
        c.negated !== viewNegated &&
        laysDown(c, own) &&
        c.verb !== undefined &&
        ((actions.has(c.verb.lemma) && !bringsNewAct(parsed, c, actions)) ||
          grantsRefusedAct(c, actions, viewNegated)),
    );
    // Replaced: "I'd rather strangle it than rewrite it", "instead of rewriting it".
    const replaces = own.some(
      (c) =>
        !isRelative(parsed, c) &&
        ((laysDown(c, own) && replacesAction(parsed, c, actions)) ||
          keepsInPlace(parsed, c, own, actions, viewWords)),
    );
    // "I'd hold it", "we wait": a verb of waiting laid down, unless waiting is the view's own
    // ("hold the release until the review") or it holds a position ("hold the line").
    const waits = (c: Clause, sentence: readonly Clause[]) =>
      !isRelative(parsed, c) &&
      c.verb !== undefined &&
      DEFERRING_VERBS.has(c.verb.lemma) &&
      !actions.has(c.verb.lemma) &&
      (c.agent === "self" || c.agent === "we" || c.agent === "none") &&
      laysDown(c, sentence) &&
      putsOff(c, viewWords);
    // The delay must be on an action: the view's own, a verb of waiting, or a verbless "Then not
    // now". "With two of them I'd get less done until next year" predicts; it defers nothing.
    const defers = own.some(
      (c) =>
        !c.negated &&
        !c.past &&
        (waits(c, own) || inClause(c, deferredAt)) &&
        (own.every((o) => o.verb === undefined) ||
          (c.verb !== undefined &&
            laysDown(c, own) &&
            (actions.has(c.verb.lemma) || DEFERRING_VERBS.has(c.verb.lemma)))),
    );
    // Widened: the view's act, limited in the view ("report only the best seed"), laid down for
    // every case ("I'd report the mean over all five seeds").
    const widens =
      viewLimited &&
      own.some(
        (c) =>
          !isRelative(parsed, c) &&
          !c.negated &&
          laysDown(c, own) &&
          c.verb !== undefined &&
          actions.has(c.verb.lemma) &&
          afterVerb(parsed, c).some((t) => WHOLE.has(t.normal)),
      );
    if (withholds || defers || replaces || widens) {
      newPosition.push(index);
      continue;
    }
    // Added: a step laid down beside the view, on something the view does not name, in a
    // sentence that sets no limit on the view's own words.
    if (limitsView(index) || keepsNamedPart(parsed, own, viewWords)) continue;
    const [first, last] = [own[0]?.first ?? 0, own.at(-1)?.last ?? -1];
    if (findPhrases(parsed, CONDITION, first, last).length > 0) continue;
    const adds = own.some((c) => {
      // The speaker's own step ("I'd", "we'd", an imperative), not what a thing would do or
      // what the people "who can measure it" are able to do.
      if (
        c.negated ||
        isRelative(parsed, c) ||
        !laysDown(c, own) ||
        !["self", "we", "none"].includes(c.agent)
      ) {
        return false;
      }
      const tokens = clauseTokens(parsed, c);
      if (sharesView(tokens, viewWords) || (c.verb && actions.has(c.verb.lemma))) return false;
      return (
        (c.verb !== undefined && ADDED_STEP_VERBS.has(c.verb.lemma)) || inClause(c, safeguardAt)
      );
    });
    if (adds) mitigation.push(index);
  }
  return { mitigation, newPosition };
}
