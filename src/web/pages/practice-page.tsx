import { useEffect, useMemo, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import type { Analysis, AnalysisKind, AnalyzeInput } from "../../core/analysis/index.ts";
import { ANSWER_KINDS } from "../../core/content/schema.ts";
import type { QuestionList, QuestionSummary } from "../../core/api/questions.ts";
import { ApiError } from "../api/client.ts";
import { analyzePracticeAnswer } from "../api/practice.ts";
import { AnalysisReport } from "../components/analysis-report.tsx";
import { PracticeHistory } from "../components/practice-history.tsx";
import { RefinementPanel } from "../components/refinement-panel.tsx";
import {
  HowItSounded,
  joinTranscript,
  RecordAnswer,
  type SpokenAnswer,
} from "../components/record-answer.tsx";
import { VideoReview } from "../components/video-review.tsx";
import { keepRecording } from "../speech/video-store.ts";
import { useApi } from "../hooks/use-api.ts";
import { tabDraftStore } from "../hooks/draft-stores.ts";
import { useAutosave } from "../hooks/use-autosave.ts";

const KIND_LABELS: Record<AnalysisKind, string> = {
  values: "Values story or dilemma",
  behavioral: "Behavioral story",
  why: "Why this company",
  opinion: "An opinion or view",
  pushback: "A reply to pushback on your view",
};

const OWN_KINDS: readonly AnalysisKind[] = [...ANSWER_KINDS, "pushback"];

const OWN_QUESTION = "";

/** Answer a question and see, at once and offline, how the answer reads and why. */
export function PracticePage() {
  const [params, setParams] = useSearchParams();
  const bank = useApi<QuestionList>("/questions");
  const spoken =
    bank.status === "ready" ? bank.data.questions.filter((q) => q.answerKind !== undefined) : [];
  const questionId = params.get("question") ?? OWN_QUESTION;
  const chosen = spoken.find((question) => question.id === questionId);

  const [ownQuestion, setOwnQuestion] = useState("");
  const [ownKind, setOwnKind] = useState<AnalysisKind>("behavioral");
  const [view, setView] = useState("");
  const [challenge, setChallenge] = useState("");
  // The answer being typed stays in this tab, one per question, so a reload brings it back.
  const draftKey = `candor:practice-draft:${chosen?.id ?? "own"}`;
  const draftStore = useMemo(() => tabDraftStore(draftKey), [draftKey]);
  const { value: answer, setValue: setAnswer } = useAutosave(draftKey, "", draftStore);
  const [keep, setKeep] = useState(true);
  // What is in the box when a transcript arrives, which may be later than the render that asked.
  const latestAnswer = useRef(answer);
  useEffect(() => {
    latestAnswer.current = answer;
  }, [answer]);
  // The last spoken answer's figures; shown beside the analysis of the text it gave.
  const [heard, setHeard] = useState<SpokenAnswer | undefined>();
  const [result, setResult] = useState<
    { text: string; analysis: Analysis; input: AnalyzeInput; attemptId?: string } | undefined
  >();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // Raised each time an attempt is kept, so the history reads it.
  const [kept, setKept] = useState(0);

  const kind: AnalysisKind = chosen?.answerKind ?? ownKind;
  const questionText = chosen?.prompt ?? ownQuestion;

  async function analyze() {
    setBusy(true);
    setError(undefined);
    try {
      if (kind === "pushback" && (view.trim() === "" || challenge.trim() === "")) {
        setResult(undefined);
        setError("A reply to pushback is read against your view and the challenge: fill in both.");
        return;
      }
      const input: AnalyzeInput = {
        text: answer,
        kind,
        ...(questionText.trim() === "" ? {} : { question: questionText }),
        ...(kind === "pushback" ? { view, challenge } : {}),
      };
      // The server runs the same offline coach, and keeps the attempt unless asked not to.
      const { attemptId, ...analysis } = await analyzePracticeAnswer({
        ...input,
        ...(chosen === undefined ? {} : { questionId: chosen.id }),
        record: keep,
      });
      setResult({
        text: answer,
        analysis,
        input,
        ...(attemptId === undefined ? {} : { attemptId }),
      });
      if (attemptId !== undefined) setKept((count) => count + 1);
    } catch (caught) {
      setResult(undefined);
      setError(caught instanceof ApiError ? caught.message : "The answer could not be analysed.");
    } finally {
      setBusy(false);
    }
  }

  // The answer box is kept per question: shown before the bank says which question the link
  // names, it would take typing under the wrong draft and then empty itself when the bank came.
  if (params.get("question") !== null && bank.status === "loading") {
    return (
      <div className="page practice">
        <header className="page-header">
          <h1>Practise an answer</h1>
        </header>
        <p role="status">Loading the question…</p>
      </div>
    );
  }

  return (
    <div className="page practice">
      <header className="page-header">
        <h1>Practise an answer</h1>
        <p className="lede">
          Answer as you would aloud. The coach runs offline, in milliseconds, and points at the
          words behind every judgement.
        </p>
      </header>

      <form
        className="practice-form"
        onSubmit={(event) => {
          event.preventDefault();
          void analyze();
        }}
      >
        <div className="field">
          <label htmlFor="practice-question">Question</label>
          <select
            id="practice-question"
            value={chosen === undefined ? OWN_QUESTION : chosen.id}
            onChange={(event) => {
              const next = new URLSearchParams(params);
              if (event.target.value === OWN_QUESTION) next.delete("question");
              else next.set("question", event.target.value);
              setParams(next, { replace: true });
            }}
          >
            <option value={OWN_QUESTION}>Type your own question…</option>
            <QuestionOptions questions={spoken} />
          </select>
        </div>
        {chosen === undefined ? (
          <div className="practice-own">
            <div className="field">
              <label htmlFor="own-question">Your question</label>
              <input
                id="own-question"
                value={ownQuestion}
                placeholder="e.g. Tell me about a time you changed your mind."
                onChange={(event) => setOwnQuestion(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="own-kind">Kind of question</label>
              <select
                id="own-kind"
                value={ownKind}
                onChange={(event) => setOwnKind(event.target.value as AnalysisKind)}
              >
                {OWN_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {KIND_LABELS[value]}
                  </option>
                ))}
              </select>
            </div>
            {ownKind === "pushback" ? (
              <>
                <div className="field">
                  <label htmlFor="pushback-view">The view you stated</label>
                  <input
                    id="pushback-view"
                    value={view}
                    placeholder="e.g. Every change should need two approvals."
                    onChange={(event) => setView(event.target.value)}
                  />
                </div>
                <div className="field">
                  <label htmlFor="pushback-challenge">The interviewer's challenge</label>
                  <input
                    id="pushback-challenge"
                    value={challenge}
                    placeholder="e.g. Doesn't that just double the review queue?"
                    onChange={(event) => setChallenge(event.target.value)}
                  />
                </div>
              </>
            ) : null}
          </div>
        ) : (
          <p className="practice-chosen">
            <strong>{chosen.prompt}</strong> <span className="muted">({KIND_LABELS[kind]})</span>
          </p>
        )}
        <div className="field">
          <label htmlFor="practice-answer">Your answer</label>
          <textarea
            id="practice-answer"
            rows={10}
            value={answer}
            onChange={(event) => setAnswer(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
                event.preventDefault();
                void analyze();
              }
            }}
          />
          <RecordAnswer
            onTranscript={(transcript) =>
              setAnswer(joinTranscript(latestAnswer.current, transcript))
            }
            onSpeech={setHeard}
          />
          <p className="field-hint">
            {countWords(answer)} words · about {(countWords(answer) / 150).toFixed(1)} min spoken ·
            Ctrl+Enter analyses
          </p>
        </div>
        <label className="keep-option">
          <input
            type="checkbox"
            checked={keep}
            onChange={(event) => setKeep(event.target.checked)}
          />
          <span>Keep this attempt in my history</span>
        </label>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? "Analysing…" : "Analyse"}
        </button>
        {error === undefined ? null : (
          <p role="alert" className="inline-error">
            {error}
          </p>
        )}
      </form>

      {heard === undefined ? null : (
        <HowItSounded
          spoken={heard}
          onKeep={() => keepRecording({ prompt: questionText, ...heard })}
        />
      )}
      <VideoReview prompt={questionText} />
      {result === undefined ? null : (
        <>
          <p className="muted attempt-kept" role="status">
            {result.attemptId === undefined ? (
              "Not kept in your history."
            ) : (
              <>
                Kept in your history.{" "}
                <Link to={`/practice/attempts/${result.attemptId}`}>Open this attempt</Link>
              </>
            )}
          </p>
          <AnalysisReport text={result.text} analysis={result.analysis} input={result.input} />
          {result.input.kind === "pushback" ? null : (
            <RefinementPanel
              // A new analysis is a new draft: the suggestion for the last one goes.
              key={result.attemptId ?? result.text}
              input={{ ...result.input, kind: result.input.kind }}
              onUse={(text) => {
                setAnswer(text);
                document.getElementById("practice-answer")?.focus();
              }}
            />
          )}
        </>
      )}

      <PracticeHistory questionId={chosen?.id} revision={kept} />
    </div>
  );
}

function QuestionOptions(props: { questions: readonly QuestionSummary[] }) {
  const groups = new Map<string, QuestionSummary[]>();
  for (const question of props.questions) {
    groups.set(question.category, [...(groups.get(question.category) ?? []), question]);
  }
  return (
    <>
      {[...groups].map(([category, questions]) => (
        <optgroup key={category} label={category}>
          {questions.map((question) => (
            <option key={question.id} value={question.id}>
              {question.prompt}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}
