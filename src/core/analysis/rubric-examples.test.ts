import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "./analyze-answer.ts";
import type { Dimension } from "./types.ts";

// The example answers of docs/rubric.md, each with the score the rubric says it gets; this test
// keeps the document and the analyzer in step.
const QUESTION = "Tell me about a time you were wrong.";

const EXAMPLES: { dimension: Dimension; score: number; text: string }[] = [
  {
    dimension: "honesty",
    score: 1,
    text: "I'm passionate about doing the right thing, and my only weakness is that I care too much. Our mission always comes first for me, and I truly believe in transparency and integrity.",
  },
  {
    dimension: "honesty",
    score: 2,
    text: "I was excited to lead the checkout launch in May, so I argued we should skip the load test to save a week. On launch day checkout fell over at about 2,000 requests a second, and my manager rolled it back within the hour. We ran the load test that week, fixed two slow queries and relaunched the following Monday without problems, and the on-call rota went back to normal after that.",
  },
  {
    dimension: "honesty",
    score: 3,
    text: "I argued we should skip the load test, and the launch slipped a week when checkout fell over.",
  },
  {
    dimension: "honesty",
    score: 4,
    text: "I argued we should skip the load test. When checkout fell over on launch day, I felt sick.",
  },
  {
    dimension: "honesty",
    score: 5,
    text: "I argued we should skip the load test, and that was my mistake. When checkout fell over on launch day, I felt sick.",
  },
  {
    dimension: "ownership",
    score: 1,
    text: "We planned the migration, the team wrote the scripts, and the cutover was done in May.",
  },
  {
    dimension: "ownership",
    score: 2,
    text: "We planned the migration and the team wrote the scripts. I ran the cutover in May.",
  },
  {
    dimension: "ownership",
    score: 3,
    text: "I planned the migration and I wrote the scripts; we ran the cutover, and the team checked the data.",
  },
  {
    dimension: "ownership",
    score: 4,
    text: "I planned the migration, I wrote the scripts and I ran the cutover; we checked the data, and the team signed off.",
  },
  {
    dimension: "ownership",
    score: 5,
    text: "I planned the migration, wrote the scripts and ran the cutover in May; I also checked the data myself.",
  },
  {
    dimension: "reflection",
    score: 1,
    text: "The deadline slipped by a week. The client moved their launch.",
  },
  {
    dimension: "reflection",
    score: 2,
    text: "I missed the deadline by a week. The client moved their launch.",
  },
  {
    dimension: "reflection",
    score: 3,
    text: "I missed the deadline by a week. The client moved their launch. Looking back, the estimate was thin.",
  },
  {
    dimension: "reflection",
    score: 4,
    text: "I missed the deadline by a week. The client moved their launch. In hindsight the estimate was thin, and the lesson was to split the work first.",
  },
  {
    dimension: "reflection",
    score: 5,
    text: "I missed the deadline by a week. The client moved their launch. Looking back, I would have split the work earlier, and since then I add a buffer to every estimate.",
  },
  {
    dimension: "specificity",
    score: 1,
    text: "I helped improve things on a project, and it went well in the end because everyone worked hard together.",
  },
  {
    dimension: "specificity",
    score: 2,
    text: "I helped my manager improve how we handle releases, and it went well in the end because everyone worked hard together.",
  },
  {
    dimension: "specificity",
    score: 3,
    text: "Last year I helped my manager cut our release time by half for 14 services, and it went well in the end.",
  },
  {
    dimension: "specificity",
    score: 4,
    text: "In 2023 I helped my manager cut our release time from two days to four hours for 14 services.",
  },
  {
    dimension: "specificity",
    score: 5,
    text: "In March 2023 I moved our Jenkins release pipeline to GitHub Actions and cut it from two days to four hours for 14 services, which saved the on-call engineer about six hours a week.",
  },
  {
    dimension: "structure",
    score: 1,
    text: "Situation: deploys kept failing. Task: fix them. Action: I added canaries.",
  },
  {
    dimension: "structure",
    score: 2,
    text: "Situation: our deploys kept failing about twice a week during 2022, which annoyed everyone on call. Task: I had to make them reliable. Action: I added canary releases and an automatic rollback.",
  },
  {
    dimension: "structure",
    score: 3,
    text: "Our deploys kept failing twice a week in 2022, so I added canary releases and an automatic rollback. Failures dropped to one a month.",
  },
  {
    dimension: "structure",
    score: 4,
    text: "In 2022 our deploys failed about twice a week, and each failure cost the on-call engineer half a day. I added canary releases that sent five percent of traffic to the new version for ten minutes, and an automatic rollback when errors rose. Within a quarter failures dropped to one a month.",
  },
  {
    dimension: "structure",
    score: 5,
    text: "In 2022 our deploys failed about twice a week, and each failure cost the on-call engineer half a day. I proposed canary releases, built them over three weeks and added an automatic rollback when errors rose. The first month was rough: the rollback fired on noise twice, and I had to tune the thresholds. Within a quarter failures dropped to one a month. If I did it again, I would start with the rollback, because it paid off sooner.",
  },
];

describe("the rubric's example answers", () => {
  it.each(EXAMPLES)("$dimension $score", ({ dimension, score, text }) => {
    const result = analyzeAnswer({ kind: "behavioral", question: QUESTION, text });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.dimensions[dimension]).toBe(score);
  });
});
