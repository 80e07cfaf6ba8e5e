import { eq, sql, type SQL } from "drizzle-orm";
import type { Dimension, FlagCode, Score } from "../../core/analysis/index.ts";
import type { InterviewRound } from "../../core/interview/types.ts";
import type { KeptAnalysis } from "../../core/stats/progress-summary.ts";
import type { Db } from "./database.ts";
import { interviews, practiceAttempts, storyVersions } from "./schema.ts";

/** The parts of a stored analysis progress reads; the quotes and suggestions stay in the table. */
interface AnalysisScores {
  overall: Score;
  dimensions: Record<Dimension, Score>;
  flags: FlagCode[];
}

/** One interviewer turn as progress reads it, with its answer's scores once answered. */
interface TurnScores {
  kind: "question" | "follow-up" | "pushback" | "end";
  text: string;
  /** The bank question the turn belongs to; null for the candidate's own question. */
  questionId: string | null;
  analysis: AnalysisScores | null;
  /** When the next turn was asked, that is just after this one was answered. */
  answeredAt: string | null;
}

function scoresOf(analysis: SQL): SQL<AnalysisScores> {
  return sql<AnalysisScores>`jsonb_build_object(
    'overall', ${analysis}->'overall',
    'dimensions', ${analysis}->'dimensions',
    'flags', jsonb_path_query_array(${analysis}, '$.flags[*].code'))`;
}

/**
 * Every analysis this user has kept: practice attempts, answers in interviews (whatever the
 * interview's status) and story versions, in no particular order. Only the scores and flag codes
 * are read, never the answers themselves.
 */
export async function listKeptAnalyses(db: Db, userId: string): Promise<KeptAnalysis[]> {
  const [practice, versions, interviewRows] = await Promise.all([
    db
      .select({
        id: practiceAttempts.id,
        title: practiceAttempts.question,
        questionId: practiceAttempts.questionId,
        scores: scoresOf(sql`${practiceAttempts.analysis}`),
        at: practiceAttempts.createdAt,
      })
      .from(practiceAttempts)
      .where(eq(practiceAttempts.userId, userId)),
    db
      .select({
        id: storyVersions.storyId,
        title: storyVersions.title,
        scores: scoresOf(sql`${storyVersions.analysis}`),
        at: storyVersions.createdAt,
      })
      .from(storyVersions)
      .where(eq(storyVersions.userId, userId)),
    db
      .select({
        id: interviews.id,
        round: interviews.round,
        updatedAt: interviews.updatedAt,
        // Turn i's answer was given just before turn i + 1 was asked; ordinality counts from 1.
        turns: sql<TurnScores[]>`(
          select coalesce(jsonb_agg(jsonb_build_object(
            'kind', t.turn->>'kind',
            'text', t.turn->>'text',
            'questionId', t.turn->>'questionId',
            'analysis', case when t.turn->'answer' is null then null
              else ${scoresOf(sql`(t.turn->'answer'->'analysis')`)} end,
            'answeredAt', ${interviews.turnSources}->(t.ord::int)->>'askedAt'
          ) order by t.ord), '[]'::jsonb)
          from jsonb_array_elements(${interviews.state}->'turns') with ordinality as t(turn, ord))`,
      })
      .from(interviews)
      .where(eq(interviews.userId, userId)),
  ]);
  const kept: KeptAnalysis[] = [];
  for (const { scores, questionId, ...row } of practice) {
    kept.push({
      source: "practice",
      ...row,
      ...scores,
      ...(questionId === null ? {} : { questionId }),
    });
  }
  for (const { scores, ...row } of versions) kept.push({ source: "story", ...row, ...scores });
  for (const row of interviewRows) {
    let question: string | null = null;
    for (const turn of row.turns) {
      if (turn.kind === "question") question = turn.text;
      if (turn.analysis === null) continue;
      kept.push({
        source: "interview",
        id: row.id,
        // An answer whose next turn was never asked is the interview's last write.
        at: turn.answeredAt === null ? row.updatedAt : new Date(turn.answeredAt),
        title: turn.text,
        ...turn.analysis,
        ...(turn.questionId === null ? {} : { questionId: turn.questionId }),
        interview: { round: row.round as InterviewRound, question },
      });
    }
  }
  return kept;
}
