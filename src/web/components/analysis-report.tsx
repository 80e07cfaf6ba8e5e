import { useId, useState } from "react";
import type { AnalyzeInput } from "../../core/analysis/index.ts";
import {
  DIMENSIONS,
  type Analysis,
  type FlagCode,
  type Stance,
} from "../../core/analysis/types.ts";
import { HighlightedAnswer } from "./highlighted-answer.tsx";
import { SecondOpinionPanel } from "./second-opinion-panel.tsx";

const READS_AS_LABEL: Record<Analysis["readsAs"], string> = {
  genuine: "Reads as genuine",
  mixed: "Reads as mixed",
  "alignment-signaling": "Reads as alignment-signaling",
};

/**
 * Scores, flags with their evidence marked in the answer, and suggestions; with `input` (the
 * question and kind the answer was analysed for), a second opinion on demand when a language
 * model is configured.
 */
export function AnalysisReport(props: { text: string; analysis: Analysis; input?: AnalyzeInput }) {
  const { analysis } = props;
  const [activeFlag, setActiveFlag] = useState<FlagCode | undefined>();
  // A page can show several reports (an interview's answers), so each heading id is unique.
  const headingId = useId();
  return (
    <section className="analysis" aria-labelledby={headingId}>
      <div className="analysis-summary">
        <h2 id={headingId}>
          Overall <span className="overall-score">{analysis.overall}</span>
          <span className="overall-of">/5</span>
        </h2>
        <p className={`reads-as reads-as-${analysis.readsAs}`}>
          {READS_AS_LABEL[analysis.readsAs]}
        </p>
        <p className="analysis-stats">
          {analysis.stats.words} words · about {analysis.stats.minutesSpoken.toFixed(1)} min spoken
          · “I” {analysis.stats.firstPersonSingular} · “we” {analysis.stats.firstPersonPlural}
        </p>
      </div>

      {analysis.stance === undefined ? null : <StanceVerdict stance={analysis.stance} />}

      <table className="dimension-table">
        <caption className="visually-hidden">Scores by dimension</caption>
        <tbody>
          {DIMENSIONS.map((dimension) => (
            <tr key={dimension}>
              <th scope="row">{dimension}</th>
              <td>
                <span
                  className="score-dots"
                  role="img"
                  aria-label={`${String(analysis.dimensions[dimension])} out of 5`}
                >
                  {[1, 2, 3, 4, 5].map((dot) => (
                    <span
                      key={dot}
                      className={dot <= analysis.dimensions[dimension] ? "dot is-on" : "dot"}
                    />
                  ))}
                </span>
              </td>
              <td className="dimension-reason">{analysis.reasons[dimension]}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="analysis-columns">
        <div>
          <h3>Flags</h3>
          {analysis.flags.length === 0 ? (
            <p className="no-flags">No flags: nothing in this answer reads as a gap.</p>
          ) : (
            <ul className="flag-list">
              {analysis.flags.map((flag) => (
                <li key={flag.code}>
                  <button
                    type="button"
                    className={`flag-button evidence-${flag.code}`}
                    aria-pressed={activeFlag === flag.code}
                    onClick={() => setActiveFlag(activeFlag === flag.code ? undefined : flag.code)}
                  >
                    <code>{flag.code}</code>
                  </button>
                  <p>{flag.message}</p>
                </li>
              ))}
            </ul>
          )}
          {analysis.suggestions.length > 0 ? (
            <>
              <h3>What to try</h3>
              <ul className="suggestions">
                {analysis.suggestions.map((suggestion) => (
                  <li key={suggestion}>{suggestion}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <div>
          <h3>
            Evidence
            {activeFlag === undefined ? " (all flags)" : ` for ${activeFlag}`}
          </h3>
          <HighlightedAnswer text={props.text} flags={analysis.flags} activeFlag={activeFlag} />
        </div>
      </div>
      {props.input === undefined || props.input.kind === "pushback" ? null : (
        <SecondOpinionPanel input={{ ...props.input, kind: props.input.kind }} />
      )}
    </section>
  );
}

const STANCE_LABEL: Record<Stance["verdict"], { title: string; meaning: string }> = {
  held: { title: "Held your view", meaning: "You kept your position and gave a reason for it." },
  updated: {
    title: "Updated your view",
    meaning: "You changed or narrowed your position and said what moved you.",
  },
  caved: {
    title: "Caved",
    meaning:
      "You gave your view up without a reason, deferred to the interviewer, or retreated to no position. Interviewers push back to see whether you can hold a reasoned view or change it for a reason.",
  },
};

/** The verdict on a reply to pushback, with the reply's words that decided it. */
function StanceVerdict(props: { stance: Stance }) {
  const label = STANCE_LABEL[props.stance.verdict];
  return (
    <div className={`stance stance-${props.stance.verdict}`}>
      <h3>
        Stance: <span className="stance-verdict">{label.title}</span>
      </h3>
      <p>{label.meaning}</p>
      {props.stance.evidence.length === 0 ? null : (
        <ul className="stance-evidence">
          {props.stance.evidence.map((evidence) => (
            <li key={evidence.start}>
              <q>{evidence.quote}</q>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
