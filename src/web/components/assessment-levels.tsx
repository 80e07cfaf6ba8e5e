import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import type { SessionView, UnlockedLevelView } from "../api/assessments.ts";

/** A spec's own headings sit under the page's: its title becomes a level-2 heading, and so on. */
const SHIFTED_HEADINGS: Components = {
  h1: ({ children }) => <h2>{children}</h2>,
  h2: ({ children }) => <h3>{children}</h3>,
  h3: ({ children }) => <h4>{children}</h4>,
};

/** A level's specification (Markdown), its headings one step down. */
export function LevelSpec(props: { level: UnlockedLevelView }) {
  return (
    <div className="prose assessment-spec">
      <Markdown remarkPlugins={[remarkGfm]} components={SHIFTED_HEADINGS}>
        {props.level.spec}
      </Markdown>
    </div>
  );
}

/** Every level in order: passed, open (the current one) or locked, with its weight. */
export function LevelTrack(props: { session: SessionView }) {
  return (
    <ol className="level-track" aria-label="Levels">
      {props.session.levels.map((level) => {
        const state = !level.unlocked ? "locked" : level.passed ? "passed" : "open";
        const current = level.level === props.session.currentLevel;
        return (
          <li
            key={level.level}
            className={`level-step is-${state}${current ? " is-current" : ""}`}
            aria-current={current ? "step" : undefined}
          >
            <span className="level-step-number" aria-hidden="true">
              {state === "passed" ? "✓" : String(level.level)}
            </span>
            <span className="level-step-text">
              <span className="level-step-title">
                Level {String(level.level)}: {level.title}
              </span>
              <span className="level-step-state">
                {STATE_LABELS[state]} · weight {String(level.weight)}
                {level.unlocked && level.result !== null && !level.passed
                  ? ` · best ${String(level.result.passed)}/${String(level.result.total)}`
                  : ""}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

const STATE_LABELS = { passed: "Passed", open: "Open", locked: "Locked" } as const;

/** Earlier levels' specs, each folded away under its title: still there to reread. */
export function EarlierLevels(props: { levels: UnlockedLevelView[] }) {
  if (props.levels.length === 0) return null;
  return (
    <section className="earlier-levels" aria-label="Earlier levels">
      {props.levels.map((level) => (
        <details key={level.level} className="earlier-level">
          <summary>
            Level {String(level.level)}: {level.title}
            <span className="muted"> — passed, still in force</span>
          </summary>
          <LevelSpec level={level} />
        </details>
      ))}
    </section>
  );
}
