// The steps of a system-design answer: shared by the review and the web app, so free of the NLP.

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
