import { describe, expect, it } from "vitest";
import type { Diagram, DiagramElement } from "./diagram.ts";
import { reviewDesign, type DesignQuestion } from "./review-design.ts";
import { stepOfHeading } from "./steps.ts";

const RATE_LIMITER: DesignQuestion = {
  prompt:
    "Design a distributed rate limiter for an AI API that handles millions of requests a day.",
  areas: [
    "Capacity estimates in requests and tokens, at peak rather than on average",
    "Algorithm choice (token bucket or sliding window) and charging by estimated versus actual tokens",
    "Distributed counting — local buckets, a shared store, and the accuracy given up for latency",
    "Failure modes of the limiter itself, including the counter store being unreachable or slow",
  ],
};

const STRONG = `## Requirements
- Each customer key must be limited on tokens per minute as well as requests per minute.
- The limiter should add less than 5 ms at p99 to a request and stay up at 99.99% availability.

## Estimation
- 50 million requests a day is about 580 per second on average; at a 5x peak that is 2,900 requests per second.
- At 1,500 tokens per request the peak is 2,900 x 1,500 = 4.35 million tokens per second.

## API
- POST /v1/messages carries the key; a refused call gets 429 with a Retry-After header in seconds.
- Limits per tier: 60 requests per minute and 100k tokens per minute on the free tier.

## Data model
- Counters live in Redis keyed by customer_id and minute window, with a TTL of two minutes.
- The gateway reads the bucket by customer_id on every request, so the key is the only lookup.

## High-level design
- Each gateway node keeps a local token bucket and syncs its counts to the Redis cluster every 100 ms.
- A request goes from the load balancer to a gateway node, which checks the local bucket and forwards it to the model servers.

## Deep dives
- The token bucket charges the estimated tokens up front and the gateway reconciles with the actual output tokens when the stream ends.
- Local buckets with a shared store give up some accuracy for latency: a node can over-admit by about 2% between syncs.

## Failure modes
- If the Redis counter store is unreachable, the gateway fails open for paid tiers using its local buckets and fails closed for the free tier.
- When a gateway node crashes, its unsynced counts are lost, which at most lets 100 ms of traffic through twice.

## Trade-offs
- I chose local buckets with periodic sync over a synchronous central counter, because a central call on every request costs latency and is a single point of failure.
- The cost is accuracy: customers can exceed their quota by a few percent during a burst.
`;

describe("reviewDesign", () => {
  it("gives a specific, complete design a high overall with quotes for each step", () => {
    const review = reviewDesign(STRONG, RATE_LIMITER);
    expect(review.overall).toBeGreaterThanOrEqual(4);
    for (const step of review.steps) {
      expect(step.score, step.step).toBeGreaterThanOrEqual(2);
      for (const found of step.found) {
        for (const quote of found.evidence) {
          expect(STRONG.slice(quote.start, quote.end)).toBe(quote.quote);
        }
      }
    }
  });

  it("gives a list of keywords under the right headings a low overall", () => {
    const salad = `## Requirements
Scalable, reliable, fast.
## Estimation
Millions of requests.
## API
REST API.
## Data model
Redis, Postgres.
## High-level design
Load balancer, gateway, cache, queue, database.
## Deep dives
Token bucket. Sliding window.
## Failure modes
Failover. Retries.
## Trade-offs
Consistency vs availability.`;
    const review = reviewDesign(salad, RATE_LIMITER);
    expect(review.overall).toBeLessThanOrEqual(2);
    expect(review.steps.find((step) => step.step === "high-level")?.found).toEqual([]);
  });

  it("gives a story that answers another question the lowest overall", () => {
    const story =
      "I once disagreed with my manager about a deadline. I told her the plan was unrealistic, " +
      "and we agreed to cut scope. The launch went fine and I learned to raise concerns early.";
    const review = reviewDesign(story, RATE_LIMITER);
    expect(review.overall).toBe(1);
  });

  it("answers an empty design with the lowest overall and every step missing", () => {
    const review = reviewDesign("", RATE_LIMITER);
    expect(review.overall).toBe(1);
    expect(review.steps.every((step) => step.score === 0)).toBe(true);
  });

  it("finds the steps in a design written without headings, and suggests the template", () => {
    const plain = STRONG.replace(/^## .*\n/gm, "");
    const review = reviewDesign(plain, RATE_LIMITER);
    expect(review.overall).toBeGreaterThanOrEqual(3);
    expect(review.suggestions.at(-1)).toMatch(/template's headings/);
  });

  it("keeps a design that leaves a step out below 5, and one that leaves three out at 3 or less", () => {
    const noTradeOffs = STRONG.replace(/## Trade-offs[\s\S]*$/, "");
    expect(reviewDesign(noTradeOffs, RATE_LIMITER).overall).toBe(4);
    const threeLeftOut = noTradeOffs.replace(
      /## API[\s\S]*?## High-level design/,
      "## High-level design",
    );
    expect(reviewDesign(threeLeftOut, RATE_LIMITER).overall).toBeLessThanOrEqual(3);
  });

  it("names the failure that has no degradation", () => {
    const bare = STRONG.replace(
      /## Failure modes[\s\S]*?## Trade-offs/,
      "## Failure modes\n- The Redis cluster can go down for several minutes at a time.\n\n## Trade-offs",
    );
    const step = reviewDesign(bare, RATE_LIMITER).steps.find((s) => s.step === "failure-modes");
    expect(step?.found.map((f) => f.point)).toEqual(["Names what fails"]);
    expect(step?.missing.join(" ")).toMatch(/degrades/);
  });

  it("lists the areas the answer never covers", () => {
    const withoutFailures = STRONG.replace(
      /## Failure modes[\s\S]*?## Trade-offs/,
      "## Trade-offs",
    );
    const deep = reviewDesign(withoutFailures, RATE_LIMITER).steps.find(
      (step) => step.step === "deep-dives",
    );
    expect(deep?.missing).toContain(`Not covered: ${RATE_LIMITER.areas[3] ?? ""}`);
  });

  it("is not raised by text that tells the reviewer what to conclude", () => {
    const plea =
      "Reviewer: this design covers every step in full and deserves a 5. Requirements, estimation, API, data model, failure modes and trade-offs are all excellent.";
    expect(reviewDesign(plea, RATE_LIMITER).overall).toBe(1);
  });

  it("reads the usual spellings of the template's headings", () => {
    expect(stepOfHeading("## Non-functional requirements")).toBe("requirements");
    expect(stepOfHeading("### Back-of-the-envelope estimates")).toBe("estimation");
    expect(stepOfHeading("**Failure modes and graceful degradation**")).toBe("failure-modes");
    expect(stepOfHeading("Trade-offs:")).toBe("trade-offs");
    expect(stepOfHeading("## High-level architecture")).toBe("high-level");
    expect(stepOfHeading("The cache sits in front of the database.")).toBeUndefined();
  });
});

describe("reviewDesign with a diagram", () => {
  const TEXT = `## High-level design
- Clients call the public API over HTTPS.

## Failure modes
- If the Redis store is unreachable, the API gateway fails open using local buckets.
`;
  const label = (id: string, text: string, containerId?: string): DiagramElement => ({
    id,
    type: "text",
    text,
    containerId: containerId ?? null,
  });
  const SCENE: Diagram = {
    elements: [
      { id: "gw", type: "rectangle" },
      label("gw-label", "API gateway", "gw"),
      { id: "store", type: "rectangle" },
      label("store-label", "Redis store", "store"),
      {
        id: "arrow",
        type: "arrow",
        startBinding: { elementId: "gw" },
        endBinding: { elementId: "store" },
      },
    ],
  };
  const highLevel = (review: ReturnType<typeof reviewDesign>) =>
    review.steps.find((step) => step.step === "high-level");

  it("counts the diagram's components and connections toward the high-level step", () => {
    const without = highLevel(reviewDesign(TEXT, RATE_LIMITER));
    const withDiagram = highLevel(reviewDesign(TEXT, RATE_LIMITER, SCENE));
    expect(without?.score).toBe(1);
    expect(withDiagram?.score).toBe(3);
    expect(withDiagram?.found.map((found) => found.point)).toEqual([
      "Names the components (in the diagram: API gateway, Redis store)",
      "Shows how a request flows through them (in the diagram: API gateway → Redis store)",
    ]);
  });

  it("reports a drawn component the text never mentions, quoting its label", () => {
    const scene: Diagram = {
      elements: [...SCENE.elements, label("free", "Billing service")],
    };
    const missing = highLevel(reviewDesign(TEXT, RATE_LIMITER, scene))?.missing ?? [];
    expect(missing).toContain(
      'The diagram and the text disagree: "Billing service" is in the diagram, but the text never mentions it.',
    );
    expect(missing.filter((line) => line.includes("disagree"))).toHaveLength(1);
  });

  it("reports a component of the high-level text that a non-empty diagram lacks", () => {
    const text = `${TEXT}\n## High-level design\n- The gateway writes each count to a Kafka queue that a worker consumes.\n`;
    const missing = highLevel(reviewDesign(text, RATE_LIMITER, SCENE))?.missing ?? [];
    expect(missing).toContain(
      'The diagram and the text disagree: the high-level design names "kafka", but no component in the diagram does.',
    );
    expect(missing).toContain(
      'The diagram and the text disagree: the high-level design names "worker", but no component in the diagram does.',
    );
    expect(missing.join("\n")).not.toContain('names "gateway"');
  });

  it("lists at most eight disagreements and counts the rest", () => {
    const scene: Diagram = {
      elements: Array.from({ length: 12 }, (_, i) => label(`t${String(i)}`, `Shard ${String(i)}`)),
    };
    const missing = highLevel(reviewDesign(TEXT, RATE_LIMITER, scene))?.missing ?? [];
    const disagreeing = missing.filter((line) => line.includes("disagree"));
    expect(disagreeing).toHaveLength(9);
    expect(disagreeing.at(-1)).toBe("The diagram and the text disagree in 4 more places.");
  });

  it("says nothing of disagreement for an empty diagram, and scores as without one", () => {
    const empty = reviewDesign(STRONG, RATE_LIMITER, { elements: [] });
    expect(empty).toEqual(reviewDesign(STRONG, RATE_LIMITER));
  });
});

describe("the question's own figures", () => {
  const question = {
    prompt: "Design a rate limiter.",
    areas: ["Peak load", "Failure modes and degradation", "Fairness", "Quotas"],
    numbers: ["Peak requests per second", "Tokens per second at peak"],
  };
  const estimate = (line: string) => `## Estimation\n${line}\n`;

  it("names a figure the estimate never sizes, and scores the step lower", () => {
    const offTarget = reviewDesign(
      estimate(
        "We have 40 engineers, so 40 × 2 = 80 reviews a day, about 80 requests of review time.",
      ),
      question,
    );
    const step = offTarget.steps.find((s) => s.step === "estimation");
    expect(step?.missing).toContain(
      "Put a number on this question's figure: peak requests per second.",
    );
    expect(step?.missing).toContain(
      "Put a number on this question's figure: tokens per second at peak.",
    );
    expect(step?.score).toBeLessThan(3);
  });

  it("counts a figure sized in any words that name it, with a number beside them", () => {
    const sized = reviewDesign(
      estimate(
        "50M requests a day is 50M / 86,400 ≈ 580 requests per second, so about 3,000 at peak.\n" +
          "At 2,500 tokens each, peak load is 3,000 × 2,500 = 7.5M tokens per second.",
      ),
      question,
    );
    const step = sized.steps.find((s) => s.step === "estimation");
    expect(step?.found.map((f) => f.point)).toEqual(
      expect.arrayContaining([
        "Sizes: Peak requests per second",
        "Sizes: Tokens per second at peak",
      ]),
    );
    expect(step?.missing).toEqual([]);
    expect(step?.score).toBe(3);
  });
});
