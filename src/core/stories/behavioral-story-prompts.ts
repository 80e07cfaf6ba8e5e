import type { StoryBuilderSource } from "./builder-prompts.ts";

/**
 * The builder's questions for stories a behavioural round reads for ownership and outcome, and
 * for stories of the user's own type.
 */
export const BEHAVIORAL_STORY_BUILDERS = {
  "pushed-back-lost": {
    intro: "A decision you argued against and lost, and what you did with the loss.",
    situation: [
      "What was the decision, who made it, and why did you think it was wrong?",
      "Give the stakes as you saw them then, not as they turned out.",
    ],
    did: [
      "How exactly did you push back, and how far did you take it?",
      "A doc, a one-to-one, a meeting, an escalation. What was your strongest argument?",
    ],
    felt: [
      "How did you feel when it went against you, and a week later?",
      "Anger, relief, doubt about your own case: whatever was true.",
    ],
    cost: [
      "What did pushing back cost you, and what did losing cost?",
      "Relationships, standing, or the thing you feared actually happening.",
    ],
    outcome: [
      "What did you do after losing, and how did it turn out?",
      "Did you commit, keep resisting, or something in between? Were you right?",
    ],
    belief: [
      "What do you believe now about when and how to push back?",
      "Including any point the other side had that you missed.",
    ],
    suggestedThemes: ["disagreement", "conflict", "pressure"],
  },
  disagreement: {
    intro: "A real disagreement with someone whose view you had to take seriously.",
    situation: [
      "Who did you disagree with, about what, and what was at stake?",
      "Their role and yours; why it mattered to both of you.",
    ],
    did: [
      "What exactly did you do to work through it?",
      "How you put your view, and what you did to understand theirs.",
    ],
    felt: [
      "What did you feel during the disagreement, and did that change as it went on?",
      "Frustration, doubt, respect: whatever was true, and when.",
    ],
    cost: [
      "What did the disagreement cost: time, the relationship, the work?",
      "Including anything you gave up to settle it.",
    ],
    outcome: [
      "How was it settled, and who turned out to be right, if anyone?",
      "The decision, and what came of it.",
    ],
    belief: [
      "What do you believe now about disagreeing well that you did not before?",
      "Something you do differently in the next argument.",
    ],
    suggestedThemes: ["disagreement", "conflict", "collaboration"],
  },
  "project-end-to-end": {
    intro:
      "A project you owned from the first question to the result, with the calls that were yours.",
    situation: [
      "What was the project, why did it matter, and what exactly were you responsible for?",
      "Scope, team, timeline; where your ownership began and ended.",
    ],
    did: [
      "Which decisions were yours alone, and what did you do that nobody asked you to?",
      "One technical call and one that was not technical.",
    ],
    felt: [
      "When was the low point, and what did you feel then?",
      "The week it looked like it would not land, and how you knew.",
    ],
    cost: [
      "What did getting it done cost? What did you trade away or get wrong?",
      "A shortcut you regret, a person you leaned on too hard, a scope you cut.",
    ],
    outcome: [
      "What happened in the end?",
      "A number if you have one: users, latency, revenue, incidents.",
    ],
    belief: [
      "What do you believe now about running a project that you did not before?",
      "What you would do first, or stop doing, next time.",
    ],
    suggestedThemes: ["ownership", "impact", "decision-making"],
  },
  failure: {
    intro: "Something that failed with your part in it, told from your part outwards.",
    situation: [
      "What failed, and which part of it was yours?",
      "Start with your part, not the circumstances.",
    ],
    did: [
      "What exactly did you do, or not do, that led to it, and what did you do once you saw it?",
      "The decision, the skipped check, the message you did not send.",
    ],
    felt: [
      "When did you realise it had failed, and how did it feel?",
      "Where you were, what you thought first.",
    ],
    cost: [
      "What did the failure cost, and who bore it?",
      "Downtime, money, a colleague’s weekend, a user’s trust.",
    ],
    outcome: [
      "What happened next? What did you fix, and what stayed broken?",
      "How it ended, honestly.",
    ],
    belief: [
      "What do you believe or do differently now because of it?",
      "A concrete change in how you work, not a slogan.",
    ],
    suggestedThemes: ["failure", "learning", "humility"],
  },
  custom: {
    intro: "A story of your own kind: the same questions draw out what interviewers listen for.",
    situation: ["What happened, and where did it start?", "The setting in two or three sentences."],
    did: ["What exactly did you do?", "Say “I”, not “we”: your decisions and actions."],
    felt: ["What did you feel, and when?", "A named feeling at a named moment."],
    cost: [
      "What did it cost, and who paid?",
      "Time, trust, money, comfort: yours or someone else’s.",
    ],
    outcome: ["How did it end?", "The result you can point to."],
    belief: [
      "What do you believe now that you did not before?",
      "What changed in you, or in how you work.",
    ],
    suggestedThemes: [],
  },
} satisfies Record<string, StoryBuilderSource>;
