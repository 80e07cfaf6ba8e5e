// Asked for a call made on little data, an answer that tells how plentiful or clear its data was,
// and says nothing that was not known, answers another question (signals/relevance.ts,
// readPlentyOfData). A call on little data that later data settled still says what was unknown.
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "../index.ts";

const LITTLE_DATA = "Tell me about a decision you had to make with very little data.";

function offTopic(text: string, question = LITTLE_DATA): boolean {
  const result = analyzeAnswer({ kind: "behavioral", question, text });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.flags.some((flag) => flag.code === "off-topic");
}

const PLENTY =
  "At the grocery chain I had to decide whether to move our delivery slots from two hours to one. I had three years of order history for every store, about nine million deliveries, so I could see exactly where drivers sat idle. The data was really clear: one-hour slots would cut idle time by a fifth. I proposed it to the regional lead, we piloted it in four stores, and on-time delivery went from 91 to 96 percent. I learned that a clean dataset still needs a pilot before people trust it.";

const SCARCE =
  "At the grocery chain I had to decide whether to move our delivery slots from two hours to one, three weeks before the holiday rush. We had no history for one-hour slots at all, and I couldn't tell whether drivers would keep up. My best guess came from two stores that had tried it for a week. I proposed a pilot in four stores with a rollback after three days, and on-time delivery went from 91 to 96 percent. Later, with three years of order history, the data was really clear that it worked, but at the time it was a bet.";

describe("plenty of data for 'a decision on little data'", () => {
  it("raises off-topic: years of history and clear data, nothing unknown", () => {
    expect(offTopic(PLENTY)).toBe(true);
  });

  it("raises no off-topic: what was unknown is said, and data settled it later", () => {
    expect(offTopic(SCARCE)).toBe(false);
  });

  it("raises no off-topic: the same story asked for a data-driven decision", () => {
    expect(offTopic(PLENTY, "Tell me about a decision you made using data.")).toBe(false);
  });
});
