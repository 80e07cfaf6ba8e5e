import type { FlagCode } from "../analysis/index.ts";
import type { DeepDiveAspect, DesignArea, ProbeStep, PushbackStance } from "./types.ts";

/**
 * The offline interviewer's wording. The engine decides what each turn probes (probe.ts); this
 * file only says it, so an LLM layer can say the same probe its own way and fall back to these.
 */

/** A wording around a reference to the candidate's words (already quoted) or to their project. */
type Template = (ref: string) => string;

/** The candidate's words, in typographic quotes. */
function q(words: string): string {
  return `“${words}”`;
}

/** Follow-ups per gap: each names the candidate's words when there are any, and asks one thing. */
const GAP_TEMPLATES: Readonly<Record<Exclude<FlagCode, "too-long">, readonly Template[]>> = {
  "no-feelings": [
    (w) => `You said ${w}. What did you feel at that point, and when did you first notice it?`,
    (w) => `When ${w} happened, how did it land with you? What did you feel, and when?`,
    (w) => `Going back to ${w}: what was going on for you personally in that moment?`,
  ],
  "we-not-i": [
    (w) => `You said ${w}. What did you yourself do there? Which part was your call?`,
    (w) =>
      `When you say ${w}, I'd like to separate you from the group: what did you personally do?`,
    (w) => `In ${w}, who made the decision, and what exactly was your part in it?`,
  ],
  "no-outcome": [
    (w) => `You mentioned ${w}. What happened in the end?`,
    (w) => `After ${w}, how did it turn out? What was the result?`,
    (w) => `Where did ${w} leave things? What was the final outcome?`,
  ],
  "no-reflection": [
    (w) => `Looking back at ${w}, what would you do differently now?`,
    (w) => `If ${w} came up again tomorrow, what would you change?`,
    (w) => `What did ${w} change in how you work?`,
  ],
  "alignment-signaling": [
    (w) =>
      `You said ${w}. Can you give me one concrete example of that, or a place where you disagree with us?`,
    (w) =>
      `I hear ${w} from a lot of candidates. What's a specific instance behind it, or something about us you'd argue with?`,
  ],
  vague: [
    (w) => `You said ${w}. How big was it, how often did it happen, and how did you know?`,
    (w) =>
      `You said ${w}. Can you put numbers and names on that: how much, how long, who was involved?`,
    (w) => `Let's make ${w} concrete. Which system, which people, and what were the figures?`,
    (w) => `On ${w}: give me one specific detail, a number, a date or a name.`,
  ],
  "no-critique": [
    (w) =>
      `You said ${w}. What's a real reservation you have, something you'd actually push back on?`,
    (w) => `Beyond ${w}, where do you think we're getting it wrong, and why?`,
  ],
  "no-genuine-change": [
    (w) => `You said ${w}. What did you believe before, and what specifically moved you?`,
    (w) => `Before ${w}, what did you think, and what was the evidence that changed it?`,
  ],
  hollow: [
    (w) => `You said ${w}. What actually happened there — walk me through that moment?`,
    (w) => `Take ${w}: what did you see or do that makes you say that?`,
  ],
  "off-topic": [
    (w) =>
      `Let me bring us back to the question. Beyond ${w}, can you give me an example of exactly that?`,
  ],
  "framework-recital": [
    (w) =>
      `Let's set the structure aside. You said ${w}; just tell me what happened, in your own words.`,
    (w) =>
      `Forget the headings for a moment. Starting from ${w}, tell it to me as you'd tell a colleague.`,
  ],
};

/**
 * Follow-ups that differ when the question asks for no story: a hypothetical is asked what the
 * candidate would do, a view for its grounds, never what happened.
 */
const NOT_A_STORY: Readonly<Record<"hypothetical" | "view", Partial<Record<FlagCode, string>>>> = {
  hypothetical: {
    vague: "What exactly would you do first, who would you bring in, and by when?",
    "we-not-i": "What would you do yourself, as opposed to the team?",
  },
  view: {
    "off-topic": "Let me bring us back to the question itself: where do you stand on it, and why?",
    vague: "What's that based on? Give me one piece of evidence or one case you've seen.",
    hollow: "What's that based on? Give me one piece of evidence or one case you've seen.",
  },
};

/** A group's decision, whose follow-up asks for the candidate's part in it. */
const GROUP_DECISION = /\b(decid|agree|chose|choos|settled|voted|concluded|aligned)/i;

/** The same follow-ups for when there are no words of the candidate's to point at. */
const UNANCHORED: Readonly<Record<Exclude<FlagCode, "too-long">, string>> = {
  "no-feelings": "What did you feel at that point, and when did you first notice it?",
  "we-not-i": "What did you yourself do there? Which part was your call?",
  "no-outcome": "What happened in the end?",
  "no-reflection": "Looking back, what would you do differently now?",
  "alignment-signaling":
    "Can you give me one concrete example, or a place where you disagree with us?",
  vague: "How big was it, how often did it happen, and how did you know?",
  "no-critique": "What's a real reservation you have, something you'd actually push back on?",
  "no-genuine-change": "What did you believe before, and what specifically moved you?",
  "framework-recital":
    "Let's set the structure aside: just tell me what happened, in your own words.",
  hollow: "What actually happened there? Walk me through the moment.",
  "off-topic": "Let me bring us back to the question: can you give me an example of exactly that?",
};

/** Counter-arguments, first and second challenge, built around the candidate's own claim. */
const PUSHBACK_TEMPLATES: Readonly<Record<PushbackStance, readonly [Template[], Template[]]>> = {
  why: [
    [
      (c) =>
        `Let me push on ${c} a little. I hear something like it from candidates for every lab. What makes it true of us rather than anywhere else?`,
      (c) =>
        `I'm not fully convinced. Couldn't ${c} be said about several companies? Why would it keep you here if a rival offered the same role?`,
    ],
    [
      (c) => `Still, suppose a rival offered the same work for more money. Does ${c} survive that?`,
      (c) =>
        `Let me try once more: if the thing behind ${c} changed next year, would you still want to be here?`,
    ],
  ],
  safety: [
    [
      (c) =>
        `I'd push back gently on ${c}. Careful people in the field would say the opposite, and they've looked at the same evidence. What do you see that they don't?`,
      (c) =>
        `Let me play devil's advocate on ${c}. Safety arguments like it are easy to make and hard to test. What would show that yours is more than a hunch?`,
    ],
    [
      (c) =>
        `Suppose the evidence cut against ${c}, and the careful approach made no measurable difference. Would you still hold that view?`,
      (c) => `What would it take to convince you that ${c} is wrong?`,
    ],
  ],
  opinion: [
    [
      (c) =>
        `Let me play devil's advocate on ${c}. Someone who has seen this up close might say the opposite holds once you count the practical costs. Why would they be wrong?`,
      (c) =>
        `I'm not sure I agree with ${c}. The people deciding this have weighed the same trade-off with information you don't have. Doesn't that count against your view?`,
    ],
    [
      (c) =>
        `I'm still not persuaded. What's the strongest case against ${c}, and why doesn't it change your mind?`,
      (c) =>
        `Suppose I told you we already tried what ${c} suggests and it didn't help. Does your view survive?`,
    ],
  ],
};

const DEEP_DIVE_TEMPLATES: Readonly<Record<DeepDiveAspect, readonly Template[]>> = {
  rationale: [
    (p) =>
      `Let's go deeper into ${p}. Why did you build it that way rather than the obvious alternative, and whose call was that?`,
    (p) => `On ${p}: what alternatives did you reject, and why?`,
  ],
  failure: [
    (p) => `What failed in ${p}, or nearly failed? Walk me through the worst moment.`,
    (p) => `Where did ${p} go wrong, and how did you find out?`,
  ],
  measurement: [
    (p) => `How did you know ${p} worked? What did you measure, and what were the numbers?`,
    (p) => `What did success look like for ${p}, in figures, and who checked it?`,
  ],
  redesign: [
    (p) =>
      `If you built ${p} again tomorrow, what would you redesign, and why didn't you build it that way the first time?`,
    (p) => `Knowing what you know now, which part of ${p} would you tear out first?`,
  ],
};

/** Follow-ups on a design or coding answer; the reference is what the candidate designed. */
const DESIGN_TEMPLATES: Readonly<Record<DesignArea, readonly Template[]>> = {
  requirements: [
    (d) =>
      `Before the parts: what must ${d} do, and how fast or how available does it have to be? Give me a number.`,
    (d) => `What are the requirements ${d} has to meet? Which one would you put a number on?`,
  ],
  api: [
    (d) =>
      `What does the API of ${d} look like? Name the calls, what a refused call gets back, and the limits.`,
    (d) => `Write me the main call to ${d}: its path or signature, its errors and its limits.`,
  ],
  degradation: [
    (d) =>
      `You named what can fail. When ${d} is overloaded or one of its stores is down, what exactly do users get?`,
    (d) =>
      `Say the busiest part of ${d} is at ten times its load. What does it shed, and what keeps working?`,
  ],
  scale: [
    (d) =>
      `Let's put numbers on ${d}. How many requests a second, how much data, and how fast must it answer?`,
    (d) => `What load is ${d} built for? Give me rough figures: traffic, data size, latency.`,
  ],
  data: [
    (d) => `How would ${d} store its data? What's the key, and where does it live?`,
    (d) => `Walk me through the data model behind ${d}: what's stored, and how is it looked up?`,
  ],
  failure: [
    (d) => `What happens to ${d} when a piece of it fails? How does it degrade?`,
    (d) => `Say one dependency of ${d} goes down for ten minutes. What do users see?`,
  ],
  "trade-offs": [
    (d) => `What does ${d} give up? Which alternative did you reject, and why is the price right?`,
    (d) =>
      `Every design pays for something. What's the cost of ${d}, and when would you choose differently?`,
  ],
  complexity: [
    (d) => `What's the time and space complexity of ${d}?`,
    (d) => `How does ${d} scale with the input? Give me the complexity.`,
  ],
  "edge-cases": [
    (d) => `Which edge cases does ${d} have to handle? Empty input, duplicates, the extremes?`,
    (d) => `Where could ${d} break on unusual input?`,
  ],
  testing: [
    (d) => `How would you test ${d}? Which cases would you write first?`,
    (d) => `What would convince you ${d} is correct before you ship it?`,
  ],
};

const QUESTION_OPENERS = ["Next question.", "Let's move on.", "Here's the next one."];

const INTERRUPTIONS = [
  "Let me stop you there — that's plenty to go on, thank you.",
  "Let me stop you there — I want to make sure we get through everything.",
  "Let me stop you there, if that's all right — I have what I need on that.",
];

const CLOSING = "That's all my questions — thank you for your time. Your report is ready.";

/** Every way the offline interviewer can word a step; the engine picks one it has not used. */
export function phrasings(step: ProbeStep): string[] {
  switch (step.kind) {
    case "question": {
      const prompt = step.narrated
        ? `Talk me through how you'd approach this. ${step.prompt}`
        : step.prompt;
      if (step.first) return [`Let's begin. ${prompt}`];
      return QUESTION_OPENERS.map((opener) => `${opener} ${prompt}`);
    }
    case "gap": {
      const code = step.targets[0];
      if (code === undefined || code === "too-long") return ["Can you tell me more about that?"];
      const special = step.ask === undefined ? undefined : NOT_A_STORY[step.ask][code];
      if (special !== undefined) {
        return [step.anchor === "" ? special : `You said ${q(step.anchor)}. ${special}`];
      }
      if (step.anchor === "") return [UNANCHORED[code]];
      // "The team decided together" is pressed on the decision itself.
      if (code === "we-not-i" && GROUP_DECISION.test(step.anchor)) {
        return [`You said ${q(step.anchor)}. What was your part in that decision?`];
      }
      return GAP_TEMPLATES[code].map((template) => template(q(step.anchor)));
    }
    case "authored":
      return [step.text];
    case "pushback": {
      const [first, second] = PUSHBACK_TEMPLATES[step.stance];
      const quoted = step.attempt === 1 && step.unquoted !== true && step.claim !== "";
      const ref = quoted ? q(step.claim) : "that view";
      return (step.attempt === 1 ? first : second).map((template) => template(ref));
    }
    case "deep-dive": {
      const ref = step.anchor === "" ? "that project" : q(step.anchor);
      return DEEP_DIVE_TEMPLATES[step.aspect].map((template) => template(ref));
    }
    case "design": {
      const ref = step.anchor === "" ? "your design" : q(step.anchor);
      return DESIGN_TEMPLATES[step.area].map((template) => template(ref));
    }
    case "end":
      return [CLOSING];
  }
}

/** A polite interruption that opens the turn after an answer ran past about three minutes. */
export function interruption(variant: number): string {
  return INTERRUPTIONS[variant % INTERRUPTIONS.length] ?? "Let me stop you there —";
}
