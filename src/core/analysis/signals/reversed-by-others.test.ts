// Asked for a decision the candidate reversed, a story where someone else reverses it and the
// candidate keeps their first view answers a different question (relevance.ts,
// readReversedByOthers). The candidate's own reversal, or a change of mind told in full, is the
// asked story however much of it others fill.
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "../index.ts";

const REVERSED = "Tell me about a decision you made and later reversed.";

function offTopic(text: string, question = REVERSED) {
  const result = analyzeAnswer({ kind: "behavioral", question, text });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.flags.find((flag) => flag.code === "off-topic");
}

describe("off-topic: the decision reversed by someone else", () => {
  it("flags a boss's reversal, with the sentence that tells it as evidence", () => {
    const found = offTopic(
      "I was quality supervisor at a plant making brake calipers. One night we found three parts with porosity in an hour, and I stopped line 4 until the supplier came. In the morning the plant director, Mr. Salas, reversed it and restarted the line with full X-ray inspection. I was frustrated; it felt like my authority was taken in front of the operators. We shipped on time. I still think stopping was the right call.",
    );
    expect(found?.message).toContain("reversed by someone else");
    expect(found?.evidence.map((item) => item.quote).join(" ")).toContain("reversed it");
  });

  it("flags it in other words: overturned by the head of data", () => {
    const found = offTopic(
      "I decided to move our sales dashboards onto a streaming pipeline because store managers said the numbers were stale. After six weeks of prototyping, our head of data overturned the decision on cost grounds, and we went back to a 4 a.m. batch load. I was disappointed but accepted it. I still think streaming would have paid off.",
    );
    expect(found).toBeDefined();
  });

  it("keeps the candidate's own reversal, prompted by someone else", () => {
    const found = offTopic(
      "I had decided to stop line 4 for the night. At 2 a.m. our X-ray technician showed me the porosity was on one cavity only, so I reversed it myself: I restarted the line and quarantined that cavity's parts. I told the director in the morning that my first call had been too broad. Since then I ask which cavity before I stop a line.",
    );
    expect(found?.message ?? "").not.toContain("reversed by someone else");
  });

  it("keeps a reversal by someone else when the question asks for none", () => {
    const found = offTopic(
      "In the morning the plant director reversed my decision to stop the line and restarted it with full X-ray inspection. I disagreed and said so, with the three porosity parts in my hand. We inspected 2,000 parts and rejected 14. I learned to write down who may restart a line.",
      "Tell me about a time a decision of yours was overruled.",
    );
    expect(found?.message ?? "").not.toContain("reversed by someone else");
  });

  it("keeps a story where a thing undoes the decision", () => {
    const found = offTopic(
      "I decided to turn on aggressive caching for the catalogue API. The nightly rollback script undid it twice before I noticed, so I changed the script. A week in, I reversed the decision myself: stale prices reached 300 customers, and I told our lead I had weighed speed over freshness wrongly. Now I cache nothing that carries a price.",
    );
    expect(found?.message ?? "").not.toContain("reversed by someone else");
  });
});
