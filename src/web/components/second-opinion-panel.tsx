import type { FlagCode } from "../../core/analysis/index.ts";
import type { SecondOpinionRequest } from "../../core/api/second-opinion.ts";
import { requestSecondOpinion, type SecondOpinionAnswer } from "../api/second-opinion.ts";
import { useModelOpinion } from "../hooks/use-model-opinion.ts";
import { AskModel } from "./ask-model.tsx";

function FlagCodes(props: { codes: readonly FlagCode[]; empty: string }) {
  if (props.codes.length === 0) return <span className="muted">{props.empty}</span>;
  return (
    <>
      {props.codes.map((code) => (
        <code key={code} className="flag-chip">
          {code}
        </code>
      ))}
    </>
  );
}

function Verdict(props: { answer: SecondOpinionAnswer }) {
  const { secondOpinion, comparison, offline, model } = props.answer;
  const difference = comparison.overallDifference;
  return (
    <div className="second-opinion-result">
      <p className="second-opinion-score">
        {secondOpinion.overall === undefined ? (
          <>No score from {model}: none of the words it quoted for one were in your answer.</>
        ) : (
          <>
            {model} gives <strong>{secondOpinion.overall}/5</strong>
            {difference === 0
              ? ", the same as the offline coach."
              : `, ${Math.abs(difference ?? 0)} ${Math.abs(difference ?? 0) === 1 ? "point" : "points"} ${(difference ?? 0) > 0 ? "above" : "below"} the offline coach's ${offline.overall}.`}
          </>
        )}{" "}
        It reads the answer as <strong>{secondOpinion.readsAs}</strong>
        {comparison.readsAsAgrees ? ", as the coach does." : `; the coach says ${offline.readsAs}.`}
      </p>
      {secondOpinion.overallEvidence.length > 0 ? (
        <p className="muted">
          Its score rests on:{" "}
          {secondOpinion.overallEvidence.map((e) => (
            <q key={e.start}>{e.quote}</q>
          ))}
        </p>
      ) : null}
      <dl className="second-opinion-comparison">
        <dt>Both flag</dt>
        <dd>
          <FlagCodes codes={comparison.agreed} empty="nothing in common" />
        </dd>
        <dt>Only the offline coach flags</dt>
        <dd>
          <FlagCodes codes={comparison.offlineOnly} empty="nothing" />
        </dd>
        <dt>Only {model} flags</dt>
        <dd>
          <FlagCodes codes={comparison.secondOnly} empty="nothing" />
        </dd>
      </dl>
      {secondOpinion.flags.length > 0 ? (
        <ul className="second-opinion-flags">
          {secondOpinion.flags.map((flag) => (
            <li key={flag.code}>
              <code>{flag.code}</code> {flag.message}{" "}
              {flag.evidence.map((e) => (
                <q key={e.start}>{e.quote}</q>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
      {secondOpinion.droppedQuotes > 0 ? (
        <p className="muted">
          {secondOpinion.droppedQuotes} quote{secondOpinion.droppedQuotes === 1 ? "" : "s"} the
          model gave {secondOpinion.droppedQuotes === 1 ? "was" : "were"} not in your answer and{" "}
          {secondOpinion.droppedQuotes === 1 ? "was" : "were"} dropped, with anything that rested on{" "}
          {secondOpinion.droppedQuotes === 1 ? "it" : "them"}.
        </p>
      ) : null}
    </div>
  );
}

/**
 * A second opinion on demand from the configured language model: shown beside the offline
 * analysis, never in its place, and only with quotes that are in the answer. Hidden when no
 * model is configured.
 */
export function SecondOpinionPanel(props: { input: SecondOpinionRequest }) {
  const { model, state, ask } = useModelOpinion(() => requestSecondOpinion(props.input));
  if (model === undefined) return null;

  return (
    <section className="second-opinion" aria-label="Second opinion">
      <h3>Second opinion</h3>
      <AskModel
        model={model}
        state={state}
        ask={ask}
        request="for a second opinion"
        hint="It judges the same answer on the same rubric; the offline coach's result above stays as it is."
      >
        {(answer) => <Verdict answer={answer} />}
      </AskModel>
    </section>
  );
}
