import type { StoryBuilderSource } from "./builder-prompts.ts";

/**
 * The builder's questions for stories a values round reads for the weight of the choice (and so
 * the analyzer reads as "values"). Each asks for this type's own evidence, not a generic STAR.
 */
export const VALUES_STORY_BUILDERS = {
  "acted-against-values": {
    intro: "A real lapse of your own, told without turning it into a hidden success.",
    situation: [
      "What value did you hold, and what pulled you to act against it?",
      "Name the value plainly, and the moment the choice arrived: the request, the deadline, the meeting.",
    ],
    did: [
      "What exactly did you do, and what did you tell yourself at the time to make it feel acceptable?",
      "Say “I”. The act itself: what you signed, sent, approved or kept quiet about.",
    ],
    felt: [
      "When did it start to feel wrong, and what did that feel like?",
      "Before, during, or only afterwards? A thought you kept returning to counts.",
    ],
    cost: [
      "What did it cost, and who paid: you, a colleague, a user?",
      "Trust, someone’s time, a user’s data, your own sleep. Be honest about who bore it.",
    ],
    outcome: [
      "What happened afterwards? Did anyone find out, and did you put anything right?",
      "Say how it ended, even if it ended quietly.",
    ],
    belief: [
      "What do you believe now about yourself under that pressure that you did not before?",
      "Include whether you might do it again, and what would stop you.",
    ],
    suggestedThemes: ["integrity", "honesty", "ethics"],
  },
  "changed-mind": {
    intro:
      "A belief you genuinely held and genuinely dropped: the old view, what moved it, the new one.",
    situation: [
      "What did you believe, how strongly, and for how long?",
      "Best if you had argued for it out loud: in a review, a design doc, a meeting.",
    ],
    did: [
      "What did you do that made you look at it again?",
      "The data you pulled, the experiment you ran, the person you finally listened to.",
    ],
    felt: [
      "When did you realise you were wrong, and how did that moment feel?",
      "Embarrassment, relief, defensiveness; and how long it took you to say so.",
    ],
    cost: [
      "What did being wrong cost, and what did changing your mind cost?",
      "Work redone, credibility spent, conceding to someone you had argued against.",
    ],
    outcome: [
      "What happened once you changed position? What did you say to the people you had argued with?",
      "The decision that changed, and how they took it.",
    ],
    belief: [
      "What do you believe now, in one sentence, and what would move you back?",
      "State the new belief as plainly as the old one.",
    ],
    suggestedThemes: ["changed-mind", "humility", "learning"],
  },
  "ethical-tradeoff": {
    intro: "Two goods you could not both have, the one you chose, and who paid for the other.",
    situation: [
      "What were the two things you could not both have, and who depended on each?",
      "Users, colleagues, the company, people outside it.",
    ],
    did: [
      "What did you decide, and what exactly did you do to reach the decision?",
      "Who you asked, what you measured, what you wrote down and for whom.",
    ],
    felt: [
      "When was it hardest, and what did you feel then?",
      "The night before, the moment you said it aloud, the first complaint.",
    ],
    cost: [
      "Who paid for the option you did not pick, and how much?",
      "Be concrete: a feature dropped, a customer lost, a risk carried.",
    ],
    outcome: ["What happened as a result?", "The consequence you can point to, good or bad."],
    belief: [
      "What do you believe about that trade-off now that you did not then?",
      "Would you choose the same again? What would change your answer?",
    ],
    suggestedThemes: ["ethics", "trade-offs", "decision-making"],
  },
  "speed-vs-safety": {
    intro:
      "A time pressure to move fast met a risk, and you had to decide how much care it deserved.",
    situation: [
      "What was the pressure to move fast, and what could go wrong if you did?",
      "Put numbers on both if you can: the date, the users, the failure you feared.",
    ],
    did: [
      "What exactly did you do: ship, slow down, or find a third way?",
      "The check you added, the launch you held, the corner you chose to cut.",
    ],
    felt: [
      "What did you feel as the call was made, and when did it get uncomfortable?",
      "Name the moment, not just the mood.",
    ],
    cost: [
      "What did your choice cost in time, trust or risk taken on?",
      "Who was unhappy with it, and why they had a point.",
    ],
    outcome: [
      "What happened: did the risk show up, or did the date slip?",
      "The result, with a figure if there is one.",
    ],
    belief: [
      "What do you believe now about speed and safety that you did not before?",
      "A rule you would apply next time, or how you would tell the two cases apart.",
    ],
    suggestedThemes: ["speed-vs-safety", "safety", "risk"],
  },
} satisfies Record<string, StoryBuilderSource>;
