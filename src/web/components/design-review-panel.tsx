import { lazy, Suspense, useId, useMemo, useState } from "react";
import { ApiError, apiRequest } from "../api/client.ts";
import type { DesignReview } from "../../core/api/design-reviews.ts";
import { MAX_DESIGN_CHARS } from "../../core/api/design-reviews.ts";
import { diagramForReview } from "../../core/design/diagram.ts";
import { STEP_TITLES } from "../../core/design/steps.ts";
import type { DiagramElements } from "../diagram/diagram-editor.tsx";
import { loadDiagramEditor } from "../diagram/load-diagram-editor.ts";
import { tabDraftStore } from "../hooks/draft-stores.ts";
import {
  DRAFT_STATUS_TEXT,
  draftStatusLine,
  useAutosave,
  type DraftStore,
} from "../hooks/use-autosave.ts";
import { ErrorNote } from "./status.tsx";
import { ReferenceDesign } from "./reference-design.tsx";
import { DesignSecondOpinion } from "./design-second-opinion.tsx";

/** The template a design answer starts from: one heading per step, in delivery order. */
export const DESIGN_TEMPLATE = Object.values(STEP_TITLES)
  .map((title) => `## ${title}\n\n`)
  .join("");

/** A timed design's draft lives on the server: its status line says so. */
const SERVER_DRAFT_STATUS_TEXT = {
  ...DRAFT_STATUS_TEXT,
  saved: "Saved to your account",
  unsaved: "Not saved yet",
};

/** Excalidraw, fetched when the first design panel opens. */
const DiagramEditor = lazy(loadDiagramEditor);

/** The drawn elements kept as a draft, or none when the draft is empty or unreadable. */
function savedElements(saved: string): DiagramElements {
  if (saved === "") return [];
  try {
    const parsed: unknown = JSON.parse(saved);
    // Excalidraw restores each element it is given, repairing or dropping what is malformed.
    return Array.isArray(parsed) ? (parsed as DiagramElements) : [];
  } catch {
    return [];
  }
}

/**
 * Where a timed design keeps its draft and how it is handed in, instead of the tab and an
 * immediate review: the server's copy, saved as it is written.
 */
export interface DesignSessionHooks {
  key: string;
  textStore: DraftStore<string>;
  diagramStore: DraftStore<string>;
  submit: () => Promise<DesignReview>;
  /** The review already kept, once the design was handed in. */
  review: DesignReview | undefined;
  /** Time is up or the design was handed in: the draft no longer changes. */
  closed: boolean;
}

/** Write a design under the template's headings and have it reviewed offline, step by step. */
export function DesignReviewPanel(props: { questionId: string; session?: DesignSessionHooks }) {
  const { session } = props;
  const draftKey = session?.key ?? `candor:design-draft:${props.questionId}`;
  const store = useMemo(
    () => session?.textStore ?? tabDraftStore(draftKey),
    [draftKey, session?.textStore],
  );
  const textDraft = useAutosave(draftKey, DESIGN_TEMPLATE, store);
  const { value: text, setValue: setText } = textDraft;
  // The diagram's elements (no app state) are kept beside the text, in the same place.
  const diagramKey = `${draftKey}:diagram`;
  const diagramStore = useMemo(
    () => session?.diagramStore ?? tabDraftStore(`candor:design-diagram:${props.questionId}`),
    [props.questionId, session?.diagramStore],
  );
  const diagramDraft = useAutosave(diagramKey, "", diagramStore);
  const elements = useMemo(() => savedElements(diagramDraft.value), [diagramDraft.value]);
  const [review, setReview] = useState<DesignReview | undefined>(session?.review);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const textId = useId();
  const closed = session?.closed === true;

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      setReview(
        session !== undefined
          ? await session.submit()
          : await apiRequest<DesignReview>("/design-reviews", {
              method: "POST",
              body: {
                questionId: props.questionId,
                text,
                ...(elements.length === 0 ? {} : { diagram: diagramForReview(elements) }),
              },
            }),
      );
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The review could not be made.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel design-review" aria-labelledby={`${textId}-heading`}>
      <h2 id={`${textId}-heading`}>Write your design</h2>
      <p className="hint">
        Write under each heading: requirements with numbers, estimates worked out, the calls, the
        data and its keys, the components and how a request flows, failures and how each degrades,
        and what you gave up. The review quotes the sentences that earned each point; a list of
        component names earns nothing.{" "}
        {session === undefined
          ? "Kept in this tab until it closes."
          : "Saved to your account as you write, until time is up."}
      </p>
      <label htmlFor={textId} className="visually-hidden">
        Your design
      </label>
      <textarea
        id={textId}
        className="design-text"
        rows={22}
        maxLength={MAX_DESIGN_CHARS}
        value={text}
        readOnly={closed}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <h3 id={`${textId}-diagram`}>Diagram</h3>
      <p className="hint">
        Draw the components as labelled boxes and join them with arrows. The review reads each label
        and each arrow joined at both ends, and says where the diagram and the text disagree.
      </p>
      <div className="design-diagram" role="group" aria-labelledby={`${textId}-diagram`}>
        {diagramDraft.status === "loading" ? (
          <p className="hint">Loading the diagram…</p>
        ) : (
          <Suspense fallback={<p className="hint">Loading the diagram editor…</p>}>
            <DiagramEditor
              key={props.questionId}
              initial={elements}
              viewOnly={closed}
              onElements={(drawn) => {
                if (!closed) diagramDraft.setValue(drawn.length === 0 ? "" : JSON.stringify(drawn));
              }}
            />
          </Suspense>
        )}
      </div>
      {session === undefined ? null : (
        <p className="draft-status" role="status">
          {draftStatusLine(textDraft, SERVER_DRAFT_STATUS_TEXT)}
        </p>
      )}
      {session !== undefined && review !== undefined ? null : (
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => {
              void submit();
            }}
          >
            {busy ? "Reviewing…" : session === undefined ? "Review my design" : "Hand in my design"}
          </button>
        </div>
      )}
      <ErrorNote>{error}</ErrorNote>
      {review === undefined ? null : <DesignReviewResult review={review} />}
      {review === undefined ? null : (
        <DesignSecondOpinion
          questionId={props.questionId}
          text={text}
          {...(elements.length === 0 ? {} : { diagram: diagramForReview(elements) })}
        />
      )}
      {/* Shown only after an attempt: read first, a reference would be copied, not compared. */}
      {review === undefined ? null : <ReferenceDesign questionId={props.questionId} />}
    </section>
  );
}

/** A design review, step by step: what each step showed (with a quote) and what it lacks. */
export function DesignReviewResult(props: { review: DesignReview }) {
  const { review } = props;
  return (
    <div className="design-review-result" aria-live="polite">
      <p className="design-overall">
        Overall <strong>{review.overall}</strong>/5
      </p>
      <ol className="design-steps">
        {review.steps.map((step) => (
          <li key={step.step} className={`design-step design-step-${String(step.score)}`}>
            <h3>
              {STEP_TITLES[step.step]}{" "}
              <span className="design-step-score" aria-label={`${String(step.score)} of 3`}>
                {"●".repeat(step.score) + "○".repeat(3 - step.score)}
              </span>
            </h3>
            {step.found.length === 0 ? null : (
              <ul className="design-found">
                {step.found.map((found) => (
                  <li key={found.point}>
                    {found.point}
                    {found.evidence[0] === undefined ? null : (
                      <blockquote>{found.evidence[0].quote}</blockquote>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {step.missing.length === 0 ? null : (
              <ul className="design-missing">
                {step.missing.map((missing) => (
                  <li key={missing}>{missing}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {review.suggestions.length === 0 ? null : (
        <>
          <h3>What to work on</h3>
          <ul>
            {review.suggestions.map((suggestion) => (
              <li key={suggestion}>{suggestion}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
