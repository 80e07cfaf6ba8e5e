import type { Dimension, FlagCode } from "../analysis/index.ts";

/** How much each flag costs an answer in these interviews, for ranking what to fix first. */
export const FLAG_SEVERITY: Readonly<Record<FlagCode, number>> = {
  "alignment-signaling": 3,
  "we-not-i": 3,
  "no-critique": 2.5,
  "no-genuine-change": 2.5,
  "no-outcome": 2,
  "no-reflection": 2,
  vague: 2,
  "no-feelings": 1.5,
  "framework-recital": 1.5,
  "too-long": 1,
  hollow: 3,
  "off-topic": 3,
};

/** What to do about each flag, said once and plainly. */
export const FLAG_ADVICE: Readonly<Record<FlagCode, string>> = {
  "alignment-signaling":
    "Replace mission words with one concrete thing you did or read, and say where you disagree.",
  "no-feelings":
    "Say what you felt and when — the moment it hit you, not that you were passionate.",
  "we-not-i": "Say “I” for what you did yourself; keep “we” for what the team did.",
  "no-outcome": "End the story: say what happened, with a number if there is one.",
  "no-reflection": "Close with what you would do differently, or what changed in you.",
  "no-genuine-change":
    "For a changed mind, give the belief you held, what moved you, and what you believe now.",
  "no-critique":
    "Bring one real reservation with its reason; praise dressed as critique reads as evasion.",
  vague: "Name the system, the people, the dates and the figures.",
  "framework-recital": "Drop the labels and tell the story as you would to a colleague.",
  "too-long":
    "Keep answers under three minutes: lead with the point, then the detail that proves it.",
  hollow: "Cut claims that rest on nothing: tell the moment behind each feeling, lesson or number.",
  "off-topic": "Answer the question asked, with a story of the kind it asks for.",
};

/** What to do about a weak dimension when no flag stands out. */
export const DIMENSION_ADVICE: Readonly<Record<Dimension, string>> = {
  honesty: "Admit the unflattering part: what went wrong, what you doubt, what it cost.",
  ownership: "Make your own decisions and actions unmistakable.",
  reflection: "Say what you learned and what you now do differently.",
  specificity: "Anchor every claim in a number, a name or a date.",
  structure: "Lead with the point, tell it in order, and stop when it is made.",
};

/** What to do after dropping a view under pushback. */
export const CAVED_ADVICE =
  "Under pushback, keep a view you hold unless you hear a reason to change it, and when you change it, say which reason moved you.";

/** What to do when a deep dive found the edge of what you know. */
export const EDGE_ADVICE =
  "Know your project one level deeper: why it was built that way, what failed, how it was measured, what you would redesign.";
