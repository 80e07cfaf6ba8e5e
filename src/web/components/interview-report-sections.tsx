import type { ReactNode } from "react";
import type { FlagCode } from "../../core/analysis/index.ts";
import { Link } from "react-router";
import type {
  AnswerHighlight,
  DeepDiveAspect,
  DeepDiveSummary,
  FixFirst,
  FixTopic,
  InterviewReport,
  PushbackRecord,
  QuestionReport,
  RanOutNote,
  StorySuggestion,
  WhyCompanyVerdict,
} from "../../core/interview/index.ts";
import { STORY_TYPE_LABELS } from "../../core/stories/story-schema.ts";
import { PUSHBACK_OUTCOMES, WHY_VERDICTS } from "../api/interviews.ts";
import { DesignReviewResult } from "./design-review-panel.tsx";
import { STEP_TITLES } from "../../core/design/steps.ts";

/** What a pressed follow-up asked for, in the words of the report. */
const PRESSED_FOR: Readonly<Record<FlagCode, string>> = {
  "alignment-signaling": "a concrete example behind the praise",
  "no-feelings": "what you felt",
  "we-not-i": "your own part, apart from the team's",
  "no-outcome": "how it turned out",
  "no-reflection": "what you would do differently",
  "no-genuine-change": "what changed your mind",
  "no-critique": "a real reservation",
  vague: "numbers, names or how you knew",
  "framework-recital": "the story in your own words",
  "too-long": "the short version",
  hollow: "what actually happened behind the claim",
  "off-topic": "an answer to the question asked",
};

const ASPECT_LABELS: Readonly<Record<DeepDiveAspect, string>> = {
  rationale: "why it was built that way",
  failure: "what failed",
  measurement: "how it was measured",
  redesign: "what you would redesign",
};

/** A report section: a region named by its heading. */
function ReportSection(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={props.id}>
      <h2 id={props.id} className="section-heading">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/** An overall score out of five. */
function Score(props: { value: number }) {
  return (
    <span className="report-score">
      <strong>{props.value}</strong>/5<span className="visually-hidden"> overall</span>
    </span>
  );
}

function Quote(props: { children: ReactNode }) {
  return <blockquote className="report-quote">{props.children}</blockquote>;
}

/** The strongest and the weakest answer, each with the words that show why. */
export function HighlightsSection(props: { report: InterviewReport }) {
  const { strongest, weakest } = props.report;
  return (
    <ReportSection id="report-highlights" title="Strongest and weakest answers">
      <div className="report-highlights">
        {strongest === undefined ? null : (
          <Highlight title="Strongest" highlight={strongest} tone="good" />
        )}
        {weakest === undefined ? (
          <p className="muted">One answer alone has no weakest to compare it with.</p>
        ) : (
          <Highlight title="Weakest" highlight={weakest} tone="bad" />
        )}
      </div>
    </ReportSection>
  );
}

function Highlight(props: { title: string; highlight: AnswerHighlight; tone: "good" | "bad" }) {
  return (
    <div className={`panel report-highlight is-${props.tone}`}>
      <h3>
        {props.title} <Score value={props.highlight.overall} />
      </h3>
      <p className="report-prompt">{props.highlight.prompt}</p>
      <Quote>{props.highlight.quote}</Quote>
    </div>
  );
}

function topicLabel(topic: FixTopic): ReactNode {
  switch (topic.kind) {
    case "flag":
      return <code>{topic.code}</code>;
    case "pushback":
      return "Caving under pushback";
    case "deep-dive-edge":
      return "The edge of the deep dive";
    case "dimension":
      return `Low ${topic.dimension}`;
    case "design-step":
      return `Design: ${STEP_TITLES[topic.step]}`;
  }
}

/** The three things to fix first, each with the candidate's own words. */
export function FixesSection(props: { fixes: readonly FixFirst[] }) {
  return (
    <ReportSection id="report-fixes" title="Three things to fix first">
      <ol className="report-fixes">
        {props.fixes.map((fix) => (
          <li key={JSON.stringify(fix.topic)} className="panel">
            <p className="report-fix-topic">
              {topicLabel(fix.topic)}{" "}
              <span className="muted">
                · {fix.count === 1 ? "in 1 answer" : `in ${String(fix.count)} answers`}
              </span>
            </p>
            <p className="report-fix-advice">{fix.advice}</p>
            <Quote>{fix.quote}</Quote>
          </li>
        ))}
      </ol>
    </ReportSection>
  );
}

/**
 * A question's score: the main answer's, and beside it, once follow-ups were answered, the score
 * of everything said to the question read as one.
 */
function QuestionScore(props: { question: QuestionReport; overall: number }) {
  const main = props.question.answer?.analysis.overall ?? props.overall;
  const followedUp = props.question.followUps.some((f) => f.answer?.thread !== undefined);
  return (
    <span className="report-main-score">
      Main answer <Score value={main} />
      {followedUp ? (
        <>
          {" "}
          · with follow-ups <Score value={props.overall} />
        </>
      ) : null}
    </span>
  );
}

/** Every main question: the answer's score, and the follow-ups asked with their answers' scores. */
export function QuestionsSection(props: { questions: readonly QuestionReport[] }) {
  return (
    <ReportSection id="report-questions" title="Question by question">
      <ol className="report-questions">
        {props.questions.map((question) => (
          <li key={question.questionId} className="panel">
            <div className="report-question-head">
              <h3>{question.prompt}</h3>
              {question.overall === undefined ? (
                <span className="muted">Not answered</span>
              ) : question.design !== undefined ? (
                <span className="report-main-score">
                  Design <Score value={question.design.overall} />
                </span>
              ) : (
                <QuestionScore question={question} overall={question.overall} />
              )}
            </div>
            {/* A design is judged on the design, step by step, over every answer given to it. */}
            {question.design === undefined ? null : (
              <details className="report-design">
                <summary>The design, step by step, over all your answers to it</summary>
                <DesignReviewResult review={question.design} />
              </details>
            )}
            {question.followUps.length === 0 ? (
              <p className="muted">No follow-ups: the first answer covered what was asked.</p>
            ) : (
              <ul className="report-follow-ups" aria-label="Follow-ups">
                {question.followUps.map((followUp, index) => (
                  <li key={index}>
                    <span className="pill">
                      {followUp.kind === "pushback" ? "Pushback" : "Follow-up"}
                    </span>{" "}
                    <span>{followUp.text}</span>{" "}
                    {followUp.answer === undefined ? (
                      <span className="muted">(not answered)</span>
                    ) : question.design === undefined ? (
                      <Score value={followUp.answer.analysis.overall} />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </ReportSection>
  );
}

/** Each pushback: what was challenged, and whether the view held, was updated or caved. */
export function PushbackSection(props: { pushbacks: readonly PushbackRecord[] }) {
  return (
    <ReportSection id="report-pushback" title="Under pushback">
      {props.pushbacks.length === 0 ? (
        <p className="muted">The interviewer did not push back on any view in this interview.</p>
      ) : (
        <ol className="report-pushbacks">
          {props.pushbacks.map((record) => (
            <li key={record.turn} className="panel">
              <p>
                <span className={`pill outcome-pill outcome-${record.outcome}`}>
                  {PUSHBACK_OUTCOMES[record.outcome].label}
                </span>{" "}
                {PUSHBACK_OUTCOMES[record.outcome].meaning}
              </p>
              {record.claim === "" ? null : (
                <p className="report-prompt">
                  <span className="muted">Your view: </span>“{record.claim}”
                </p>
              )}
              <p className="report-prompt">
                <span className="muted">The challenge: </span>
                {record.challenge}
              </p>
              <p className="report-prompt">
                <span className="muted">Your reply: </span>
                {record.response}
              </p>
              {record.quotes.length === 0 ||
              record.quotes.every((quote) => quote.trim() === record.response.trim()) ? null : (
                <>
                  <p className="muted">The words that decided it:</p>
                  {record.quotes.map((quote) => (
                    <Quote key={quote}>{quote}</Quote>
                  ))}
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </ReportSection>
  );
}

/** The "why this company" verdict: did the answer name real work, and take a view on it? */
export function WhyCompanySection(props: { verdicts: readonly WhyCompanyVerdict[] }) {
  return (
    <ReportSection id="report-why" title="Why this company">
      {props.verdicts.map((verdict) => (
        <div key={verdict.questionId} className="panel">
          <p>
            <span className={`pill verdict-pill verdict-${verdict.verdict}`}>
              {WHY_VERDICTS[verdict.verdict]}
            </span>{" "}
            {verdict.summary}
            {verdict.afterFollowUp === true ? " (only after a follow-up)" : null}
          </p>
          {verdict.works.map((work) => (
            <div key={work.name}>
              <p className="report-fix-topic">{work.name}</p>
              <Quote>{work.quote}</Quote>
            </div>
          ))}
          {verdict.viewQuote === undefined ? null : (
            <>
              <p className="report-fix-topic">Your view</p>
              <Quote>{verdict.viewQuote}</Quote>
            </>
          )}
        </div>
      ))}
    </ReportSection>
  );
}

/** How deep the project deep dive went, and where it found the edge of what you know. */
export function DeepDiveSection(props: { summaries: readonly DeepDiveSummary[] }) {
  return (
    <ReportSection id="report-deep-dive" title="Project deep dive">
      <ol className="report-questions">
        {props.summaries.map((summary) => (
          <li key={summary.questionId} className="panel">
            <h3>{summary.prompt}</h3>
            <p>
              {summary.depth === 1
                ? "1 follow-up answered concretely"
                : `${String(summary.depth)} follow-ups answered concretely`}
              {summary.edge === undefined
                ? ", and no edge found."
                : `, then the answers turned vague on ${ASPECT_LABELS[summary.edge.aspect]}.`}
            </p>
            {summary.edge === undefined ? null : (
              <>
                <p className="report-prompt">
                  <span className="muted">The follow-up: </span>
                  {summary.edge.probe}
                </p>
                <Quote>{summary.edge.quote}</Quote>
              </>
            )}
          </li>
        ))}
      </ol>
    </ReportSection>
  );
}

/** Where a follow-up pressed a gap and the reply still left it open, question by question. */
export function RanOutSection(props: { notes: readonly (RanOutNote & { prompt: string })[] }) {
  const byQuestion = new Map<string, (RanOutNote & { prompt: string })[]>();
  for (const note of props.notes) {
    byQuestion.set(note.questionId, [...(byQuestion.get(note.questionId) ?? []), note]);
  }
  return (
    <ReportSection id="report-ran-out" title="Where the answers ran out">
      <p className="muted">
        The interviewer pressed for something and the reply still did not give it. These are the
        places to prepare first.
      </p>
      <ol className="report-questions">
        {[...byQuestion.entries()].map(([questionId, notes]) => (
          <li key={questionId} className="panel">
            <h3>{notes[0]?.prompt}</h3>
            {notes.map((note, index) => (
              <div key={String(index)} className="report-ran-out">
                <p>Pressed for {PRESSED_FOR[note.target]}; the reply still left it out.</p>
                <p className="report-prompt">
                  <span className="muted">The follow-up: </span>
                  {note.probe}
                </p>
                <Quote>{note.quote}</Quote>
              </div>
            ))}
          </li>
        ))}
      </ol>
    </ReportSection>
  );
}

/** Stories from the bank that would have served the weakest answers, or a way to build one. */
export function StoriesSection(props: { suggestions: readonly StorySuggestion[] }) {
  return (
    <ReportSection id="report-stories" title="Stories that would have helped">
      <p className="muted">
        Your weakest answers, and the stories in your bank that share their type or themes.
      </p>
      <ol className="report-questions">
        {props.suggestions.map((suggestion) => (
          <li key={suggestion.questionId} className="panel">
            <div className="report-question-head">
              <h3>{suggestion.prompt}</h3>
              <span className="report-main-score">
                Overall <Score value={suggestion.overall} />
              </span>
            </div>
            {suggestion.stories.length === 0 ? (
              <p>
                No story in your bank fits this question yet.{" "}
                <Link to="/stories/new">Build one with the guided builder</Link>
              </p>
            ) : (
              <ul className="report-stories">
                {suggestion.stories.map((story) => (
                  <li key={story.id}>
                    <Link to={`/stories/${story.id}`}>{story.title}</Link>{" "}
                    <span className="muted">
                      ({STORY_TYPE_LABELS[story.storyType]}; matches on{" "}
                      {story.matchedOn
                        .map((match) => (match === story.storyType ? "its type" : match))
                        .join(", ")}
                      )
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </ReportSection>
  );
}
