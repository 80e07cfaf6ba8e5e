import type { Evidence } from "./evidence.ts";
import { missingParts } from "./signals/belief-change.ts";
import type { AnswerContext, Signals } from "./signals/index.ts";
import type { Dimension, Flag, FlagCode, Score } from "./types.ts";

const MAX_QUOTE = 90;

/** A quote short enough to read inside a suggestion. */
function short(evidence: Evidence | undefined): string {
  if (evidence === undefined) return "";
  const text = evidence.quote.replace(/\s+/g, " ").trim();
  return text.length <= MAX_QUOTE ? text : `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
}

function at(evidence: Evidence | undefined, prefix: string): string {
  const text = short(evidence);
  return text === "" ? "" : `${prefix} "${text}"`;
}

type Suggest = (flag: Flag, signals: Signals) => string;

const SUGGEST: Record<FlagCode, Suggest> = {
  "alignment-signaling": (flag) =>
    `Cut the performed words${at(flag.evidence[0], " such as")} and put one real thing in their place: something you built, read or got wrong that shows the value, and one reservation you hold.`,
  "no-feelings": (flag, signals) => {
    const moment = signals.conflict[0] ?? flag.evidence[0];
    return `Say how it felt to you${at(moment, " at")}: one plain sentence such as "I was embarrassed" or "my stomach dropped" makes the story believable.`;
  },
  "we-not-i": (flag) =>
    `Say what you yourself did: rewrite${at(flag.evidence[0], "")} with "I" and the action that was yours, and name who did the rest.`,
  "no-outcome": (flag) =>
    `End with what happened${at(flag.evidence[flag.evidence.length - 1], " after")}: did it ship, what changed, what did it cost, how did it end for you?`,
  "no-reflection": () =>
    `Add what you took from it: what you would do differently ("if I did it again, I would…") or what you do now because of it.`,
  "no-genuine-change": (_flag, signals) => {
    const steps = {
      prior: `state what you believed before ("I thought…")`,
      mover: "say what moved you: the data, the conversation or the event",
      revised: "say what you believe now and what you do differently because of it",
    };
    const missing = missingParts(signals.beliefChange).map((part) => steps[part]);
    return `Make the change of mind concrete: ${missing.join("; ")}.`;
  },
  "no-critique": (_flag, signals) => {
    const compliment = signals.critique.compliments[0];
    const praise =
      compliment === undefined
        ? ""
        : ` ${at(compliment, "")} is praise, and interviewers hear it as such.`;
    return `Name one real reservation and why you hold it ("I worry that… because…").${praise}`;
  },
  vague: (flag) => {
    const quoted = at(flag.evidence[0], " As it stands,");
    return `Anchor it in one real time: a number, a date or duration, a named system or person.${quoted === "" ? " As it stands, the answer could be anyone's." : `${quoted} could be said by anyone.`}`;
  },
  "framework-recital": (flag) =>
    `Drop the labels${at(flag.evidence[0], " such as")} and tell it as a story: what was at stake, what you did, how it ended.`,
  hollow: (flag) =>
    `Tie each claim to what happened:${at(flag.evidence[0], " instead of")} tell the moment it came from — what you did, what you saw, what it cost — or leave it out.`,
  "off-topic": (_flag, signals) => offTopicAdvice(signals.relevance.ask),
  "too-long": (flag, signals) =>
    `At ${signals.length.words} words (about ${signals.length.minutesSpoken} minutes) it runs long; cut the set-up and keep your decision, your action and the outcome. Three minutes are up${at(flag.evidence[0], " around")}.`,
};

/** What to do about an answer to another question, by what the question asked for. */
function offTopicAdvice(ask: Signals["relevance"]["ask"]): string {
  if (ask?.ours !== undefined) {
    return `Give your view of "${ask.ours.text}" itself: name it in your first sentence, then say what you think of it and why, before anything it reminds you of.`;
  }
  if (ask?.place === true || ask?.company === true) {
    return "Say why this company and this role: name something of theirs (their work, a paper, a product, the team) and why it draws you, before why the field does.";
  }
  if (ask?.response === true) {
    return 'Say what you would do, with "I": your first step, who you would talk to and what you would do if that did not settle it. A story of someone else handling it can follow, as what you learned from.';
  }
  if (ask !== undefined && !ask.story) {
    return "Answer the question that was asked: give your view of what it asks about in your first sentence, then your reasons.";
  }
  return "Answer the question that was asked: pick a story of the kind it asks for, and say in the first sentence how it fits.";
}

const DIMENSION_TIPS: Record<Dimension, string> = {
  honesty: "Say one thing you got wrong or found hard, in plain words.",
  ownership: 'Make sure each decision you made is told with "I".',
  reflection: "End with what you would do differently now.",
  specificity: "Add one number or name that only you could know.",
  structure:
    "Tell it in order: the stakes, what you did, how it ended, what you learned, in under three minutes.",
};

/** The tips for an answer that gives a view or a plan rather than telling a story. */
const VIEW_TIPS: Record<Dimension, string> = {
  honesty: "Name one cost or weak point of your own position, in plain words.",
  ownership: 'Say what you yourself would do, with "I", not only what a team should do.',
  reflection: "Say where your view stops holding, or what would change your mind.",
  specificity: DIMENSION_TIPS.specificity,
  structure: "Lead with your answer in one sentence, then give your reasons.",
};

/** The flag a follow-up presses that each dimension speaks to. */
const DIMENSION_FLAG: Readonly<Record<Dimension, FlagCode>> = {
  honesty: "no-feelings",
  ownership: "we-not-i",
  reflection: "no-reflection",
  specificity: "vague",
  structure: "no-outcome",
};

/**
 * One suggestion per flag, quoting the answer; with no flags, a tip for the weakest dimension, worded
 * for what was asked: a view is not told to end with a lesson, and a reply to a follow-up is tipped
 * only on what the follow-up pressed.
 */
export function suggest(
  flags: readonly Flag[],
  signals: Signals,
  dimensions: Readonly<Record<Dimension, Score>>,
  context?: AnswerContext,
): string[] {
  if (flags.length > 0) return flags.map((flag) => SUGGEST[flag.code](flag, signals));
  const targets = context?.followUpTargets;
  const weighed = (Object.entries(dimensions) as [Dimension, Score][]).filter(
    ([dimension]) => targets === undefined || targets.has(DIMENSION_FLAG[dimension]),
  );
  const weakest = weighed.reduce<[Dimension, Score] | undefined>(
    (low, entry) => (low === undefined || entry[1] < low[1] ? entry : low),
    undefined,
  );
  if (weakest === undefined || weakest[1] >= 5) {
    return targets === undefined
      ? ["Strong answer: practise saying it aloud in under three minutes."]
      : ["Answer the follow-up in your first sentence, then add one detail only you could know."];
  }
  const tips = context === undefined || context.isStory ? DIMENSION_TIPS : VIEW_TIPS;
  return [tips[weakest[0]]];
}
