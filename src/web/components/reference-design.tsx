import { useEffect, useState } from "react";
import Markdown from "react-markdown";
import remarkGfm from "remark-gfm";
import type { ReferenceDesignView } from "../../core/api/design-reviews.ts";
import { fetchReferenceDesign } from "../api/design-sessions.ts";

/**
 * A strong answer to the question, offered only once the candidate's own design has been reviewed
 * (the panel renders this after a review), folded until asked for. A question without one shows
 * nothing at all.
 */
export function ReferenceDesign(props: { questionId: string }) {
  const [reference, setReference] = useState<ReferenceDesignView | undefined>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetchReferenceDesign(props.questionId, controller.signal).then(
      setReference,
      (cause: unknown) => {
        if (cause instanceof DOMException && cause.name === "AbortError") return;
        setFailed(true);
      },
    );
    return () => controller.abort();
  }, [props.questionId]);

  if (failed) {
    return <p className="field-hint">The reference design could not be loaded.</p>;
  }
  if (reference === undefined) return null;
  const missing = reference.review.steps.reduce((sum, step) => sum + step.missing.length, 0);
  return (
    <details className="reference-design">
      <summary>Compare with a reference design</summary>
      <p className="field-hint">
        One strong answer in the same template, written for this question: the review gives it{" "}
        {reference.review.overall}/5
        {missing === 0 ? ", with nothing missing" : ""}. Yours need not match it; compare what each
        step commits to, and the numbers it uses.
      </p>
      <div className="prose reference-design-text">
        <Markdown remarkPlugins={[remarkGfm]}>{reference.text}</Markdown>
      </div>
    </details>
  );
}
