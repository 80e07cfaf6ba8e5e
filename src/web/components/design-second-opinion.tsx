import type { DesignSecondOpinionAnswer } from "../../core/api/design-reviews.ts";
import { STEP_TITLES } from "../../core/design/steps.ts";
import { apiRequest } from "../api/client.ts";
import { useModelOpinion } from "../hooks/use-model-opinion.ts";
import { AskModel } from "./ask-model.tsx";

const OFFLINE_WORDS = ["missing", "thin", "strong", "strong"] as const;

/**
 * A second opinion on a design from the configured language model, on demand, beside the offline
 * review and never in its place: each step's verdict with the design's own words behind it, and
 * whether the offline review agrees. Hidden when no model is configured.
 */
export function DesignSecondOpinion(props: {
  questionId: string;
  text: string;
  diagram?: unknown;
}) {
  const { model, state, ask } = useModelOpinion(() =>
    apiRequest<DesignSecondOpinionAnswer>("/design-reviews/second-opinion", {
      method: "POST",
      body: {
        questionId: props.questionId,
        text: props.text,
        ...(props.diagram === undefined ? {} : { diagram: props.diagram }),
      },
    }),
  );
  if (model === undefined) return null;

  return (
    <section className="second-opinion" aria-label="Second opinion on the design">
      <h3>Second opinion</h3>
      <AskModel
        model={model}
        state={state}
        ask={ask}
        request="for a second opinion"
        hint="It judges the same design step by step; the review above stays as it is."
      >
        {(answer) => <DesignVerdict answer={answer} />}
      </AskModel>
    </section>
  );
}

function DesignVerdict(props: { answer: DesignSecondOpinionAnswer }) {
  const { secondOpinion, comparison, offline, model } = props.answer;
  return (
    <div className="second-opinion-result">
      <p className="second-opinion-score">
        {secondOpinion.overall === undefined ? (
          <>No score from {model}: none of the words it quoted for one were in your design.</>
        ) : (
          <>
            {model} gives <strong>{secondOpinion.overall}/5</strong>; the offline review gives{" "}
            {offline.overall}/5.
          </>
        )}
      </p>
      <ul className="second-opinion-flags">
        {secondOpinion.steps.map((step) => {
          const against = comparison.find((c) => c.step === step.step);
          return (
            <li key={step.step}>
              <strong>{STEP_TITLES[step.step]}</strong>: {step.verdict}
              {against?.agrees === false
                ? ` (the offline review: ${OFFLINE_WORDS[against.offline] ?? "missing"})`
                : " (the offline review agrees)"}
              . {step.comment}{" "}
              {step.evidence.map((e) => (
                <q key={e.start}>{e.quote}</q>
              ))}
            </li>
          );
        })}
      </ul>
      {secondOpinion.droppedQuotes > 0 ? (
        <p className="muted">
          {secondOpinion.droppedQuotes} quote{secondOpinion.droppedQuotes === 1 ? "" : "s"} the
          model gave {secondOpinion.droppedQuotes === 1 ? "was" : "were"} not in your design and{" "}
          {secondOpinion.droppedQuotes === 1 ? "was" : "were"} dropped, with any verdict that rested
          on {secondOpinion.droppedQuotes === 1 ? "it" : "them"}.
        </p>
      ) : null}
    </div>
  );
}
