import type { Analysis, Flag, FlagCode, Score } from "../analysis/index.ts";
import type { AnswerKind, StoryType } from "../content/schema.ts";

/** The rounds the mock interviewer runs, named as the interview API names them. */
export const INTERVIEW_ROUNDS = [
  "recruiter",
  "values",
  "behavioral",
  "hiring-manager",
  "system-design",
  "coding",
] as const;

/** One of the rounds the mock interviewer runs. */
export type InterviewRound = (typeof INTERVIEW_ROUNDS)[number];

/** What the interviewer says next, as the interview API sends it. */
export interface InterviewTurn {
  kind: "question" | "follow-up" | "pushback" | "end";
  text: string;
  /** The flag codes this turn probes; empty when it probes none. */
  targets: FlagCode[];
  questionId?: string;
  /** Set when the turn opens by cutting off an answer that ran past about three minutes. */
  interrupted?: boolean;
}

/** A piece of the company's published work that a "why us" answer can name. */
export interface KnownWork {
  name: string;
  /** Lower-case spellings that count as naming it, the name itself included. */
  aliases: string[];
}

/** The kinds of question a candidate may bring: the analyzer's answer kinds, and design prompts. */
export const OWN_QUESTION_KINDS = ["values", "behavioral", "why", "opinion", "design"] as const;

/** How the candidate's own question is answered; "design" prompts are talked through, not told. */
export type OwnQuestionKind = (typeof OWN_QUESTION_KINDS)[number];

/** A question the candidate brings to the interview instead of drawing one from the bank. */
export interface OwnQuestion {
  prompt: string;
  kind: OwnQuestionKind;
}

/** The longest prompt a candidate's own question may have, in characters. */
export const MAX_OWN_QUESTION_LENGTH = 2000;

/**
 * The plan id of the candidate's own question. Bank ids are slugs, which hold no colon, so no bank
 * question can share it.
 */
export const OWN_QUESTION_ID = "own:question";

/** A question of the round's plan, copied from the bank so that a resumed interview needs no bank. */
export interface PlannedQuestion {
  id: string;
  prompt: string;
  /** Absent for design and coding prompts, which the candidate narrates. */
  answerKind?: AnswerKind;
  themes: string[];
  storyTypes: StoryType[];
  followUps: string[];
  /** "deep-dive" digs into one project until the answers turn vague (the hiring-manager round). */
  mode: "standard" | "deep-dive";
  /** The "why this company" question, whose answer gets a verdict in the report. */
  whyCompany: boolean;
  /** The interviewer challenges the stated view once or twice. */
  pushback: boolean;
  /** A system-design question's areas (the bank's): the design review probes and reports by them. */
  areas?: string[];
  /** …and the figures its estimate must size. */
  numbers?: string[];
}

/** What a deep-dive follow-up asks about the project. */
export type DeepDiveAspect = "rationale" | "failure" | "measurement" | "redesign";

/** What a follow-up on a design or coding answer asks about. */
export type DesignArea =
  | "requirements"
  | "scale"
  | "api"
  | "data"
  | "failure"
  | "degradation"
  | "trade-offs"
  | "complexity"
  | "edge-cases"
  | "testing";

/** Which kind of view a pushback challenges; each has its own counter-arguments. */
export type PushbackStance = "why" | "safety" | "opinion";

/** What the next turn does, decided by the engine; phrasing it is a separate step. */
export type ProbeStep =
  | { kind: "question"; questionId: string; prompt: string; first: boolean; narrated: boolean }
  | {
      kind: "gap";
      questionId: string;
      targets: FlagCode[];
      anchor: string;
      /**
       * What the question asks for, when it is not a story: a hypothetical is asked what the
       * candidate would do, a view for its grounds, never what happened.
       */
      ask?: "hypothetical" | "view";
    }
  | { kind: "authored"; questionId: string; text: string }
  | {
      kind: "pushback";
      questionId: string;
      stance: PushbackStance;
      claim: string;
      attempt: 1 | 2;
      /** Set when the claim was quoted earlier in the interview: the challenge names it without quotes. */
      unquoted?: true;
    }
  | { kind: "design"; questionId: string; area: DesignArea; anchor: string }
  | {
      kind: "deep-dive";
      questionId: string;
      aspect: DeepDiveAspect;
      targets: FlagCode[];
      anchor: string;
    }
  | { kind: "end" };

/** The next probe: the step, and whether it must open by cutting off an over-long answer. */
export type NextProbe = ProbeStep & { interrupt: boolean };

/**
 * An answer with its analysis. A reply to a follow-up is analysed on what the follow-up asked, and
 * keeps beside it the flags it raises against its question's whole checklist: those tell the
 * interviewer what the thread still lacks, while the analysis is what the candidate is shown.
 */
export interface AnsweredText {
  text: string;
  analysis: Analysis;
  /** For a reply to a follow-up: its flags against the whole checklist of its question. */
  checklist?: Flag[];
  /** For a reply to a follow-up: the question's overall, every answer to it so far read as one. */
  thread?: Score;
}

/** An interviewer turn as the state keeps it: the probe behind it and, once given, the answer. */
export interface RecordedTurn extends InterviewTurn {
  probe: NextProbe;
  /** The turn's text without the interruption that may open it. */
  body: string;
  answer?: AnsweredText;
}

/** How the candidate answered a pushback. */
export type PushbackOutcome = "held" | "updated" | "caved";

/** One pushback and the candidate's response to it. */
export interface PushbackRecord {
  questionId: string;
  /** Index of the pushback turn in `turns`. */
  turn: number;
  /** The candidate's words that were challenged. */
  claim: string;
  challenge: string;
  response: string;
  outcome: PushbackOutcome;
  /** The candidate's words that decided the outcome. */
  quotes: string[];
}

/** Whether a "why this company" answer names a real piece of the company's work, and judges it. */
export interface WhyCompanyVerdict {
  questionId: string;
  verdict: "specific-with-view" | "named-without-view" | "generic";
  works: { name: string; quote: string }[];
  /** The sentence that states a view on the work, when there is one. */
  viewQuote?: string;
  /** The verdict was reached only in an answer to a follow-up, not in the first answer. */
  afterFollowUp?: boolean;
  summary: string;
}

/** Where a project deep dive reached the edge of the candidate's understanding. */
export interface DeepDiveEdge {
  questionId: string;
  aspect: DeepDiveAspect;
  /** The follow-up the vague answer was given to. */
  probe: string;
  /** The vague words. */
  quote: string;
  /** How many deep-dive follow-ups were answered concretely before this one. */
  depth: number;
}

/** Where an answer ran out: a follow-up pressed a gap and the reply still left it open. */
export interface RanOutNote {
  questionId: string;
  /** The gap the follow-up pressed. */
  target: FlagCode;
  /** The follow-up. */
  probe: string;
  /** The reply's words that left the gap open (the reply's opening when the flag quotes none). */
  quote: string;
}

/** The whole interview: plain JSON data, so it can be stored and resumed exactly. */
export interface InterviewState {
  version: 1;
  round: InterviewRound;
  seed: number;
  status: "active" | "finished";
  plan: PlannedQuestion[];
  /** Index into `plan` of the main question being asked. */
  position: number;
  turns: RecordedTurn[];
  pushbacks: PushbackRecord[];
  whyCompany: WhyCompanyVerdict[];
  edges: DeepDiveEdge[];
  /** Absent in interviews stored before it was kept. */
  ranOut?: RanOutNote[];
  knownWorks: KnownWork[];
}

/** A story of the user's story bank, as far as matching it to questions needs. */
export interface StoryRef {
  id: string;
  title: string;
  storyType: StoryType;
  themes: readonly string[];
}
