// Asked for the candidate's own mistake, a story whose only slip is another party's answers
// another question (signals/relevance.ts, readOthersSlips): a supplier that changed something
// without telling anyone, a colleague named with where they sit ("a colleague on the billing
// desk"). Each has a look-alike where the same slip is the candidate's own.
// The own approval also closes on "before I sign for a lot": the candidate signing is no customer
// buying in (story-shape.ts, isThriving), so it does not read as a story that turned out well.
import { describe, expect, it } from "vitest";
import { analyzeAnswer } from "../index.ts";

const MISTAKE = "Tell me about a mistake you made and how you handled it.";

function flagsOf(text: string, question = MISTAKE): string[] {
  const result = analyzeAnswer({ kind: "behavioral", question, text });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.flags.map((flag) => flag.code);
}

const SUPPLIER = `Last year I ran incoming inspection at a plant that makes pump housings. Our casting
supplier switched to a new alloy batch without telling us, and about 3,000 housings arrived with
porosity we only caught at pressure test. I was furious, because the contract requires notice of
any change. I set up full inspection for two weeks, we scrapped about 400 parts, and I wrote the
corrective action request with the supplier. Since then they send lot certificates before every
shipment. What I took from it is that a spec sheet is not a process window.`;

const OWN_APPROVAL = `Last year I ran incoming inspection at a plant that makes pump housings. I
approved a new alloy batch from our casting supplier without checking the lot certificate, and
about 3,000 housings arrived with porosity we only caught at pressure test. I felt sick about it,
because the check takes ten minutes. I set up full inspection for two weeks, we scrapped about 400
parts, and I told my manager the miss was mine. Since then I read every certificate before I sign
for a lot. What I took from it is that a signature means I checked, not that I trusted.`;

const COLLEAGUE = `At the freight forwarder, a colleague on the billing desk entered the wrong tax
code on a batch of 60 invoices, and the customer was undercharged by about 9,000 euros. I spotted
it at month end when the totals didn't reconcile, and honestly my stomach dropped. I called the
customer's finance lead the same day, issued corrected invoices, and walked my colleague through
the code table. We added a second check on new customers' first invoices. I learned that a
reconciliation catches what a review misses.`;

const OWN_CODE = `At the freight forwarder, I entered the wrong tax code on a batch of 60 invoices
while covering the billing desk, and the customer was undercharged by about 9,000 euros. I spotted
it at month end when the totals didn't reconcile, and honestly my stomach dropped. I called the
customer's finance lead the same day, issued corrected invoices, and told my manager it was my
entry. We added a second check on new customers' first invoices. I learned that a reconciliation
catches what a review misses.`;

describe("another party's slip for 'a mistake you made'", () => {
  it("raises off-topic: a supplier changed something without telling anyone", () => {
    expect(flagsOf(SUPPLIER)).toContain("off-topic");
  });

  it("raises no off-topic: the candidate approved without checking", () => {
    expect(flagsOf(OWN_APPROVAL)).not.toContain("off-topic");
  });

  it("raises off-topic: a colleague named with the desk they sit at", () => {
    expect(flagsOf(COLLEAGUE)).toContain("off-topic");
  });

  it("raises no off-topic: the candidate's own wrong entry, and a stomach that dropped", () => {
    expect(flagsOf(OWN_CODE)).not.toContain("off-topic");
  });
});
