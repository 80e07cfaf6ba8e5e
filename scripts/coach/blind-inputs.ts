// What a second labeller sees (docs/labeling.md, "The second labelling"): the test split's answers
// and every pushback reply that have no second label yet, stripped of the first labels, their
// notes and tags, and put in an order no one chose (by a salted hash of the id), so the file order
// says nothing about the batch or the verdict.
import { hashId, type AnswerItem, type PushbackItem, type Split } from "./labeled-data.ts";

/** An answer as the second labeller sees it. */
export interface BlindAnswer {
  readonly id: string;
  readonly kind: AnswerItem["kind"];
  readonly question: string;
  readonly changedMind?: boolean;
  readonly followUp?: { readonly question: string };
  readonly answer: string;
}

/** A reply as the second labeller sees it. */
export interface BlindReply {
  readonly id: string;
  readonly view: string;
  readonly challenge: string;
  readonly reply: string;
}

function shuffled<T extends { readonly id: string }>(items: readonly T[], salt: string): T[] {
  return [...items].sort(
    (a, b) => hashId(`${salt}:${a.id}`) - hashId(`${salt}:${b.id}`) || a.id.localeCompare(b.id),
  );
}

/**
 * The answers and replies still waiting for a second label. `salt` changes the order (use the
 * date), so two batches are not shown in the same order.
 */
export function blindInputs(
  answers: readonly AnswerItem[],
  replies: readonly PushbackItem[],
  split: Split,
  secondLabelled: { readonly answers: ReadonlySet<string>; readonly replies: ReadonlySet<string> },
  salt: string,
): { answers: BlindAnswer[]; replies: BlindReply[] } {
  const test = new Set(split.test);
  const waitingAnswers = answers
    .filter((item) => test.has(item.id) && !secondLabelled.answers.has(item.id))
    .map((item): BlindAnswer => ({
      id: item.id,
      kind: item.kind,
      question: item.question,
      ...(item.changedMind === undefined ? {} : { changedMind: item.changedMind }),
      ...(item.followUp === undefined ? {} : { followUp: { question: item.followUp.question } }),
      answer: item.answer,
    }));
  const waitingReplies = replies
    .filter((item) => !secondLabelled.replies.has(item.id))
    .map((item): BlindReply => ({
      id: item.id,
      view: item.view,
      challenge: item.challenge,
      reply: item.reply,
    }));
  return { answers: shuffled(waitingAnswers, salt), replies: shuffled(waitingReplies, salt) };
}
