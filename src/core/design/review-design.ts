// Reviews a system-design answer step by step: what each step shows, with the sentences that show
// it, what it lacks, and an overall 1–5. A point counts only when a sentence says it with
// something concrete (a number, a named call, a named component doing something), so a list of
// keywords earns little.
import { evidenceAt, type Evidence } from "../analysis/evidence.ts";
import {
  describeConnection,
  mentionsIn,
  readDiagram,
  type Diagram,
  type DiagramReading,
} from "./diagram.ts";
import { sectionDesign, type Unit } from "./sections.ts";
import { DESIGN_STEPS, STEP_TITLES, type DesignStep } from "./steps.ts";

/** What the review needs of the question. */
export interface DesignQuestion {
  readonly prompt: string;
  /** The areas a strong answer covers (the question bank's `areas`). */
  readonly areas: readonly string[];
  /** The figures the estimate must size (the question bank's `numbers`). */
  readonly numbers?: readonly string[];
}

/** One thing a step shows, with the sentences that show it. */
export interface DesignPoint {
  readonly point: string;
  readonly evidence: readonly Evidence[];
}

/** One step's review: 0 (absent) to 3 (every check met). */
export interface StepReview {
  readonly step: DesignStep;
  readonly score: 0 | 1 | 2 | 3;
  readonly found: readonly DesignPoint[];
  readonly missing: readonly string[];
}

/** The whole review (contract: ../shared/DESIGN.md, "Design review"). */
export interface DesignReview {
  readonly overall: 1 | 2 | 3 | 4 | 5;
  readonly steps: readonly StepReview[];
  readonly suggestions: readonly string[];
}

/** A check of one step: its point when met, what is missing when not. */
interface Check {
  readonly point: string;
  readonly missing: string;
  readonly test: (unit: Unit) => boolean;
}

/** At most this many quotes per point: enough to find them, few enough to read. */
const MAX_QUOTES = 3;

const UNIT =
  /\d\s*(?:%|ms\b|s\b|sec|seconds?|minutes?|hours?|days?|qps|rps|tps|req|requests?|tokens?|[kmgtp]b\b|[kmgtp]i?b\/s|bytes?|users?|nines)|\bp\d{2}\b|\b\d+(?:\.\d+)?\s*(?:k|m|b)\b|\bper (?:second|minute|day|user|request)\b/i;
const ARITHMETIC =
  /\d[\d,.]*\s*[kmb]?\s*(?:[×x*/÷]|times|divided by|per)\s*\d|[=≈~]\s*\d|\bso (?:about|roughly|around)? ?\d/i;
const HTTP_CALL = /\b(?:GET|POST|PUT|PATCH|DELETE)\s+\/\S*|\b[a-z][A-Za-z]+\([^)]*\)|\brpc\s+\w+/;
const API_ERRORS =
  /\b[45]\d\d\b|\berrors?\b|\bretry-after\b|\bfails? with\b|\breturns? (?:an? )?(?:error|failure)|\bidempoten/i;
const API_LIMITS =
  /\brate[- ]limit|\bquotas?\b|\bpaginat|\bpage size\b|\bcursor\b|\bmax(?:imum)?\b|\blimit(?:s|ed)?\b|\bbatch size\b|\btimeouts?\b/i;
const KEYS =
  /\b(?:primary|partition|sort|shard|hash|composite|foreign|row)\s+keys?\b|\bkeyed by\b|\bindex(?:es|ed)?\b|\b\w+_id\b|\bid\b/i;
const ACCESS =
  /\b(?:quer(?:y|ies)|look ?ups?|reads?|read by|fetch(?:es)?|scans?|access pattern|range)\b/i;
const COMPONENTS =
  /\b(?:gateway|load balancer|cache|queue|database|db|store|service|worker|cdn|broker|redis|kafka|postgres(?:ql)?|s3|bucket|scheduler|proxy|replica|shard|cluster|index|stream|server|api servers?|coordinator|router)s?\b/gi;
const FLOW =
  /->|→|=>|\b(?:sends?|writes?|reads?|forwards?|calls?|publish(?:es)?|consumes?|streams?|pushes|pulls|routes?|enqueues?|polls?|returns?|fans? out|replicates?)\b/i;
const FAILURE =
  /\b(?:fails?|failures?|down|outages?|crash(?:es)?|dies|unavailable|unreachable|timeouts?|times out|lost|loses|partition(?:ed)?|overload(?:ed)?|slow|stalls?|corrupt)/i;
const DEGRADATION =
  /\b(?:fall(?:s)? back|fallback|degrad|serve stale|stale|fail(?:s)? (?:open|closed)|retr(?:y|ies)|backoff|circuit breaker|shed|queue(?:s|d)? (?:up|the)|read-only|replay|failover|promote|reroute|drop(?:s)? to|smaller model|cached)/i;
const TRADE_OFF =
  /\binstead of\b|\brather than\b|\bover\b|\bversus\b|\bvs\.?\b|\bat the cost of\b|\btrade[- ]?off\b|\bgive up\b|\bthe downside\b|\bthe price\b|\bwe lose\b|\bcheaper but\b|\bbut (?:it|this) (?:costs|means)\b/i;
const MODAL = /\b(?:must|should|shall|needs? to|can|supports?|allows?|lets?)\b/i;

/** How many words a sentence needs before it counts as saying something. */
const MIN_WORDS = 5;
const words = (unit: Unit) => unit.text.split(/\s+/).filter((word) => /\w/.test(word)).length;
const said = (unit: Unit) => words(unit) >= MIN_WORDS;

const CHECKS: Readonly<Record<Exclude<DesignStep, "deep-dives">, readonly Check[]>> = {
  requirements: [
    {
      point: "States what the system must do",
      missing: "Say what the system must do (the functional requirements), in sentences.",
      test: (unit) => said(unit) && MODAL.test(unit.text),
    },
    {
      point: "Makes a quality measurable",
      missing:
        "Give a non-functional requirement a number: latency at a percentile, availability, throughput.",
      test: (unit) => UNIT.test(unit.text),
    },
  ],
  estimation: [
    {
      point: "Works the numbers out",
      missing:
        "Compute the estimates (peak requests per second, storage, bandwidth) from the inputs.",
      test: (unit) => ARITHMETIC.test(unit.text) && (unit.text.match(/\d/g)?.length ?? 0) >= 2,
    },
    {
      point: "Puts a unit on each estimate",
      missing: "Give each estimate its unit: requests per second, bytes, tokens.",
      test: (unit) => UNIT.test(unit.text),
    },
  ],
  api: [
    {
      point: "Names the calls",
      missing: "Write the calls out: method and path, or a function with its arguments.",
      test: (unit) => HTTP_CALL.test(unit.text),
    },
    {
      point: "Says what errors the API returns",
      missing: "Say what a caller gets when a call fails or is refused (status, retry advice).",
      test: (unit) => API_ERRORS.test(unit.text),
    },
    {
      point: "States the API's limits",
      missing: "State the limits: rate limits, page sizes, maximum sizes, timeouts.",
      test: (unit) => API_LIMITS.test(unit.text),
    },
  ],
  "data-model": [
    {
      point: "Gives keys or indexes",
      missing: "Name each record's key and the indexes the reads need.",
      test: (unit) => KEYS.test(unit.text),
    },
    {
      point: "Ties the model to how it is read",
      missing: "Say which query each table or key serves (the access pattern).",
      test: (unit) => said(unit) && ACCESS.test(unit.text),
    },
  ],
  "high-level": [
    {
      point: "Names the components",
      missing: "Name the components (gateway, services, stores, queues) and what each does.",
      test: (unit) =>
        said(unit) && (unit.text.match(COMPONENTS)?.length ?? 0) >= 1 && FLOW.test(unit.text),
    },
    {
      point: "Shows how a request flows through them",
      missing: "Walk one request through the components, in order.",
      test: (unit) => (unit.text.match(COMPONENTS)?.length ?? 0) >= 2 && FLOW.test(unit.text),
    },
  ],
  "failure-modes": [
    {
      point: "Names what fails",
      missing: "Name what fails: a node, a store, a dependency, an overload.",
      test: (unit) => said(unit) && FAILURE.test(unit.text),
    },
    {
      point: "Gives a failure its degradation",
      missing:
        "For each failure, say how the system degrades (fallback, stale reads, fail open or closed).",
      test: (unit) => said(unit) && FAILURE.test(unit.text) && DEGRADATION.test(unit.text),
    },
  ],
  "trade-offs": [
    {
      point: "Names the alternative given up",
      missing: 'Name the alternative you rejected and why ("X over Y because …").',
      test: (unit) => said(unit) && TRADE_OFF.test(unit.text),
    },
    {
      point: "Says what the choice costs",
      missing: "Say what the choice costs you: latency, money, consistency, complexity.",
      test: (unit) =>
        said(unit) &&
        /\bcost|\blatency|\bconsisten|\bcomplex|\bslower|\bmore expensive|\bstale|\baccura/i.test(
          unit.text,
        ),
    },
  ],
};

/** Words of an area too common in design writing to show that it was covered. */
const GENERIC = new Set([
  "system",
  "design",
  "use",
  "handle",
  "include",
  "data",
  "model",
  "service",
  "user",
  "failure",
  "mode",
  "time",
  "way",
  "make",
  "rather",
  "versus",
  "give",
]);

const STOP_POS_WORDS = /^(?:and|or|the|a|an|of|to|in|for|with|on|at|by|from|as|its|their)$/;

/** Each area's words, read once: the bank's areas are the same for every review of a question. */
const areaWordsRead = new Map<string, readonly string[]>();

/** An area's content words, as lemmas a sentence can share. */
function areaWords(area: string): readonly string[] {
  const known = areaWordsRead.get(area);
  if (known !== undefined) return known;
  const found = sectionDesign(area).all.flatMap((unit) => unit.lemmas);
  const unique = [...new Set(found)].filter(
    (word) => word.length >= 3 && !GENERIC.has(word) && !STOP_POS_WORDS.test(word),
  );
  areaWordsRead.set(area, unique);
  return unique;
}

/** The sentences that cover an area: those sharing at least two of its words (one if it has few). */
function coverageOf(area: string, units: readonly Unit[]): Unit[] {
  const wanted = areaWords(area);
  const need = wanted.length <= 2 ? 1 : 2;
  return units.filter((unit) => {
    if (!said(unit)) return false;
    const have = new Set(unit.lemmas);
    return wanted.filter((word) => have.has(word)).length >= need;
  });
}

function quotes(text: string, units: readonly Unit[]): Evidence[] {
  return units.slice(0, MAX_QUOTES).map((unit) => evidenceAt(text, unit.start, unit.end));
}

/** A step's score from the share of its checks met. */
function scoreOf(met: number, total: number, present: boolean): StepReview["score"] {
  if (!present || met === 0) return present ? 1 : 0;
  if (met >= total) return 3;
  return met / total >= 0.5 ? 2 : 1;
}

/** What a diagram adds to one check: the point's wording and whether the diagram meets it. */
interface DiagramShowing {
  readonly point: string;
  readonly meets: boolean;
}

function reviewStep(
  text: string,
  step: Exclude<DesignStep, "deep-dives">,
  units: readonly Unit[],
  present: boolean,
  drawn: ReadonlyMap<string, DiagramShowing> = new Map(),
): StepReview {
  const found: DesignPoint[] = [];
  const missing: string[] = [];
  for (const check of CHECKS[step]) {
    const hits = units.filter(check.test);
    const showing = drawn.get(check.point);
    if (hits.length > 0 || showing?.meets === true) {
      found.push({ point: showing?.point ?? check.point, evidence: quotes(text, hits) });
    } else missing.push(check.missing);
  }
  if (!present) missing.unshift(`Add a section headed "${STEP_TITLES[step]}".`);
  return {
    step,
    score: scoreOf(found.length, CHECKS[step].length, present || found.length > 0),
    found,
    missing,
  };
}

/** How many labels a point lists before it says how many more there are. */
const MAX_LISTED = 8;

function listed(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(", ");
  return items.length > MAX_LISTED
    ? `${shown} and ${String(items.length - MAX_LISTED)} more`
    : shown;
}

/**
 * What the diagram shows toward the high-level step's checks: its components name the components,
 * and an arrow bound at both ends shows a request's path.
 */
function diagramShowings(reading: DiagramReading): Map<string, DiagramShowing> {
  const labels = reading.components.map((component) => component.label);
  const [names, flows] = CHECKS["high-level"];
  const showings = new Map<string, DiagramShowing>();
  if (names !== undefined && labels.length > 0) {
    showings.set(names.point, {
      point: `${names.point} (in the diagram: ${listed(labels)})`,
      meets: labels.length >= 2,
    });
  }
  if (flows !== undefined && reading.connections.length > 0) {
    showings.set(flows.point, {
      point: `${flows.point} (in the diagram: ${listed(reading.connections.map(describeConnection))})`,
      meets: true,
    });
  }
  return showings;
}

const COMPONENT = new RegExp(`^${COMPONENTS.source}$`, "i");

/** A component word of the text in its singular form: "caches" is "cache", "redis" stays. */
function componentTerm(match: string): string {
  const lower = match.toLowerCase().replace(/\s+/g, " ");
  if (lower === "db" || lower === "dbs") return "database";
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  const single = lower.slice(0, -1);
  return lower.endsWith("s") && COMPONENT.test(single) ? single : lower;
}

/**
 * Where the diagram and the text disagree: a component drawn that the text never names, and a
 * component the high-level design names that a non-empty diagram lacks.
 */
function disagreements(
  text: string,
  highLevel: readonly Unit[],
  reading: DiagramReading,
): string[] {
  if (reading.components.length === 0) return [];
  const inText = mentionsIn(text);
  const found: string[] = [];
  for (const component of reading.components) {
    if (!inText(component.label)) {
      found.push(
        `The diagram and the text disagree: "${component.label}" is in the diagram, but the text never mentions it.`,
      );
    }
  }
  const labels = reading.components.map((component) => mentionsIn(component.label));
  const terms = new Set(
    highLevel.flatMap((unit) => (unit.text.match(COMPONENTS) ?? []).map(componentTerm)),
  );
  for (const term of terms) {
    if (!labels.some((inLabel) => inLabel(term))) {
      found.push(
        `The diagram and the text disagree: the high-level design names "${term}", but no component in the diagram does.`,
      );
    }
  }
  // A large diagram written up nowhere would otherwise bury the step under one line per label.
  if (found.length <= MAX_LISTED) return found;
  return [
    ...found.slice(0, MAX_LISTED),
    `The diagram and the text disagree in ${String(found.length - MAX_LISTED)} more places.`,
  ];
}

function reviewDeepDives(
  text: string,
  question: DesignQuestion,
  units: readonly Unit[],
  present: boolean,
): StepReview {
  const found: DesignPoint[] = [];
  const missing: string[] = [];
  for (const area of question.areas) {
    const hits = coverageOf(area, units);
    if (hits.length > 0) found.push({ point: `Covers: ${area}`, evidence: quotes(text, hits) });
    else missing.push(`Not covered: ${area}`);
  }
  const total = Math.max(1, question.areas.length);
  const share = found.length / total;
  const score: StepReview["score"] =
    found.length === 0 ? (present ? 1 : 0) : share >= 0.75 ? 3 : share >= 0.4 ? 2 : 1;
  return { step: "deep-dives", score, found, missing };
}

/**
 * The question's own figures added to the estimation step: each is sized when a sentence of the
 * step gives a number and names the figure (two of its words, one if it has few). A step that
 * misses one scores one lower, so an estimate of the wrong things is not a full estimate.
 */
function withFigures(
  review: StepReview,
  text: string,
  question: DesignQuestion,
  units: readonly Unit[],
): StepReview {
  const figures = question.numbers ?? [];
  if (figures.length === 0) return review;
  const found = [...review.found];
  const missing = [...review.missing];
  for (const figure of figures) {
    const hits = coverageOf(figure, units).filter((unit) => /\d/.test(unit.text));
    if (hits.length > 0) found.push({ point: `Sizes: ${figure}`, evidence: quotes(text, hits) });
    else missing.push(`Put a number on this question's figure: ${figure.toLowerCase()}.`);
  }
  const sized = found.length - review.found.length;
  const score =
    sized === figures.length
      ? review.score
      : (Math.max(0, review.score - 1) as StepReview["score"]);
  return { ...review, score: review.found.length === 0 ? review.score : score, found, missing };
}

/** Reviews a design answer against its question. Pure and deterministic. */
export function reviewDesign(
  text: string,
  question: DesignQuestion,
  diagram?: Diagram,
): DesignReview {
  const design = sectionDesign(text);
  const reading = diagram === undefined ? undefined : readDiagram(diagram);
  const steps = DESIGN_STEPS.map((step) => {
    const section = design.sections.get(step);
    // Without headings every step is looked for in the whole answer; with them, in its section.
    const units = design.headed ? (section?.units ?? []) : design.all;
    const present = section !== undefined && section.units.some(said);
    if (step === "deep-dives") {
      // The areas count wherever the answer covers them.
      return reviewDeepDives(
        text,
        question,
        design.all,
        present || (!design.headed && design.all.some(said)),
      );
    }
    if (step === "high-level" && reading !== undefined) {
      const review = reviewStep(text, step, units, present, diagramShowings(reading));
      return { ...review, missing: [...review.missing, ...disagreements(text, units, reading)] };
    }
    if (step === "estimation") {
      return withFigures(reviewStep(text, step, units, present), text, question, units);
    }
    return reviewStep(text, step, units, present);
  });
  const overall = overallOf(steps);
  const suggestions = [...steps]
    .filter((step) => step.missing.length > 0)
    .sort(
      (a, b) => a.score - b.score || DESIGN_STEPS.indexOf(a.step) - DESIGN_STEPS.indexOf(b.step),
    )
    .slice(0, 3)
    .map((step) => `${STEP_TITLES[step.step]}: ${step.missing[0] ?? ""}`);
  if (!design.headed && design.all.length > 0) {
    suggestions.push(
      `Write the answer under the template's headings (${DESIGN_STEPS.map((step) => STEP_TITLES[step]).join(", ")}), so each step is easy to follow.`,
    );
  }
  return { overall, steps, suggestions };
}

/**
 * The overall from the steps' total (0–24): most steps met with something concrete is a 4. A 5
 * needs every step at 2 or more; a step left out caps the overall at 4, and three left out at 3.
 */
function overallOf(steps: readonly StepReview[]): DesignReview["overall"] {
  const total = steps.reduce((sum, step) => sum + step.score, 0);
  const absent = steps.filter((step) => step.score === 0).length;
  const thin = steps.some((step) => step.score <= 1);
  let overall: DesignReview["overall"] =
    total <= 4 ? 1 : total <= 9 ? 2 : total <= 14 ? 3 : total <= 19 ? 4 : 5;
  if (overall === 5 && thin) overall = 4;
  if (absent >= 3 && overall > 3) overall = 3;
  return overall;
}
