import type { Language } from "../problems/schema.ts";
import type { RunnableProblem, TestCase } from "../runner/types.ts";
import { analysePacing, type PacingReport } from "./pacing.ts";
import {
  toRunnableAssessment,
  type Assessment,
  type AssessmentLevelContent,
} from "./parse-assessment.ts";
import { highestUnlockedLevel, levelPassed, type LevelProgress } from "./progress.ts";
import { scoreAssessment, type AssessmentScore } from "./scoring.ts";
import type { AssessmentLevel } from "./schema.ts";

/** A session as it is stored: the clock is the server's, fixed at the start. */
export interface SessionRecord {
  id: string;
  assessmentId: string;
  language: string;
  status: "active" | "finished";
  startedAt: Date;
  deadlineAt: Date;
  finishedAt: Date | null;
  levelResults: LevelProgress[];
}

/** active: the clock runs; expired: the time ran out before a finish; finished: ended by hand. */
export type SessionStatus = "active" | "expired" | "finished";

/** An assessment as the list offers it. */
export interface AssessmentSummary {
  id: string;
  title: string;
  summary: string;
  durationMinutes: number;
  themes: string[];
  levels: AssessmentLevel[];
}

/** One row of the sessions list. */
export interface SessionSummary {
  id: string;
  assessmentId: string;
  /** The assessment's title; its id when the assessment is no longer in the content. */
  title: string;
  language: Language;
  status: SessionStatus;
  startedAt: string;
  deadlineAt: string;
  finishedAt: string | null;
  remainingMs: number;
  levelCount: number;
  levelsPassed: number;
  /** The weighted score so far, 0–100. */
  scorePercent: number;
}

/** A level the candidate may read: its spec and every case (the browser runs them). */
export interface UnlockedLevelView extends AssessmentLevel {
  unlocked: true;
  passed: boolean;
  spec: string;
  tests: { visible: TestCase[]; hidden: TestCase[] };
  result: LevelProgress | null;
}

/** A level still locked: only its title and weight show. */
export interface LockedLevelView extends AssessmentLevel {
  unlocked: false;
}

export type LevelView = UnlockedLevelView | LockedLevelView;

/** `GET /api/assessment-sessions/:id`: the session, its clock, and the levels open so far. */
export interface SessionView extends SessionSummary {
  durationMinutes: number;
  runnable: RunnableProblem;
  /** The highest unlocked level: the one being worked on. */
  currentLevel: number;
  levels: LevelView[];
  /** The starter code in the session's language. */
  starter: string;
  draft: { code: string; updatedAt: string } | null;
}

/** `GET /api/assessment-sessions/:id/report`. */
export interface AssessmentReport {
  session: SessionSummary;
  score: AssessmentScore;
  pacing: PacingReport;
}

/** Lists an assessment without its specs or tests. */
export function summarizeAssessment(assessment: Assessment): AssessmentSummary {
  const { id, title, summary, durationMinutes, themes, levels } = assessment.meta;
  return { id, title, summary, durationMinutes, themes, levels };
}

/** Where the session stands at `now`. */
export function sessionStatus(session: SessionRecord, now: Date): SessionStatus {
  if (session.status === "finished") return "finished";
  return now.getTime() >= session.deadlineAt.getTime() ? "expired" : "active";
}

/** The time left to work: 0 once the session is over. */
export function remainingMs(session: SessionRecord, now: Date): number {
  if (sessionStatus(session, now) !== "active") return 0;
  return Math.max(0, session.deadlineAt.getTime() - now.getTime());
}

/** Time since the start by the server's clock: what `passedAtMs` records. */
export function elapsedSinceStart(session: SessionRecord, now: Date): number {
  return Math.max(0, now.getTime() - session.startedAt.getTime());
}

/** The time the session used: until its finish, its deadline or `now`, whichever came first. */
export function timeUsed(session: SessionRecord, now: Date): number {
  const end = Math.min(
    session.finishedAt?.getTime() ?? now.getTime(),
    now.getTime(),
    session.deadlineAt.getTime(),
  );
  return Math.max(0, end - session.startedAt.getTime());
}

/** A session as its list row shows it; `assessment` is undefined when it left the content. */
export function summarizeSession(
  session: SessionRecord,
  assessment: Assessment | undefined,
  now: Date,
): SessionSummary {
  const levels = assessment?.meta.levels ?? [];
  return {
    id: session.id,
    assessmentId: session.assessmentId,
    title: assessment?.meta.title ?? session.assessmentId,
    language: session.language as Language,
    status: sessionStatus(session, now),
    startedAt: session.startedAt.toISOString(),
    deadlineAt: session.deadlineAt.toISOString(),
    finishedAt: session.finishedAt?.toISOString() ?? null,
    remainingMs: remainingMs(session, now),
    levelCount: levels.length,
    levelsPassed: levels.filter((level) => levelPassed(session.levelResults, level.level)).length,
    scorePercent: scoreAssessment(levels, session.levelResults).percent,
  };
}

/**
 * The session as the candidate's page needs it. Unlocked levels carry their spec and all their
 * cases, hidden ones too: the browser runs them (this is practice, not an exam); locked levels
 * show only their title and weight.
 */
export function buildSessionView(
  assessment: Assessment,
  session: SessionRecord,
  now: Date,
  draft: { code: string; updatedAt: Date } | undefined,
): SessionView {
  const { meta } = assessment;
  const currentLevel = highestUnlockedLevel(meta.levels, session.levelResults);
  const language = session.language as Language;
  return {
    ...summarizeSession(session, assessment, now),
    durationMinutes: Math.round(
      (session.deadlineAt.getTime() - session.startedAt.getTime()) / 60_000,
    ),
    runnable: toRunnableAssessment(meta),
    currentLevel,
    levels: assessment.levels.map((level) =>
      level.level <= currentLevel ? unlockedLevel(level, session.levelResults) : lockedLevel(level),
    ),
    starter: assessment.starters[language],
    draft:
      draft === undefined ? null : { code: draft.code, updatedAt: draft.updatedAt.toISOString() },
  };
}

/** The end-of-session report: the weighted score and how the time went. */
export function buildAssessmentReport(
  assessment: Assessment,
  session: SessionRecord,
  now: Date,
): AssessmentReport {
  const { levels } = assessment.meta;
  return {
    session: summarizeSession(session, assessment, now),
    score: scoreAssessment(levels, session.levelResults),
    pacing: analysePacing({
      levels,
      results: session.levelResults,
      durationMs: session.deadlineAt.getTime() - session.startedAt.getTime(),
      elapsedMs: timeUsed(session, now),
      stopped: sessionStatus(session, now) !== "active",
    }),
  };
}

function unlockedLevel(
  level: AssessmentLevelContent,
  results: readonly LevelProgress[],
): UnlockedLevelView {
  return {
    level: level.level,
    title: level.title,
    weight: level.weight,
    unlocked: true,
    passed: levelPassed(results, level.level),
    spec: level.spec,
    tests: level.tests,
    result: results.find((result) => result.level === level.level) ?? null,
  };
}

function lockedLevel(level: AssessmentLevelContent): LockedLevelView {
  return { level: level.level, title: level.title, weight: level.weight, unlocked: false };
}
