import * as Plot from "@observablehq/plot";
import { useEffect, useRef } from "react";
import type { Dimension } from "../../core/analysis/index.ts";
import { DIMENSION_NAMES, describeChange, type DimensionProgress } from "../api/progress.ts";
import { formatSavedAt } from "../api/stories.ts";

/** A point as the plot draws it: its place in the series, its score and when it was kept. */
interface PlottedPoint {
  attempt: number;
  score: number;
  at: Date;
}

/** The mean of each half the change compares, drawn as a level across that half. */
interface HalfMean {
  from: number;
  to: number;
  mean: number;
}

function halfMeans(points: readonly PlottedPoint[]): HalfMean[] {
  const split = Math.floor(points.length / 2);
  const meanOf = (half: readonly PlottedPoint[]) =>
    half.reduce((total, point) => total + point.score, 0) / half.length;
  return [
    { from: 1, to: split, mean: meanOf(points.slice(0, split)) },
    { from: split + 1, to: points.length, mean: meanOf(points.slice(split)) },
  ];
}

/**
 * One dimension's scores in the order they were kept, as an Observable Plot line with a dot per
 * analysis, the change in words beneath the heading, and the same figures as a table for screen
 * readers. The x axis counts analyses rather than days: practice comes in bursts, and the change
 * compares halves of the series, not of the calendar.
 */
export function DimensionPlot(props: { dimension: Dimension; progress: DimensionProgress }) {
  const { dimension, progress } = props;
  const figureRef = useRef<HTMLDivElement>(null);
  const name = DIMENSION_NAMES[dimension];
  const headingId = `progress-${dimension}`;

  useEffect(() => {
    const container = figureRef.current;
    if (container === null) return;
    const points: PlottedPoint[] = progress.points.map((point, index) => ({
      attempt: index + 1,
      score: point.score,
      at: new Date(point.at),
    }));
    const chart = Plot.plot({
      width: 560,
      height: 200,
      marginLeft: 36,
      marginBottom: 36,
      style: { background: "transparent", color: "var(--text)", fontSize: "12px" },
      x: {
        label: "analysis",
        domain: [0.5, Math.max(points.length, 1) + 0.5],
        ticks: Math.min(points.length, 10),
        tickFormat: "d",
      },
      y: {
        label: "score",
        domain: [0.5, 5.5],
        ticks: [1, 2, 3, 4, 5],
        tickFormat: "d",
        grid: true,
      },
      marks: [
        progress.change === null
          ? null
          : Plot.ruleY(halfMeans(points), {
              y: "mean",
              x1: (half: HalfMean) => half.from - 0.3,
              x2: (half: HalfMean) => half.to + 0.3,
              stroke: "var(--muted)",
              strokeDasharray: "5 4",
            }),
        Plot.lineY(points, { x: "attempt", y: "score", stroke: "var(--accent)", strokeWidth: 2 }),
        Plot.dot(points, {
          x: "attempt",
          y: "score",
          r: 4,
          fill: "var(--accent)",
          stroke: "var(--surface)",
          title: (point: PlottedPoint) =>
            `${formatSavedAt(point.at.toISOString())}: ${String(point.score)}/5`,
        }),
      ],
    });
    container.replaceChildren(chart);
    return () => {
      chart.remove();
    };
  }, [name, progress]);

  return (
    <section className="progress-dimension panel" aria-labelledby={headingId}>
      <div>
        <h3 id={headingId}>
          {name} · n = {progress.n}
        </h3>
        <p className="progress-change">{describeChange(progress.change, progress.n)}</p>
      </div>
      <div
        ref={figureRef}
        className="progress-plot"
        role="img"
        aria-label={`${name} scores over time, n = ${String(progress.n)}; the table below lists them`}
      />
      <details className="progress-table">
        <summary>{name} scores as a table</summary>
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">
              {name} score of each analysis, oldest first
            </caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  Analysis
                </th>
                <th scope="col">Kept</th>
                <th scope="col" className="numeric">
                  Score
                </th>
              </tr>
            </thead>
            <tbody>
              {progress.points.map((point, index) => (
                <tr key={index}>
                  <td className="numeric">{index + 1}</td>
                  <td>{formatSavedAt(point.at)}</td>
                  <td className="numeric">{point.score}/5</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
