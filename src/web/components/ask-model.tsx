import type { ReactNode } from "react";
import type { OpinionState } from "../hooks/use-model-opinion.ts";

/**
 * The ask for a model's opinion and what came of it: a button naming the model with what it is
 * asked for ("for a second opinion"), a hint beside it, the answer once it has come, and why it
 * failed when it did. The button stays until there is an answer, so a failed ask can be retried.
 */
export function AskModel<T>(props: {
  model: string;
  state: OpinionState<T>;
  ask: () => Promise<void>;
  /** What the model is asked for, after its name: "for a second opinion". */
  request: string;
  hint: ReactNode;
  children: (answer: T) => ReactNode;
}) {
  const { model, state } = props;
  return (
    <>
      {state.kind === "done" ? (
        props.children(state.answer)
      ) : (
        <p>
          <button
            type="button"
            className="button secondary"
            disabled={state.kind === "asking"}
            onClick={() => void props.ask()}
          >
            {state.kind === "asking" ? `Asking ${model}…` : `Ask ${model} ${props.request}`}
          </button>{" "}
          <span className="muted">{props.hint}</span>
        </p>
      )}
      {state.kind === "failed" ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
    </>
  );
}
