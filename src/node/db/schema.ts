import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Analysis, AnalysisKind } from "../../core/analysis/index.ts";
import type { ApplicationStage, ApplicationStatus } from "../../core/api/applications.ts";
import type { ReadingNoteCheck } from "../../core/reading/reading-notes.ts";
import type { DesignReview } from "../../core/design/review-design.ts";
import { COHORT_ROLES, SHARE_KINDS } from "../../core/api/cohorts.ts";
import type { InterviewState } from "../../core/interview/index.ts";
import type { StoryBankType } from "../../core/stories/story-schema.ts";

/**
 * People who practise. Local mode has exactly one; a cohort server has one per account. In
 * accounts mode this is also better-auth's user table (docs/decisions/016): its `name` is
 * `display_name`, and `email` is set for accounts only (the local user has none).
 */
export const users = pgTable("users", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  displayName: text("display_name").notNull(),
  kind: text("kind", { enum: ["local", "account"] })
    .notNull()
    .default("local"),
  email: text("email").unique("users_email_unique"),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A signed-in browser: better-auth's session, found by the token its cookie carries. */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    token: text("token").notNull().unique("auth_sessions_token_unique"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("auth_sessions_user_id_idx").on(table.userId)],
);

/**
 * How a user signs in: better-auth's account. For email and password, `providerId` is
 * "credential" and `password` holds the scrypt hash; the token columns serve other providers.
 */
export const authAccounts = pgTable(
  "auth_accounts",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    password: text("password"),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("auth_accounts_user_id_idx").on(table.userId)],
);

/** One-time values better-auth checks later, such as a password-reset token. */
export const authVerifications = pgTable(
  "auth_verifications",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("auth_verifications_identifier_idx").on(table.identifier)],
);

/** Questions a user has starred to come back to. */
export const starredQuestions = pgTable(
  "starred_questions",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The primary key leads with user_id, so it also serves every per-user lookup.
  (table) => [primaryKey({ columns: [table.userId, table.questionId] })],
);

/** A user's stories: the current title, type, tags and themes; the text lives in its versions. */
export const stories = pgTable(
  "stories",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    storyType: text("story_type").$type<StoryBankType>().notNull(),
    customTypeLabel: text("custom_type_label"),
    tags: jsonb("tags").$type<string[]>().notNull().default([]),
    themes: jsonb("themes").$type<string[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("stories_user_id_updated_at_idx").on(table.userId, table.updatedAt)],
);

/** Every save of a story, numbered from 1, with the analysis the server made of it then. */
export const storyVersions = pgTable(
  "story_versions",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    storyId: uuid("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    // Carried on every version too, so reads filter by owner without a join.
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    storyType: text("story_type").$type<StoryBankType>().notNull(),
    customTypeLabel: text("custom_type_label"),
    tags: jsonb("tags").$type<string[]>().notNull(),
    themes: jsonb("themes").$type<string[]>().notNull(),
    text: text("text").notNull(),
    analysis: jsonb("analysis").$type<Analysis>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("story_versions_story_id_number_unique").on(table.storyId, table.number),
    index("story_versions_user_id_story_id_idx").on(table.userId, table.storyId),
  ],
);

/**
 * Mock interviews. `state` is the engine's whole state (plain JSON), written after every answer
 * and after every interviewer turn, so a crash or a closed tab loses nothing and the interview
 * resumes exactly where it stopped. `turnSources` records, per interviewer turn, whether the
 * offline engine or the language model phrased it and why a fallback happened.
 */
export const interviews = pgTable(
  "interviews",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    round: text("round").notNull(),
    status: text("status", { enum: ["active", "finished", "abandoned"] })
      .notNull()
      .default("active"),
    state: jsonb("state").$type<InterviewState>().notNull(),
    turnSources: jsonb("turn_sources").$type<TurnSource[]>().notNull().default([]),
    // Raised by every write: a write that read an older revision changes nothing (see
    // interviews-repository.ts), so two answers to one turn cannot both be recorded.
    revision: integer("revision").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("interviews_user_updated_idx").on(table.userId, table.updatedAt)],
);

/**
 * Who phrased an interviewer turn, for a fallback why the model's phrasing was not used, and when
 * the turn was asked (ISO time; absent in turns stored before it was recorded).
 */
export interface TurnSource {
  source: "offline" | "llm";
  notice?: string;
  askedAt?: string;
}

/** A user's latest code for a problem, assessment or work sample, per language. */
export const codeDrafts = pgTable(
  "code_drafts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** "problem:<id>", "assessment:<id>" or "work-sample:<id>". */
    subject: text("subject").notNull(),
    language: text("language").notNull(),
    code: text("code").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.subject, table.language] })],
);

/**
 * One submission of a coding problem: the code and how many of the problem's tests it passed, as
 * the candidate's browser ran them (the code runs there, never on the server). Kept so a problem
 * can be marked solved or attempted and its submissions listed.
 */
export const problemSubmissions = pgTable(
  "problem_submissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    problemId: text("problem_id").notNull(),
    language: text("language").notNull(),
    code: text("code").notNull(),
    passed: integer("passed").notNull(),
    total: integer("total").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("problem_submissions_user_idx").on(table.userId, table.problemId)],
);

/** One level's best result in an assessment session, as the candidate's browser reported it. */
export interface LevelResult {
  level: number;
  passed: number;
  total: number;
  /** When every test of the level first passed, in ms since the session started. */
  passedAtMs?: number;
  attempts: number;
}

/**
 * A timed progressive assessment. The clock is the server's: `deadlineAt` is fixed at the start,
 * so reloading the page never resets it.
 */
export const assessmentSessions = pgTable(
  "assessment_sessions",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assessmentId: text("assessment_id").notNull(),
    language: text("language").notNull(),
    status: text("status", { enum: ["active", "finished"] })
      .notNull()
      .default("active"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    deadlineAt: timestamp("deadline_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    levelResults: jsonb("level_results").$type<LevelResult[]>().notNull().default([]),
  },
  (table) => [index("assessment_sessions_user_idx").on(table.userId, table.startedAt)],
);

/**
 * A timed system-design round: the server fixes its deadline at the start; the draft (text and the
 * diagram's elements) is kept as the candidate writes, and the review once they submit.
 */
export const designSessions = pgTable(
  "design_sessions",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    minutes: integer("minutes").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    deadlineAt: timestamp("deadline_at", { withTimezone: true }).notNull(),
    text: text("text").notNull().default(""),
    diagram: text("diagram").notNull().default(""),
    review: jsonb("review").$type<DesignReview>(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
  },
  (table) => [index("design_sessions_user_idx").on(table.userId, table.startedAt)],
);

/**
 * How many times something was done in one fixed window: a user's analyses or language-model
 * calls, or failed sign-ins for one email or from one address (src/server/limits). Every app server
 * counts here, so a limit holds across servers. `userId` is set for a user's own counters, so
 * deleting the user deletes them; sign-in counters have none.
 */
export const usageCounters = pgTable(
  "usage_counters",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.key, table.windowStart] }),
    // Pruning removes windows by age.
    index("usage_counters_window_start_idx").on(table.windowStart),
    index("usage_counters_user_id_idx").on(table.userId),
  ],
);

/**
 * An answer given on the practice page, kept with the analysis the server made of it, so the
 * candidate can come back to it. `questionId` names a bank question; an answer to the candidate's
 * own question has none, and keeps the question's text instead (or nothing, when none was typed).
 */
export const practiceAttempts = pgTable(
  "practice_attempts",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: text("question_id"),
    question: text("question"),
    kind: text("kind").$type<AnalysisKind>().notNull(),
    answer: text("answer").notNull(),
    analysis: jsonb("analysis").$type<Analysis>().notNull(),
    overall: integer("overall").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("practice_attempts_user_created_idx").on(table.userId, table.createdAt),
    index("practice_attempts_user_question_created_idx").on(
      table.userId,
      table.questionId,
      table.createdAt,
    ),
  ],
);

/**
 * The candidate's real applications: the company, the rounds of its loop with their dates, and
 * notes. `version` counts saved edits, so an edit from a stale tab is refused, not applied.
 */
export const applications = pgTable(
  "applications",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    company: text("company").notNull(),
    role: text("role").notNull().default(""),
    status: text("status").$type<ApplicationStatus>().notNull().default("active"),
    stages: jsonb("stages").$type<ApplicationStage[]>().notNull().default([]),
    nextStep: text("next_step").notNull().default(""),
    notes: text("notes").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("applications_user_created_idx").on(table.userId, table.createdAt),
    check("applications_status_check", sql`${table.status} in ('active', 'offer', 'closed')`),
  ],
);

/**
 * A candidate's note on one reading of a pack's reading list, with what the coach made of it when
 * it was saved. One note per reading; `version` counts saves, so a stale tab cannot overwrite.
 */
export const readingNotes = pgTable(
  "reading_notes",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    packId: text("pack_id").notNull(),
    readingId: text("reading_id").notNull(),
    text: text("text").notNull(),
    check: jsonb("check").$type<ReadingNoteCheck>().notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.packId, table.readingId] })],
);

/**
 * A group of learners and their coaches on an accounts server (docs/decisions/019). An
 * administrator makes it; it outlives them (`created_by` turns null when their account goes).
 */
export const cohorts = pgTable("cohorts", {
  id: uuid("id")
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  name: text("name").notNull(),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Who belongs to a cohort, with one role each. */
export const cohortMembers = pgTable(
  "cohort_members",
  {
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: COHORT_ROLES }).notNull(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.cohortId, table.userId] }),
    index("cohort_members_user_id_idx").on(table.userId),
  ],
);

/**
 * A link that lets whoever holds it join a cohort with a role, until it expires or is revoked.
 * Only the SHA-256 of its token is kept, so the table alone lets nobody in.
 */
export const cohortInvitations = pgTable(
  "cohort_invitations",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    role: text("role", { enum: COHORT_ROLES }).notNull(),
    tokenHash: text("token_hash").notNull().unique("cohort_invitations_token_hash_unique"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("cohort_invitations_cohort_id_idx").on(table.cohortId)],
);

/**
 * One item a learner shows a cohort's coaches, until they revoke it. The item is a story or an
 * interview, each with its own foreign key so that deleting the item deletes its shares.
 */
export const shares = pgTable(
  "shares",
  {
    id: uuid("id")
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    // The owner: the learner who shared the item.
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: SHARE_KINDS }).notNull(),
    storyId: uuid("story_id").references(() => stories.id, { onDelete: "cascade" }),
    interviewId: uuid("interview_id").references(() => interviews.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check(
      "shares_one_item",
      sql`(${table.kind} = 'story' AND ${table.storyId} IS NOT NULL AND ${table.interviewId} IS NULL) OR (${table.kind} = 'interview' AND ${table.interviewId} IS NOT NULL AND ${table.storyId} IS NULL) OR (${table.kind} = 'progress' AND ${table.storyId} IS NULL AND ${table.interviewId} IS NULL)`,
    ),
    unique("shares_story_unique").on(table.userId, table.cohortId, table.storyId),
    unique("shares_interview_unique").on(table.userId, table.cohortId, table.interviewId),
    // A learner's progress is one thing: shared with a cohort once at most.
    uniqueIndex("shares_progress_unique")
      .on(table.userId, table.cohortId)
      .where(sql`${table.kind} = 'progress'`),
    index("shares_cohort_id_idx").on(table.cohortId),
  ],
);
