import type { Analysis } from "../../core/analysis/index.ts";
import type { Question } from "../../core/content/schema.ts";
import {
  askProbe,
  buildInterviewReport,
  followUpReadings,
  planNextProbe,
  recordAnswer,
  startInterview,
  toInterviewTurn,
  transcriptOf,
  turnInputsFor,
  type InterviewReport,
  type InterviewRound,
  type InterviewState,
  type InterviewTurn,
  type Opening,
  type OwnQuestion,
  type StoryRef,
} from "../../core/interview/index.ts";
import type {
  InterviewSummary,
  InterviewTranscript,
  StartedInterview,
  TurnView,
} from "../../core/api/interviews.ts";
import { err, ok, type Result } from "../../core/result.ts";
import { inlineAnalysis, type AnalysisRunner } from "../analysis/analysis-pool.ts";
import type { Db } from "../../node/db/database.ts";
import {
  createInterview,
  deleteInterview,
  findInterview,
  listInterviews,
  recentQuestionIds,
  saveInterview,
  setInterviewStatus,
  type InterviewRecord,
} from "../../node/db/interviews-repository.ts";
import type { TurnSource } from "../../node/db/schema.ts";
import type { ConfiguredModel } from "../llm/language-model.ts";
import { describeFailure, phraseTurn } from "../llm/phrase-turn.ts";
import type { ServiceError } from "../http/errors.ts";
import { briefFor } from "./turn-brief.ts";

/** An interview error a client can act on. */
export type InterviewServiceError = ServiceError<
  | "invalid-request"
  | "not-found"
  | "empty-answer"
  | "answer-too-long"
  | "interview-over"
  | "turn-changed"
>;

/** What an interview starts from: its round and, when the candidate chose one, its first question. */
export interface StartRequest {
  round: InterviewRound;
  /** A bank question to open on. */
  questionId?: string | undefined;
  /** The candidate's own question to open on. */
  question?: OwnQuestion | undefined;
}

/** What the service needs, made once at start-up. */
export interface InterviewServiceDeps {
  db: Db;
  questions: readonly Question[];
  llm?: (ConfiguredModel & { timeoutMs: number }) | undefined;
  stories: (userId: string) => Promise<StoryRef[]>;
  /** Where answers are analysed; inline by default (the CLI), the server's pool in the app. */
  analysis?: AnalysisRunner;
  seed?: () => number;
  /** The clock that stamps when each turn is asked; the system clock by default. */
  now?: () => Date;
  /**
   * Counts one language-model call against the user's hourly limit; past it, the turn comes from
   * the offline engine with the refusal's message as its notice. No limit when absent.
   */
  countModelCall?: (userId: string) => Promise<Result<void, { message: string }>>;
}

/** Hooks for a streaming client: the analysis as soon as it exists, then the turn's text. */
export interface AnswerListener {
  onAnalysis?: (analysis: Analysis) => void;
  onDelta?: (text: string) => void;
}

/** The mock interviewer behind the API and the CLI: the engine, persistence and the LLM. */
export function createInterviewService(deps: InterviewServiceDeps) {
  const seed = deps.seed ?? (() => Math.floor(Math.random() * 2 ** 31));
  const analysis = deps.analysis ?? inlineAnalysis;
  const now = deps.now ?? (() => new Date());
  const bank = new Map(deps.questions.map((question) => [question.id, question]));

  /** The turn as served: its notice and the time it was asked come from its stored source. */
  function served(turn: InterviewTurn, source: TurnSource | undefined): TurnView {
    return {
      ...turn,
      ...(source?.notice === undefined ? {} : { notice: source.notice }),
      ...(source?.askedAt === undefined ? {} : { askedAt: source.askedAt }),
    };
  }

  /** The chosen opening, or an error naming the bank question that does not exist. */
  function openingOf(request: StartRequest): Result<Opening | undefined, InterviewServiceError> {
    if (request.question !== undefined) return ok({ own: request.question });
    if (request.questionId === undefined) return ok(undefined);
    const question = bank.get(request.questionId);
    return question === undefined
      ? err({ code: "not-found", message: `No question has the id "${request.questionId}".` })
      : ok({ question });
  }

  async function load(
    userId: string,
    id: string,
  ): Promise<Result<InterviewRecord, InterviewServiceError>> {
    const record = await findInterview(deps.db, userId, id);
    return record === undefined
      ? err({ code: "not-found", message: `No interview has the id "${id}".` })
      : ok(record);
  }

  /** Writes the state over the revision it was read at; undefined when another write came first. */
  async function save(
    userId: string,
    id: string,
    readRevision: number,
    state: InterviewState,
    sources: TurnSource[],
  ): Promise<number | undefined> {
    const status = state.status === "finished" ? "finished" : "active";
    return saveInterview(deps.db, userId, id, readRevision, {
      state,
      status,
      turnSources: sources,
    });
  }

  /** The turn the stored interview ends on, as the API serves it. */
  async function storedOpenTurn(userId: string, id: string): Promise<TurnView | undefined> {
    const record = await findInterview(deps.db, userId, id);
    const last = record?.state.turns.at(-1);
    if (record === undefined || last === undefined) return undefined;
    return served(toInterviewTurn(last), record.turnSources[record.state.turns.length - 1]);
  }

  /** Produces the next interviewer turn, phrased by the LLM when one is configured. */
  async function produceTurn(
    userId: string,
    state: InterviewState,
    sources: TurnSource[],
    answer: string,
    listener: AnswerListener,
  ): Promise<{ state: InterviewState; turn: TurnView; sources: TurnSource[] }> {
    const probe = planNextProbe(state);
    const offline = askProbe(state, probe);
    // Main questions are asked as written and the closing line needs no model: only follow-ups,
    // pushback and deep-dive probes are phrased by the LLM.
    const llm = deps.llm;
    if (llm === undefined || probe.kind === "end" || probe.kind === "question") {
      listener.onDelta?.(offline.turn.text);
      const askedAt = now().toISOString();
      return {
        state: offline.state,
        turn: { ...offline.turn, askedAt },
        sources: [...sources, { source: "offline", askedAt }],
      };
    }
    const allowed = (await deps.countModelCall?.(userId)) ?? ok(undefined);
    if (!allowed.ok) {
      const notice = `This turn comes from the offline interviewer. ${allowed.error.message}`;
      listener.onDelta?.(offline.turn.text);
      const askedAt = now().toISOString();
      return {
        state: offline.state,
        turn: { ...offline.turn, notice, askedAt },
        sources: [...sources, { source: "offline", notice, askedAt }],
      };
    }
    const recorded = offline.state.turns.at(-1);
    const phrased = await phraseTurn({
      model: llm.model,
      brief: briefFor(state, probe, recorded?.body ?? offline.turn.text, answer),
      timeoutMs: llm.timeoutMs,
      ...(listener.onDelta === undefined ? {} : { onDelta: listener.onDelta }),
    });
    // Stamped once the wording is ready: the candidate's time starts when the turn is shown.
    const phrasedAt = now().toISOString();
    if (phrased.ok) {
      const next = askProbe(state, probe, phrased.value);
      return {
        state: next.state,
        turn: { ...next.turn, askedAt: phrasedAt },
        sources: [...sources, { source: "llm", askedAt: phrasedAt }],
      };
    }
    const notice = describeFailure(phrased.error);
    return {
      state: offline.state,
      turn: { ...offline.turn, notice, askedAt: phrasedAt },
      sources: [...sources, { source: "offline", notice, askedAt: phrasedAt }],
    };
  }

  return {
    /**
     * Starts an interview of the round and returns its first question: the chosen bank question
     * or the candidate's own when the request names one, else the round's own first question.
     */
    async start(
      userId: string,
      request: StartRequest,
    ): Promise<Result<StartedInterview, InterviewServiceError>> {
      const opening = openingOf(request);
      if (!opening.ok) return opening;
      const recent = await recentQuestionIds(deps.db, userId);
      const started = startInterview({
        round: request.round,
        questions: deps.questions,
        seed: seed(),
        recentQuestionIds: recent,
        ...(opening.value === undefined ? {} : { opening: opening.value }),
      });
      if (!started.ok) {
        // A pack need not offer every round: the client chose one this bank cannot fill.
        return err({
          code: "invalid-request",
          field: "body.round",
          message: `${started.error.message} Choose another round, or open on a question of your own.`,
        });
      }
      const { state, turn } = started.value;
      const source: TurnSource = { source: "offline", askedAt: now().toISOString() };
      const id = await createInterview(deps.db, userId, {
        round: request.round,
        state,
        turnSources: [source],
      });
      return ok({ id, turn: served(turn, source) });
    },

    /**
     * Records an answer, then produces the next turn. The answer is written before the next turn
     * is produced, and the turn is written before it is returned.
     */
    async answer(
      userId: string,
      id: string,
      text: string,
      listener: AnswerListener = {},
      turnIndex?: number,
    ): Promise<Result<{ turn: TurnView; analysis: Analysis }, InterviewServiceError>> {
      const loaded = await load(userId, id);
      if (!loaded.ok) return loaded;
      const record = loaded.value;
      if (record.status !== "active") {
        return err({ code: "interview-over", message: `This interview is ${record.status}.` });
      }
      const open = record.state.turns.at(-1);
      if (open === undefined || open.answer !== undefined) {
        // A crash came between the answer and the next turn: ask that turn now, and let the
        // client show it before taking an answer for it.
        const repaired = await produceTurn(userId, record.state, record.turnSources, "", {});
        // Another request may repair it first; either way the client reloads.
        await save(userId, id, record.revision, repaired.state, repaired.sources);
        return err({
          code: "turn-changed",
          message: "The interviewer had not asked the next question yet; reload to see it.",
        });
      }
      const openIndex = record.state.turns.length - 1;
      if (turnIndex !== undefined && turnIndex > openIndex) {
        return err({
          code: "turn-changed",
          message: `The interviewer has not asked turn ${String(turnIndex)} yet; the open turn is ${String(openIndex)}.`,
        });
      }
      if (turnIndex !== undefined && turnIndex !== openIndex) {
        return err({
          code: "turn-changed",
          message: "That question has already been answered, perhaps in another tab; reload.",
        });
      }
      const inputs = turnInputsFor(record.state, text);
      // A reply to a follow-up is read three ways: on what the follow-up asked (what the candidate
      // is shown), against the question's whole checklist (what the thread still lacks) and with
      // the answers before it (the question's score). Each goes inline or to the pool by its own
      // length, so a long thread never sends a short reply's reading to a thread.
      const [analysed, checklist, thread] = await Promise.all([
        analysis.analyze(inputs.judged),
        inputs.checklist === undefined ? undefined : analysis.analyze(inputs.checklist),
        inputs.thread === undefined ? undefined : analysis.analyze(inputs.thread),
      ]);
      if (!analysed.ok) return err(analysed.error);
      const answered = recordAnswer(
        record.state,
        text,
        analysed.value,
        inputs.thread === undefined ? undefined : followUpReadings(checklist, thread),
      );
      // Recorded only over the revision this answer read: of two answers to one turn, from two
      // tabs or two servers, the second finds the revision moved on and changes nothing.
      const recorded = await save(userId, id, record.revision, answered, record.turnSources);
      if (recorded === undefined) {
        return err({
          code: "turn-changed",
          message:
            "That question was answered a moment ago, perhaps in another tab; this answer was not recorded. Reload to see the conversation.",
        });
      }
      listener.onAnalysis?.(analysed.value);

      const next = await produceTurn(userId, answered, record.turnSources, text, listener);
      const asked = await save(userId, id, recorded, next.state, next.sources);
      if (asked === undefined) {
        // A transcript read asked the next turn first (it repairs an answered, unasked turn):
        // that turn is the one stored, so it is the one to show.
        const stored = await storedOpenTurn(userId, id);
        return ok({ turn: stored ?? next.turn, analysis: analysed.value });
      }
      return ok({ turn: next.turn, analysis: analysed.value });
    },

    /** The whole transcript; an interview left between an answer and the next turn is repaired. */
    async transcript(
      userId: string,
      id: string,
    ): Promise<Result<InterviewTranscript, InterviewServiceError>> {
      const loaded = await load(userId, id);
      if (!loaded.ok) return loaded;
      let record = loaded.value;
      const open = record.state.turns.at(-1);
      if (record.status === "active" && open?.answer !== undefined) {
        const repaired = await produceTurn(userId, record.state, record.turnSources, "", {});
        const saved = await save(userId, id, record.revision, repaired.state, repaired.sources);
        // When another request repaired it first, show what it stored.
        const latest = saved === undefined ? await findInterview(deps.db, userId, id) : undefined;
        record = latest ?? { ...record, state: repaired.state, turnSources: repaired.sources };
      }
      const turns = transcriptOf(record.state).map((turn, index) => {
        const { answer, analysisInput, ...asked } = turn;
        const shown = served(asked, record.turnSources[index]);
        return answer === undefined ? shown : { ...shown, answer, analysisInput };
      });
      return ok({
        id: record.id,
        round: record.state.round,
        status: record.state.status === "finished" ? "finished" : record.status,
        createdAt: record.createdAt.toISOString(),
        /** Main questions planned for the round, the opening included. */
        questions: record.state.plan.length,
        /** The server's clock now, so a page can time the open turn without trusting its own. */
        serverTime: now().toISOString(),
        turns,
      });
    },

    /** This user's interviews, newest activity first. */
    async list(userId: string): Promise<InterviewSummary[]> {
      const records = await listInterviews(deps.db, userId);
      return records.map((record) => ({
        id: record.id,
        round: record.state.round,
        status: record.status,
        questions: record.state.plan.length,
        answers: record.state.turns.filter((turn) => turn.answer !== undefined).length,
        createdAt: record.createdAt.toISOString(),
        updatedAt: record.updatedAt.toISOString(),
      }));
    },

    /** Stops an active interview without finishing it; it stays in the list. */
    async abandon(userId: string, id: string): Promise<Result<true, InterviewServiceError>> {
      const loaded = await load(userId, id);
      if (!loaded.ok) return loaded;
      if (loaded.value.status !== "active") {
        return err({
          code: "interview-over",
          message: `This interview is ${loaded.value.status}.`,
        });
      }
      await setInterviewStatus(deps.db, userId, id, "abandoned");
      return ok(true);
    },

    /** Deletes an interview and its transcript. */
    async remove(userId: string, id: string): Promise<Result<true, InterviewServiceError>> {
      const deleted = await deleteInterview(deps.db, userId, id);
      return deleted
        ? ok(true)
        : err({ code: "not-found", message: `No interview has the id "${id}".` });
    },

    /** The report: per question, strongest and weakest, pushback, fixes, stories that fit. */
    async report(
      userId: string,
      id: string,
    ): Promise<Result<InterviewReport, InterviewServiceError>> {
      const loaded = await load(userId, id);
      if (!loaded.ok) return loaded;
      return ok(buildInterviewReport(loaded.value.state, await deps.stories(userId)));
    },
  };
}

/** The interview service's interface. */
export type InterviewService = ReturnType<typeof createInterviewService>;
