import { type Evidence, sentenceEvidence } from "../evidence.ts";
import type { ParsedText } from "../nlp.ts";
import { compilePhrases, findPhrases, sentencesWith } from "../phrases.ts";

/** Cues that a story is about conflict, loss or being wrong: where a felt reaction belongs. */
const CONFLICT_CUES = compilePhrases([
  "disagree|disagreed|disagreement|disagreements",
  "conflict|conflicts",
  "argue|argued|argument",
  "push|pushed back",
  "pushback",
  "fail|failed|failure|failing",
  "mistake|mistakes",
  "wrong",
  "lose|lost|loss",
  "miss|missed",
  "regret",
  "outage|incident",
  "overrule|overruled",
  "reject|rejected",
  "clash|tension",
  "blame|blamed",
  "criticize|criticise|criticized|criticised|criticism",
  "confront|confronted",
  "escalate|escalated",
  "fire|fired|layoff|layoffs",
  "let go",
  "quit",
  "cancel|cancelled|canceled",
  "mess|messed up",
  "screw|screwed up",
  "apologize|apologise|apologized|apologised",
  "unfair",
  "break|broke prod|production",
  "go|went wrong",
  "backfire|backfired",
  "drop|dropped the ball",
  "blow|blew up",
  "harsh|tough|negative|critical feedback",
  "demote|demoted",
  "pass|passed over",
  "die|died|death|grief",
  "ethical|ethics|dilemma",
  "against my values",
  "refuse|refused",
  "object|objected|objection",
  "change|changed your|my mind",
  "difficult|hard conversation",
  "setback",
  "frustrate|frustrated|frustrating",
  "angry|upset",
  "conflict|conflicted",
  "not want to hear",
  "hard truth",
  "pressure",
  "unsafe",
  "struggle|struggled",
  "say|said no",
  "feedback",
]);

const CHANGED_MIND_QUESTION = compilePhrases([
  "change|changed|changing your|their|one's mind",
  "changed your|a view|opinion|position|belief|stance|thinking",
  "change your view|opinion|position|belief|stance|thinking",
  "no longer believe|think",
  "use|used to believe|think",
  "update|updated your|a view|belief|beliefs|position|opinion",
  "convince|convinced|persuade|persuaded you",
  "reverse|reversed your",
  "reconsider|reconsidered",
  "come|came around",
  "mind be|was changed",
]);

const HYPOTHETICAL_QUESTION = compilePhrases([
  "what|how would you",
  "would you",
  "imagine|suppose|hypothetically",
  "if you be|were|found|discovered|learned|saw|had",
  "what if",
  "say you",
  "what do you do",
  "what be your next move|step",
]);

/** Past forms that turn "what do you do" into "what did you do": a story, not a hypothetical. */
const PAST_FORMS = new Set(["did", "was", "were", "had"]);

/** True when a question asks what the candidate would do, not what they did. */
export function asksHypothetical(question: ParsedText): boolean {
  // Cues match lemmas, so "what did you do next" would read as "what do you do".
  return findPhrases(question, HYPOTHETICAL_QUESTION).some(
    (match) =>
      !question.tokens
        .slice(match.first, match.last + 1)
        .some((token) => PAST_FORMS.has(token.normal)),
  );
}

/** Sentences of the answer that carry a conflict, loss or being-wrong cue. */
export function conflictEvidence(parsed: ParsedText): Evidence[] {
  return [...sentencesWith(parsed, CONFLICT_CUES)]
    .sort((a, b) => a - b)
    .map((s) => sentenceEvidence(parsed, s));
}

/** True when the story is about conflict, loss or being wrong, as the question (or answer) says. */
export function isConflictStory(answer: ParsedText, question: ParsedText | undefined): boolean {
  // The question names the kind of story; only without one does the answer decide, and then a
  // single passing "mistake" is not enough.
  if (question !== undefined) return findPhrases(question, CONFLICT_CUES).length > 0;
  return findPhrases(answer, CONFLICT_CUES).length >= 2;
}

/** True when a question asks about a time the candidate changed their mind. */
export function asksForChangedMind(question: ParsedText): boolean {
  return findPhrases(question, CHANGED_MIND_QUESTION).length > 0;
}
