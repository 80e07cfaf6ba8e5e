import type { Analysis, FlagCode } from "../../core/analysis/index.ts";

interface Span {
  start: number;
  end: number;
  codes: FlagCode[];
}

/** Splits the text at every evidence boundary, so overlapping evidence marks cleanly. */
export function segmentByEvidence(
  text: string,
  flags: Analysis["flags"],
): { text: string; codes: FlagCode[] }[] {
  const spans: Span[] = flags.flatMap((flag) =>
    flag.evidence.map((evidence) => ({
      start: evidence.start,
      end: evidence.end,
      codes: [flag.code],
    })),
  );
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: { text: string; codes: FlagCode[] }[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const from = points[index] ?? 0;
    const to = points[index + 1] ?? text.length;
    const codes = [
      ...new Set(spans.filter((s) => s.start <= from && s.end >= to).flatMap((s) => s.codes)),
    ];
    segments.push({ text: text.slice(from, to), codes });
  }
  return segments;
}

/**
 * The answer with the words behind each flag marked. With an active flag only its evidence is
 * marked; otherwise every piece of evidence is.
 */
export function HighlightedAnswer(props: {
  text: string;
  flags: Analysis["flags"];
  activeFlag?: FlagCode | undefined;
}) {
  const segments = segmentByEvidence(props.text, props.flags);
  return (
    <div className="highlighted-answer" aria-label="Your answer with the evidence marked">
      {segments.map((segment, index) => {
        const shown =
          props.activeFlag === undefined
            ? segment.codes
            : segment.codes.filter((code) => code === props.activeFlag);
        if (shown.length === 0) return <span key={index}>{segment.text}</span>;
        return (
          <mark
            key={index}
            className={`evidence evidence-${shown[0] ?? ""}`}
            title={shown.join(", ")}
          >
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
}
