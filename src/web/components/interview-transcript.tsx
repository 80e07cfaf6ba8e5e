import { useId, useState } from "react";
import type { Analysis } from "../../core/analysis/index.ts";
import type { AnswerContextInput, AnsweredText } from "../../core/interview/index.ts";
import type { TranscriptTurn } from "../../core/api/interviews.ts";
import { AnalysisReport } from "./analysis-report.tsx";
import { ScoreBadge } from "./story-fields.tsx";

/** An answer sent and not yet answered: its text, its analysis once back, the next turn so far. */
export interface PendingAnswer {
  text: string;
  analysis?: Analysis;
  streamed: string;
}

/** How each turn introduces itself; main questions are numbered, "Question 2 of 4". */
export function turnLabel(
  turn: TranscriptTurn,
  questionNumber: number,
  questionCount: number,
): string {
  switch (turn.kind) {
    case "question":
      return `Question ${String(questionNumber)} of ${String(questionCount)}`;
    case "follow-up":
      return "Follow-up";
    case "pushback":
      return "Pushback";
    case "end":
      return "Closing";
  }
}

/**
 * The interview as a conversation: each interviewer turn with the answer given to it, the open
 * turn last. An answer on its way shows at once, with the next turn as it streams in.
 */
export function InterviewTranscript(props: {
  turns: readonly TranscriptTurn[];
  /** Main questions planned for the round. */
  questionCount: number;
  pending?: PendingAnswer | undefined;
  /** The interview still takes answers, so its last unanswered question is the open turn. */
  active: boolean;
}) {
  const questionNumbers = numberQuestions(props.turns);
  return (
    <ol className="transcript" aria-label="Transcript">
      {props.turns.map((turn, index) => {
        const isLast = index === props.turns.length - 1;
        const pendingHere = isLast && props.pending !== undefined ? props.pending : undefined;
        const answer: AnsweredText | undefined =
          turn.answer ??
          (pendingHere?.analysis === undefined
            ? undefined
            : { text: pendingHere.text, analysis: pendingHere.analysis });
        return (
          <li key={index} className="transcript-item">
            <InterviewerTurn
              label={turnLabel(turn, questionNumbers[index] ?? 0, props.questionCount)}
              text={turn.text}
              kind={turn.kind}
              interrupted={turn.interrupted === true}
              notice={turn.notice}
              open={
                props.active &&
                isLast &&
                turn.kind !== "end" &&
                turn.answer === undefined &&
                props.pending === undefined
              }
            />
            {answer !== undefined ? (
              <CandidateAnswer answer={answer} context={turn.analysisInput} />
            ) : null}
            {answer === undefined && pendingHere !== undefined && pendingHere.text.trim() !== "" ? (
              <div className="turn turn-candidate is-sending">
                <p className="turn-label">You</p>
                <p className="turn-text">{pendingHere.text}</p>
                <p className="turn-status" role="status">
                  Sending…
                </p>
              </div>
            ) : null}
          </li>
        );
      })}
      {props.pending === undefined ||
      (props.pending.analysis === undefined && props.pending.streamed === "") ? null : (
        <li className="transcript-item" aria-busy="true">
          <div className="turn turn-interviewer is-streaming">
            <p className="turn-label">Interviewer</p>
            <p className={props.pending.streamed === "" ? "turn-text muted" : "turn-text"}>
              {props.pending.streamed === "" ? "Thinking…" : props.pending.streamed}
            </p>
          </div>
        </li>
      )}
    </ol>
  );
}

/** For each turn, the number of the main question it belongs to. */
function numberQuestions(turns: readonly TranscriptTurn[]): number[] {
  let count = 0;
  return turns.map((turn) => (turn.kind === "question" ? (count += 1) : count));
}

function InterviewerTurn(props: {
  label: string;
  text: string;
  kind: TranscriptTurn["kind"];
  interrupted: boolean;
  notice: string | undefined;
  open: boolean;
}) {
  return (
    <div className={`turn turn-interviewer turn-${props.kind}${props.open ? " is-open" : ""}`}>
      <p className="turn-label">
        {props.label}
        {props.interrupted ? (
          <span className="turn-flag"> · cut your last answer short</span>
        ) : null}
        {props.open ? <span className="turn-flag"> · your turn</span> : null}
      </p>
      <p className="turn-text">{props.text}</p>
      {props.notice === undefined ? null : (
        <p className="turn-notice" role="note">
          {props.notice}
        </p>
      )}
    </div>
  );
}

/** One of the candidate's answers: its words, its score, and its whole analysis on request. */
function CandidateAnswer(props: { answer: AnsweredText; context?: AnswerContextInput }) {
  const { text, analysis } = props.answer;
  const [expanded, setExpanded] = useState(false);
  const reportId = useId();
  return (
    <>
      <div className="turn turn-candidate">
        <p className="turn-label">You</p>
        <p className="turn-text">{text}</p>
        <div className="turn-answer-footer">
          <ScoreBadge overall={analysis.overall} readsAs={analysis.readsAs} />
          <button
            type="button"
            className="link-button"
            aria-expanded={expanded}
            aria-controls={reportId}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? "Hide analysis" : "Show analysis"}
          </button>
        </div>
      </div>
      {/* Outside the bubble, so the report has the page's width for its two columns. */}
      <div id={reportId} className="turn-analysis" hidden={!expanded}>
        {expanded ? (
          <AnalysisReport
            text={text}
            analysis={analysis}
            // With what it was analysed as, the report can ask a second opinion on the same answer.
            {...(props.context === undefined ? {} : { input: { ...props.context, text } })}
          />
        ) : null}
      </div>
    </>
  );
}
