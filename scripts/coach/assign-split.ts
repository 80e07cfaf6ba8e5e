// Which side of the frozen split each newly labeled item goes to. Ids already in split.yaml never
// move; only ids it has not seen are assigned. Answers are drawn by a hash of their id; pushback
// replies are stratified by stance and hardness, so a batch of 120 cannot by chance put most of
// one verdict's hard replies on one side.
import { drawsTest, hashId, type PushbackItem, type Split, TEST_SHARE } from "./labeled-data.ts";

/** What an answer needs for its draw. */
export interface AnswerRef {
  readonly id: string;
  readonly file: string;
}

/** What a pushback reply needs for its stratum. */
export type PushbackRef = Pick<PushbackItem, "id" | "stance" | "hard">;

/** The split with the new ids appended, and how many were added to each side. */
export interface AssignedSplit {
  readonly split: Split;
  readonly added: { readonly test: number; readonly train: number };
}

/**
 * The share of pushback replies already recorded on the test side; TEST_SHARE before any are
 * recorded. New replies are set aside in the same proportion, so the test split's make-up stays
 * the same as batches arrive.
 */
export function pushbackTestShare(split: Split, replies: readonly PushbackRef[]): number {
  const test = new Set(split.test);
  const train = new Set(split.train);
  const recorded = replies.filter((r) => test.has(r.id) || train.has(r.id));
  if (recorded.length === 0) return TEST_SHARE;
  return recorded.filter((r) => test.has(r.id)).length / recorded.length;
}

/**
 * How many of each stratum go to test: the shares rounded down, then the largest remainders
 * rounded up until the batch as a whole holds round(size × share) test items.
 */
function testQuotas(sizes: ReadonlyMap<string, number>, share: number): Map<string, number> {
  const total = [...sizes.values()].reduce((sum, n) => sum + n, 0);
  const quotas = new Map([...sizes].map(([key, n]) => [key, Math.floor(n * share)]));
  let left = Math.round(total * share) - [...quotas.values()].reduce((sum, n) => sum + n, 0);
  const byRemainder = [...sizes]
    .map(([key, n]) => ({ key, remainder: n * share - Math.floor(n * share) }))
    .sort((a, b) => b.remainder - a.remainder || a.key.localeCompare(b.key));
  for (const { key } of byRemainder) {
    if (left <= 0) break;
    quotas.set(key, (quotas.get(key) ?? 0) + 1);
    left -= 1;
  }
  return quotas;
}

/** The order within a stratum: by the id's hash, so no one chose which reply went to test. */
function byHash(a: PushbackRef, b: PushbackRef): number {
  return hashId(a.id) - hashId(b.id) || a.id.localeCompare(b.id);
}

/** Pushback replies not yet recorded, stratified by stance and hardness; each side's ids. */
function assignPushback(
  fresh: readonly PushbackRef[],
  share: number,
): { test: string[]; train: string[] } {
  const strata = new Map<string, PushbackRef[]>();
  for (const reply of fresh) {
    const key = `${reply.stance}/${reply.hard ? "hard" : "plain"}`;
    strata.set(key, [...(strata.get(key) ?? []), reply]);
  }
  const quotas = testQuotas(new Map([...strata].map(([key, rs]) => [key, rs.length])), share);
  const toTest = new Set<string>();
  for (const [key, replies] of strata) {
    for (const reply of [...replies].sort(byHash).slice(0, quotas.get(key) ?? 0)) {
      toTest.add(reply.id);
    }
  }
  // Each side keeps the replies in the order they were read, as the files list them.
  return {
    test: fresh.filter((r) => toTest.has(r.id)).map((r) => r.id),
    train: fresh.filter((r) => !toTest.has(r.id)).map((r) => r.id),
  };
}

/**
 * The split with every unrecorded answer and pushback reply assigned to a side. The recorded ids
 * keep their side and their place; an id that is both an answer and a reply is refused, since
 * the split could not tell them apart.
 */
export function assignNewIds(
  split: Split,
  answers: readonly AnswerRef[],
  replies: readonly PushbackRef[],
): AssignedSplit {
  const answerIds = new Set(answers.map((a) => a.id));
  const shared = replies.find((r) => answerIds.has(r.id));
  if (shared !== undefined) {
    throw new Error(`Id "${shared.id}" is both a labeled answer and a pushback reply.`);
  }
  const known = new Set([...split.test, ...split.train]);
  const test = [...split.test];
  const train = [...split.train];
  let addedTest = 0;
  let addedTrain = 0;
  for (const { id, file } of answers) {
    if (known.has(id)) continue;
    if (drawsTest(id, file)) {
      test.push(id);
      addedTest += 1;
    } else {
      train.push(id);
      addedTrain += 1;
    }
    known.add(id);
  }
  const fresh = replies.filter((r) => !known.has(r.id));
  const pushback = assignPushback(fresh, pushbackTestShare(split, replies));
  test.push(...pushback.test);
  train.push(...pushback.train);
  return {
    split: { test, train },
    added: { test: addedTest + pushback.test.length, train: addedTrain + pushback.train.length },
  };
}
