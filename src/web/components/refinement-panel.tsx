import { useState } from "react";
import { DIMENSIONS } from "../../core/analysis/index.ts";
import type { Refinement } from "../../core/api/refinements.ts";
import type { SecondOpinionRequest } from "../../core/api/second-opinion.ts";
import { composeText } from "../../core/refine/pieces.ts";
import { apiRequest } from "../api/client.ts";
import { DIMENSION_NAMES } from "../api/progress.ts";
import { useModelOpinion } from "../hooks/use-model-opinion.ts";
import { AskModel } from "./ask-model.tsx";

/**
 * Draft first, then a suggestion: once the candidate's own answer is analysed, the configured
 * model may suggest a refinement of it, shown as changes to take or leave one by one, with the
 * offline coach's scores of both. Hidden when no model is configured.
 */
export function RefinementPanel(props: {
  input: SecondOpinionRequest;
  onUse: (text: string) => void;
}) {
  const { model, state, ask } = useModelOpinion(() =>
    apiRequest<Refinement>("/refinements", { method: "POST", body: props.input }),
  );
  if (model === undefined) return null;
  return (
    <section className="panel refinement" aria-label="Suggested refinement">
      <h3>Refine your draft</h3>
      <AskModel
        model={model}
        state={state}
        ask={ask}
        request="to suggest a refinement"
        hint="Your draft stays as it is: you take or leave each change, and see both scored."
      >
        {(answer) => <RefinementResult refinement={answer} onUse={props.onUse} />}
      </AskModel>
    </section>
  );
}

function RefinementResult(props: { refinement: Refinement; onUse: (text: string) => void }) {
  const { refinement } = props;
  const [taken, setTaken] = useState<ReadonlySet<number>>(new Set());
  const changes = refinement.pieces.flatMap((piece, index) =>
    piece.kind === "change" ? [index] : [],
  );
  const composed = composeText(refinement.pieces, taken);
  const toggle = (index: number, take: boolean) =>
    setTaken((current) => {
      const next = new Set(current);
      if (take) next.add(index);
      else next.delete(index);
      return next;
    });

  if (changes.length === 0) {
    return <p>{refinement.model} suggests no change to your draft.</p>;
  }
  return (
    <div className="refinement-result">
      <ScoresSideBySide refinement={refinement} />
      {refinement.newSpecifics.length === 0 ? null : (
        <p className="refinement-warning" role="note">
          The suggestion adds what your draft never said:{" "}
          {refinement.newSpecifics.map((specific) => (
            <q key={specific}>{specific}</q>
          ))}
          . Take those changes only if they are true.
        </p>
      )}
      <p className="muted">
        {changes.length} {changes.length === 1 ? "change" : "changes"}: the struck words are yours,
        the underlined ones {refinement.model}’s. You have taken {taken.size}.{" "}
        <button type="button" className="link-button" onClick={() => setTaken(new Set(changes))}>
          Take all
        </button>{" "}
        <button type="button" className="link-button" onClick={() => setTaken(new Set())}>
          Leave all
        </button>
      </p>
      <div className="refinement-pieces">
        {refinement.pieces.map((piece, index) =>
          piece.kind === "same" ? (
            <span key={index}>{piece.text}</span>
          ) : (
            <span
              key={index}
              className={taken.has(index) ? "refinement-change taken" : "refinement-change"}
            >
              {piece.removed === "" ? null : <del>{piece.removed}</del>}
              {piece.added === "" ? null : <ins>{piece.added}</ins>}{" "}
              <span
                className="refinement-choice"
                role="group"
                aria-label={`Change ${String(changes.indexOf(index) + 1)}`}
              >
                <button
                  type="button"
                  aria-pressed={taken.has(index)}
                  onClick={() => toggle(index, true)}
                >
                  Take
                </button>
                <button
                  type="button"
                  aria-pressed={!taken.has(index)}
                  onClick={() => toggle(index, false)}
                >
                  Keep mine
                </button>
              </span>
            </span>
          ),
        )}
      </div>
      <h4>Your answer with the changes you took</h4>
      <p className="refinement-composed">{composed}</p>
      <p>
        <button type="button" className="button" onClick={() => props.onUse(composed)}>
          Put this in the answer box
        </button>{" "}
        <span className="muted">then analyse it again.</span>
      </p>
    </div>
  );
}

/** The offline coach's scores of the draft and of the whole suggestion, side by side. */
function ScoresSideBySide(props: { refinement: Refinement }) {
  const { draft, suggestion } = props.refinement;
  return (
    <div className="table-wrap">
      <table className="data-table refinement-scores">
        <caption>The offline coach on your draft and on the whole suggestion</caption>
        <thead>
          <tr>
            <th scope="col">Score</th>
            <th scope="col" className="numeric">
              Your draft
            </th>
            <th scope="col" className="numeric">
              Suggestion
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Overall</th>
            <td className="numeric">{draft.analysis.overall}</td>
            <td className="numeric">{suggestion.analysis.overall}</td>
          </tr>
          {DIMENSIONS.map((dimension) => (
            <tr key={dimension}>
              <th scope="row">{DIMENSION_NAMES[dimension]}</th>
              <td className="numeric">{draft.analysis.dimensions[dimension]}</td>
              <td className="numeric">{suggestion.analysis.dimensions[dimension]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Flags</th>
            <td className="numeric">{draft.analysis.flags.map((f) => f.code).join(", ") || "—"}</td>
            <td className="numeric">
              {suggestion.analysis.flags.map((f) => f.code).join(", ") || "—"}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
