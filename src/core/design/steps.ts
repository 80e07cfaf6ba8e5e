// The steps of a system-design answer and the headings that name them: shared by the review, the
// content check and the web app, so free of the NLP.

/** The steps of a design round, in the order they are delivered. */
export const DESIGN_STEPS = [
  "requirements",
  "estimation",
  "api",
  "data-model",
  "high-level",
  "deep-dives",
  "failure-modes",
  "trade-offs",
] as const;
export type DesignStep = (typeof DESIGN_STEPS)[number];

/** What each step is called on the page and in the template's headings. */
export const STEP_TITLES: Readonly<Record<DesignStep, string>> = {
  requirements: "Requirements",
  estimation: "Estimation",
  api: "API",
  "data-model": "Data model",
  "high-level": "High-level design",
  "deep-dives": "Deep dives",
  "failure-modes": "Failure modes",
  "trade-offs": "Trade-offs",
};

/** Words in a heading that name its step; the first step whose pattern matches wins. */
const HEADING_PATTERNS: readonly (readonly [DesignStep, RegExp])[] = [
  ["failure-modes", /\bfailure|\bdegrad|\breliab|\bresilien|\boutage/i],
  ["trade-offs", /\btrade[- ]?offs?\b|\balternatives?\b/i],
  ["deep-dives", /\bdeep[- ]?dives?\b|\bdetails?\b/i],
  [
    "estimation",
    /\bestimat|\bcapacity|\bback[- ]of[- ](the[- ])?envelope|\bsizing|\bscale numbers/i,
  ],
  ["requirements", /\brequirements?\b|\bgoals\b|\bscope\b/i],
  ["api", /\bapis?\b|\binterfaces?\b|\bendpoints?\b/i],
  ["data-model", /\bdata[- ]?model|\bschema|\bstorage|\bdata\b/i],
  ["high-level", /\bhigh[- ]level|\barchitecture|\boverview|\bcomponents?\b|\bdesign\b/i],
];

const HEADING =
  /^\s{0,3}(?:#{1,6}\s+(.+?)\s*#*\s*|\*\*(.+?)\*\*:?\s*|([A-Z][A-Za-z /&-]{2,40}):\s*)$/;

/** The step a heading line names, if any. */
export function stepOfHeading(line: string): DesignStep | undefined {
  const match = HEADING.exec(line);
  const title = match?.[1] ?? match?.[2] ?? match?.[3];
  if (title === undefined) return undefined;
  return HEADING_PATTERNS.find(([, pattern]) => pattern.test(title))?.[0];
}
