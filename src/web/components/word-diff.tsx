import { countChangedWords, diffStoryText } from "../../core/stories/word-diff.ts";

/**
 * The word-level difference between two texts. Insertions and deletions are <ins> and <del>, and
 * each says so in words for screen readers, which do not announce those elements by default.
 */
export function WordDiff(props: { before: string; after: string; caption: string }) {
  const parts = diffStoryText(props.before, props.after);
  const { added, removed } = countChangedWords(parts);
  return (
    <figure className="word-diff">
      <figcaption>
        {props.caption}: <span className="diff-added">{added} words added</span>,{" "}
        <span className="diff-removed">{removed} removed</span>
      </figcaption>
      <div className="word-diff-text">
        {parts.map((part, index) => {
          if (part.change === "added") {
            return (
              <ins key={index}>
                <span className="visually-hidden">[added: </span>
                {part.text}
                <span className="visually-hidden">]</span>
              </ins>
            );
          }
          if (part.change === "removed") {
            return (
              <del key={index}>
                <span className="visually-hidden">[removed: </span>
                {part.text}
                <span className="visually-hidden">]</span>
              </del>
            );
          }
          return <span key={index}>{part.text}</span>;
        })}
      </div>
    </figure>
  );
}
