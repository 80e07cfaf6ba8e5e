import type { Question, RoundId } from "../content/schema.ts";
import { err, ok, type Result } from "../result.ts";
import { type Random, seededRandom, shuffled } from "./random.ts";
import {
  OWN_QUESTION_ID,
  type InterviewRound,
  type OwnQuestion,
  type PlannedQuestion,
} from "./types.ts";

/** The bank round each interview round draws its questions from. */
export const BANK_ROUND: Readonly<Record<InterviewRound, RoundId>> = {
  recruiter: "recruiter",
  values: "values",
  behavioral: "behavioral",
  "hiring-manager": "hiring-manager",
  "system-design": "system-design",
  coding: "coding",
};

/** Main questions per round when the caller does not say; a deep dive takes longer per question. */
export const DEFAULT_QUESTION_COUNT: Readonly<Record<InterviewRound, number>> = {
  recruiter: 4,
  values: 4,
  behavioral: 4,
  "hiring-manager": 3,
  "system-design": 3,
  coding: 3,
};

/** The question an interview opens on when the candidate picks it: one of the bank's, or their own. */
export type Opening = { question: Question } | { own: OwnQuestion };

/** Why a round could not be planned: the bank has no question for it and none was chosen. */
export interface PlanError {
  code: "empty-round";
  round: InterviewRound;
  message: string;
}

/** What a round's plan is drawn from. */
export interface PlanInput {
  round: InterviewRound;
  questions: readonly Question[];
  seed: number;
  /** Question ids the user was asked recently, most recent first; these are drawn last. */
  recentQuestionIds?: readonly string[];
  /** How many main questions to ask; defaults to DEFAULT_QUESTION_COUNT for the round. */
  questionCount?: number;
  /** The first question, chosen by the candidate; the rest of the round is drawn as usual. */
  opening?: Opening;
}

/**
 * True for a question asking why this company and no other: a "why" question about the mission
 * whose prompt asks "why ... us/here/specifically" or about the company's own work ("of ours").
 */
export function isWhyCompanyQuestion(question: Question): boolean {
  if (question.answerKind !== "why" || !question.themes.includes("mission")) return false;
  return asksWhyThisCompany(question.prompt);
}

/** True for a prompt that asks "why ... us/here/specifically" or about the company's own work. */
function asksWhyThisCompany(prompt: string): boolean {
  return (
    /\bwhy\b[^?]*\b(us|here|specifically|this company)\b/i.test(prompt) ||
    /\b(from|of) (us|ours)\b/i.test(prompt)
  );
}

/** True when the interviewer should challenge the view an answer states. */
export function invitesPushback(question: Question): boolean {
  return (
    question.answerKind === "opinion" ||
    question.answerKind === "why" ||
    question.themes.includes("ai-safety")
  );
}

function toPlanned(question: Question, round: InterviewRound): PlannedQuestion {
  const deepDive = round === "hiring-manager";
  return {
    id: question.id,
    prompt: question.prompt,
    ...(question.answerKind === undefined ? {} : { answerKind: question.answerKind }),
    themes: [...question.themes],
    storyTypes: [...(question.storyTypes ?? [])],
    followUps: [...question.followUps],
    mode: deepDive ? "deep-dive" : "standard",
    whyCompany: isWhyCompanyQuestion(question),
    // A deep dive probes the project instead; challenging views belongs to the other rounds.
    pushback: !deepDive && invitesPushback(question),
    ...(question.category === "system-design" && question.areas !== undefined
      ? { areas: [...question.areas], numbers: [...(question.numbers ?? [])] }
      : {}),
  };
}

/**
 * The candidate's own question as the plan keeps it. It has no themes, story types or authored
 * follow-ups, so the interviewer probes it through the gaps of the answers alone.
 */
function ownToPlanned(own: OwnQuestion, round: InterviewRound): PlannedQuestion {
  const deepDive = round === "hiring-manager";
  const answerKind = own.kind === "design" ? undefined : own.kind;
  return {
    id: OWN_QUESTION_ID,
    prompt: own.prompt.trim(),
    ...(answerKind === undefined ? {} : { answerKind }),
    themes: [],
    storyTypes: [],
    followUps: [],
    mode: deepDive ? "deep-dive" : "standard",
    whyCompany: own.kind === "why" && asksWhyThisCompany(own.prompt),
    pushback: !deepDive && (own.kind === "why" || own.kind === "opinion"),
  };
}

function openingToPlanned(opening: Opening, round: InterviewRound): PlannedQuestion {
  return "own" in opening ? ownToPlanned(opening.own, round) : toPlanned(opening.question, round);
}

/** The round's pool: the bank questions for it, in a fixed order so the seed alone decides. */
function poolFor(round: InterviewRound, questions: readonly Question[]): Question[] {
  const all = questions
    .filter((question) => question.rounds.includes(BANK_ROUND[round]))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (round !== "hiring-manager") return all;
  // The deep dive digs into something the candidate built, so it draws on stories.
  const stories = all.filter((question) => question.answerKind === "behavioral");
  return stories.length > 0 ? stories : all;
}

/** Fresh questions in seeded order, then recent ones, the least recently asked first. */
function inPreferenceOrder(pool: readonly Question[], recent: readonly string[], random: Random) {
  const recency = new Map(recent.map((id, index) => [id, index]));
  const fresh = pool.filter((question) => !recency.has(question.id));
  const stale = pool
    .filter((question) => recency.has(question.id))
    .sort((a, b) => (recency.get(b.id) ?? 0) - (recency.get(a.id) ?? 0));
  return [...shuffled(fresh, random), ...stale];
}

/** The opening question some rounds insist on. */
function openerOf(round: InterviewRound, ordered: readonly Question[]): Question | undefined {
  if (round === "recruiter") return ordered.find(isWhyCompanyQuestion);
  if (round === "hiring-manager") {
    return ordered.find((question) => question.storyTypes?.includes("project-end-to-end"));
  }
  return undefined;
}

/**
 * The main questions of a round: drawn from the bank by seed, recent questions last, the
 * recruiter screen opening with "why this company" and the deep dive with a project. A question
 * the candidate chose comes first, and the round's usual questions follow it.
 * A bank with no question for the round, and none chosen, is an error the caller reports: a pack
 * need not cover every round.
 */
export function planRound(input: PlanInput): Result<PlannedQuestion[], PlanError> {
  const chosen =
    input.opening === undefined ? undefined : openingToPlanned(input.opening, input.round);
  const pool = poolFor(input.round, input.questions).filter(
    (question) => question.id !== chosen?.id,
  );
  if (pool.length === 0 && chosen === undefined) {
    return err({
      code: "empty-round",
      round: input.round,
      message: `The question bank holds no question for the ${input.round} round.`,
    });
  }
  const random = seededRandom(input.seed);
  const ordered = inPreferenceOrder(pool, input.recentQuestionIds ?? [], random);
  // One "why this company" per screen: a second would ask the same thing again.
  const oneWhy = input.round === "recruiter";
  const opener = oneWhy && chosen?.whyCompany === true ? undefined : openerOf(input.round, ordered);
  const whyAsked = oneWhy && (opener !== undefined || chosen?.whyCompany === true);
  const rest = ordered.filter(
    (question) => question !== opener && !(whyAsked && isWhyCompanyQuestion(question)),
  );
  const drawn = (opener === undefined ? rest : [opener, ...rest]).map((question) =>
    toPlanned(question, input.round),
  );
  const all = chosen === undefined ? drawn : [chosen, ...drawn];
  const count = Math.max(1, input.questionCount ?? DEFAULT_QUESTION_COUNT[input.round]);
  // The deep dive walks the one project of the opening question through every aspect; the
  // round's other questions are asked as usual, so it never jumps from project to project.
  return ok(
    all
      .slice(0, count)
      .map((question, index) =>
        question.mode === "deep-dive" && index > 0 ? { ...question, mode: "standard" } : question,
      ),
  );
}
