import { DIMENSIONS, type FlagCode, type Score } from "../analysis/index.ts";
import type { StoryType } from "../content/schema.ts";
import { type DesignReview, reviewDesign } from "../design/review-design.ts";
import { FLAG_SEVERITY } from "./fix-advice.ts";
import { type FixFirst, fixesFirst } from "./fixes.ts";
import { firstSentenceOf, shortQuote } from "./quotes.ts";
import type {
  AnsweredText,
  DeepDiveEdge,
  InterviewRound,
  InterviewState,
  PlannedQuestion,
  PushbackRecord,
  RanOutNote,
  StoryRef,
  WhyCompanyVerdict,
} from "./types.ts";

/** One main question: its answer, and the follow-ups and pushbacks asked about it. */
export interface QuestionReport {
  questionId: string;
  prompt: string;
  answer?: AnsweredText;
  followUps: {
    kind: "follow-up" | "pushback";
    text: string;
    targets: FlagCode[];
    answer?: AnsweredText;
  }[];
  /**
   * The question's overall: the main answer's, or once follow-ups have been answered, every
   * answer to it read as one, so a gap a follow-up filled counts and a reply that dodged does not.
   */
  overall?: Score;
  /**
   * A system-design question is reported by the design review's steps, read over every answer
   * given to it (the main one and the follow-ups'), not by the candor dimensions.
   */
  design?: DesignReview;
}

/** The strongest or weakest answer, with its question. */
export interface AnswerHighlight {
  questionId: string;
  prompt: string;
  overall: Score;
  quote: string;
}

/** Stories from the user's bank that would have served a weak answer. */
export interface StorySuggestion {
  questionId: string;
  prompt: string;
  overall: Score;
  stories: { id: string; title: string; storyType: StoryType; matchedOn: string[] }[];
}

/** How deep the project deep dive went on a question, and where it found the edge. */
export interface DeepDiveSummary {
  questionId: string;
  prompt: string;
  /** Deep-dive follow-ups answered concretely. */
  depth: number;
  edge?: DeepDiveEdge;
}

/** The end-of-interview report. */
export interface InterviewReport {
  round: InterviewRound;
  status: InterviewState["status"];
  questions: QuestionReport[];
  strongest?: AnswerHighlight;
  weakest?: AnswerHighlight;
  pushbacks: PushbackRecord[];
  whyCompany: WhyCompanyVerdict[];
  deepDive: DeepDiveSummary[];
  /** Where a follow-up pressed a gap and the reply still left it open, with the question asked. */
  ranOut: (RanOutNote & { prompt: string })[];
  fixes: FixFirst[];
  stories: StorySuggestion[];
}

function questionReports(state: InterviewState): QuestionReport[] {
  const reports: QuestionReport[] = [];
  for (const turn of state.turns) {
    if (turn.kind === "end" || turn.questionId === undefined) continue;
    if (turn.kind === "question") {
      const planned = state.plan.find((question) => question.id === turn.questionId);
      reports.push({
        questionId: turn.questionId,
        prompt: planned?.prompt ?? turn.body,
        ...(turn.answer === undefined ? {} : { answer: turn.answer }),
        followUps: [],
        ...(turn.answer === undefined ? {} : { overall: turn.answer.analysis.overall }),
      });
      continue;
    }
    const report = reports.at(-1);
    report?.followUps.push({
      kind: turn.kind,
      text: turn.text,
      targets: [...turn.targets],
      ...(turn.answer === undefined ? {} : { answer: turn.answer }),
    });
    if (report !== undefined && turn.answer?.thread !== undefined) {
      report.overall = turn.answer.thread;
    }
  }
  return reports;
}

/** A system-design question's report with the review of everything answered to it. */
function withDesignReview(state: InterviewState, report: QuestionReport): QuestionReport {
  const planned = state.plan.find((question) => question.id === report.questionId);
  const areas = planned?.areas;
  const said = [report.answer, ...report.followUps.map((followUp) => followUp.answer)]
    .flatMap((answer) => (answer === undefined ? [] : [answer.text]))
    .join("\n\n");
  if (areas === undefined || said.trim() === "") return report;
  const review = reviewDesign(said, { prompt: report.prompt, areas, numbers: planned?.numbers });
  // Spoken or typed in a chat, an interview answer has no headings to ask for.
  const design: DesignReview = {
    overall: review.overall,
    steps: review.steps.map((step) => ({
      ...step,
      missing: step.missing.filter((gap) => !gap.startsWith("Add a section headed")),
    })),
    suggestions: review.suggestions.filter(
      (line) => !/section headed|template's headings/.test(line),
    ),
  };
  // The design's own overall stands for the question wherever the report ranks answers.
  return { ...report, design, overall: design.overall };
}

/** The question's overall first, then the sum of the main answer's dimensions to break ties. */
function strength(report: Answered): number {
  const { dimensions } = report.answer.analysis;
  return report.overall * 100 + DIMENSIONS.reduce((sum, d) => sum + dimensions[d], 0);
}

type Answered = QuestionReport & { answer: AnsweredText; overall: Score };

function answeredOf(reports: QuestionReport[]): Answered[] {
  return reports.filter((r): r is Answered => r.answer !== undefined && r.overall !== undefined);
}

function worstFlagQuote(answer: AnsweredText): string {
  const flag = [...answer.analysis.flags].sort(
    (a, b) => FLAG_SEVERITY[b.code] - FLAG_SEVERITY[a.code],
  )[0];
  const quote = flag?.evidence.find((item) => item.quote.trim() !== "")?.quote;
  return quote === undefined ? firstSentenceOf(answer.text) : shortQuote(quote);
}

function highlights(answered: Answered[]): Pick<InterviewReport, "strongest" | "weakest"> {
  // Sorting is stable, so among equals the earlier question wins either way.
  // A design ranks by its review's overall, a told answer by the coach's.
  const rank = (r: Answered) => (r.design === undefined ? strength(r) : r.design.overall * 100);
  const byStrength = [...answered].sort((a, b) => rank(b) - rank(a));
  const best = byStrength[0];
  const worst = byStrength.length > 1 ? byStrength.at(-1) : undefined;
  const of = (r: Answered, quote: string): AnswerHighlight => ({
    questionId: r.questionId,
    prompt: r.prompt,
    overall: r.overall,
    quote,
  });
  return {
    ...(best === undefined ? {} : { strongest: of(best, firstSentenceOf(best.answer.text)) }),
    ...(worst === undefined ? {} : { weakest: of(worst, worstFlagQuote(worst.answer)) }),
  };
}

function matchStories(question: PlannedQuestion | undefined, stories: readonly StoryRef[]) {
  if (question === undefined) return [];
  return stories
    .map((story) => {
      const typeMatch = question.storyTypes.includes(story.storyType);
      const themes = story.themes.filter((theme) => question.themes.includes(theme));
      const matchedOn = [...(typeMatch ? [story.storyType] : []), ...themes];
      return { story, matchedOn, score: (typeMatch ? 3 : 0) + themes.length };
    })
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || a.story.title.localeCompare(b.story.title))
    .slice(0, 3)
    .map(({ story, matchedOn }) => ({
      id: story.id,
      title: story.title,
      storyType: story.storyType,
      matchedOn,
    }));
}

/** The weakest answers (overall 3 or less, at most two; else the single weakest) and their stories. */
function storySuggestions(
  state: InterviewState,
  answered: Answered[],
  stories: readonly StoryRef[],
): StorySuggestion[] {
  const ascending = [...answered].sort((a, b) => strength(a) - strength(b));
  // A bank story cannot serve a design; only told answers are matched with stories.
  const told = ascending.filter((r) => r.design === undefined);
  const weak = told.filter((r) => r.overall <= 3).slice(0, 2);
  const chosen = weak.length > 0 ? weak : told.slice(0, 1);
  return chosen.map((r) => ({
    questionId: r.questionId,
    prompt: r.prompt,
    overall: r.overall,
    stories: matchStories(
      state.plan.find((question) => question.id === r.questionId),
      stories,
    ),
  }));
}

function deepDiveSummaries(state: InterviewState, reports: QuestionReport[]): DeepDiveSummary[] {
  if (!state.plan.some((question) => question.mode === "deep-dive")) return [];
  const deep = new Set(state.plan.filter((q) => q.mode === "deep-dive").map((q) => q.id));
  return reports
    .filter((report) => deep.has(report.questionId))
    .map((report) => {
      const edge = state.edges.find((item) => item.questionId === report.questionId);
      const answeredProbes = report.followUps.filter((f) => f.answer !== undefined).length;
      return {
        questionId: report.questionId,
        prompt: report.prompt,
        depth: edge === undefined ? answeredProbes : edge.depth,
        ...(edge === undefined ? {} : { edge }),
      };
    });
}

/**
 * The end-of-interview report: every question with its analyses and follow-ups, the strongest and
 * weakest answers, pushback outcomes, the three things to fix first (each with a quote), and the
 * stories from the user's bank that would have served the weakest answers.
 */
export function buildInterviewReport(
  state: InterviewState,
  stories: readonly StoryRef[],
): InterviewReport {
  const questions = questionReports(state).map((report) => withDesignReview(state, report));
  const answered = answeredOf(questions);
  const fixes = fixesFirst(state, questions);
  return {
    round: state.round,
    status: state.status,
    questions,
    ...highlights(answered),
    pushbacks: state.pushbacks,
    whyCompany: state.whyCompany,
    deepDive: deepDiveSummaries(state, questions),
    ranOut: (state.ranOut ?? []).map((note) => ({
      ...note,
      prompt: state.plan.find((question) => question.id === note.questionId)?.prompt ?? "",
    })),
    fixes,
    stories: storySuggestions(state, answered, stories),
  };
}
