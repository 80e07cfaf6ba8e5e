import { describe, expect, it } from "vitest";
import { readStoryShape, storyEnding, weighShape } from "./story-shape.ts";
import { read } from "./test-helpers.ts";

function shape(text: string) {
  const { parsed, clauses } = read(text);
  return readStoryShape(parsed, clauses).map((hit) => ({
    reading: hit.reading,
    negated: hit.negated,
    ending: hit.ending,
    quote: hit.evidence.quote,
  }));
}

describe("readStoryShape", () => {
  it("reads the candidate's option kept, by whoever kept it", () => {
    expect(shape("In the end my numbers were the ones on the slide.")[0]).toMatchObject({
      reading: "prevailed",
      ending: true,
    });
    expect(shape("When finance closed the quarter, they used my model's split.")[0]?.quote).toBe(
      "they used my model's split",
    );
    expect(shape("Mine was the one that held up.")[0]?.reading).toBe("prevailed");
    // The candidate using their own plan is no one taking it up.
    expect(shape("I used my plan for the rollout.")).toEqual([]);
    // A plan, not an event.
    expect(shape("I hoped they would use my model.")).toEqual([]);
  });

  it("reads a choice endorsed, but not a regret or a change", () => {
    expect(shape("I'd make the same call again tomorrow.")[0]?.reading).toBe("endorsed");
    expect(shape("I would make the same mistake again, I fear.")).toEqual([]);
    expect(shape("I would do it differently now.")).toEqual([]);
  });

  it("reads delivery, and a late delivery as none", () => {
    expect(shape("It went live the Sunday before payroll.")[0]).toMatchObject({
      reading: "delivered",
      negated: false,
    });
    expect(shape("We launched three weeks late.")).toEqual([]);
    expect(shape("The app did not ship in March.")[0]?.negated).toBe(true);
  });

  it("reads a relation that ended well, and one that did not", () => {
    expect(shape("We became close friends.")[0]?.reading).toBe("reconciled");
    expect(shape("We never worked it out.")[0]).toMatchObject({
      reading: "reconciled",
      negated: true,
    });
    // An instruction to sort it out is not sorting it out.
    expect(shape("She told us to sort it out between ourselves.")).toEqual([]);
  });

  it("reads the candidate doing someone else's part", () => {
    expect(shape("I stayed three nights and finished his migration scripts.")[0]?.reading).toBe(
      "covered",
    );
    expect(shape("I finished my migration scripts.").map((h) => h.reading)).not.toContain(
      "covered",
    );
  });

  it("reads someone dismissing the candidate's call, quoted to the judgement", () => {
    expect(shape("My manager thought I was overreacting, which stung.")[0]).toMatchObject({
      reading: "doubted",
      quote: "My manager thought I was overreacting",
    });
    expect(
      shape('She called the model I had built "an academic exercise" in the meeting.')[0]?.quote,
    ).toBe('She called the model I had built "an academic exercise"');
    expect(shape("My parents thought I'd lost my mind.")[0]?.quote).toBe(
      "My parents thought I'd lost my mind",
    );
    expect(shape("He waved it off in standup.")[0]?.reading).toBe("doubted");
  });

  it("does not read a thing's verdict, a plan or a denial as someone doubting", () => {
    const readings = (text: string) => shape(text).map((h) => h.reading);
    expect(readings("The dashboard said it was fine.")).not.toContain("doubted");
    expect(readings("She would think I was overreacting.")).not.toContain("doubted");
    expect(readings("He never thought I was overreacting.")).not.toContain("doubted");
    expect(readings("My lead thought the launch was ready.")).not.toContain("doubted");
  });

  it("reads 'it's fine' as a dismissal only when the candidate holds to their call after it", () => {
    const readings = (text: string) => shape(text).map((h) => h.reading);
    expect(readings("My lead said it was fine, but I held the release.")).toContain("doubted");
    expect(readings("My lead says it is fine. I still call the quality team.")).toContain(
      "doubted",
    );
    expect(readings("My lead said it was fine. So I shipped it on Friday.")).not.toContain(
      "doubted",
    );
  });

  it("reads a fortune that grew, or someone buying in, as the story thriving", () => {
    expect(shape("Revenue from the roof went up by about 35%.")[0]).toMatchObject({
      reading: "thrived",
      quote: "Revenue from the roof went up by about 35%",
    });
    expect(shape("The stock roughly doubled over two quarters.")[0]?.reading).toBe("thrived");
    expect(shape("She renewed for two years.")[0]?.reading).toBe("thrived");
    expect(shape("Last spring we were acquired by a payments company.")[0]?.reading).toBe(
      "thrived",
    );
    expect(shape("Sales never grew.")[0]).toMatchObject({ reading: "thrived", negated: true });
    expect(shape("It got me promoted to senior that cycle.")[0]?.reading).toBe("thrived");
    expect(shape("I got promoted in March.")[0]?.reading).toBe("thrived");
    expect(shape("By spring the team won the regional design award.")[0]?.reading).toBe("thrived");
  });

  it("does not read a worse figure, a rival's fortune, a backstory or a sign-off as thriving", () => {
    expect(shape("Our cloud costs tripled in two months.")).toEqual([]);
    expect(shape("The return rate went up to eighteen percent.")).toEqual([]);
    expect(shape("Two competitors had already signed most of the clinics.")).toEqual([]);
    expect(shape("Our competitor doubled its user base.")).toEqual([]);
    expect(shape("They signed with another firm and doubled their user base.")).toEqual([]);
    expect(shape("My manager signed off on the change.")).toEqual([]);
    expect(shape("She grew into the role.")).toEqual([]);
    expect(shape("I promoted her in March.")).toEqual([]);
    expect(shape("My manager Ines won the leadership award.")).toEqual([]);
  });

  it("reads 'he'd changed' as past, not as a forecast", () => {
    const { parsed, clauses } = read("He'd changed his mind by the evening.");
    expect(storyEnding(parsed, clauses).size).toBe(1);
  });
});

describe("weighShape", () => {
  const hit = {
    negated: false,
    ending: true,
    late: true,
    timed: false,
    evidence: { start: 0, end: 0, quote: "" },
  } as const;

  it("counts a doubted call against a mistake only", () => {
    expect(weighShape("error", { ...hit, reading: "doubted" })?.weight).toBe(-1);
    expect(weighShape("loss", { ...hit, reading: "doubted" })).toBeUndefined();
    expect(weighShape("miss", { ...hit, reading: "doubted" })).toBeUndefined();
  });

  it("counts a thriving later half against a mistake only, and no earlier growth", () => {
    expect(weighShape("error", { ...hit, reading: "thrived" })?.weight).toBe(-1);
    // The second half of a long story counts, the first half not.
    expect(weighShape("error", { ...hit, reading: "thrived", ending: false })?.weight).toBe(-1);
    expect(
      weighShape("error", { ...hit, reading: "thrived", ending: false, late: false }),
    ).toBeUndefined();
    expect(weighShape("error", { ...hit, reading: "thrived", negated: true })?.weight).toBe(0.5);
    expect(weighShape("miss", { ...hit, reading: "thrived" })).toBeUndefined();
    expect(weighShape("loss", { ...hit, reading: "thrived" })).toBeUndefined();
  });

  it("counts a choice made again only against a mistake", () => {
    expect(weighShape("error", { ...hit, reading: "endorsed" })?.weight).toBeLessThan(0);
    expect(weighShape("loss", { ...hit, reading: "endorsed" })).toBeUndefined();
  });

  it("counts an ending in full and an earlier event by half", () => {
    expect(weighShape("loss", { ...hit, reading: "prevailed" })?.weight).toBe(-1);
    expect(weighShape("loss", { ...hit, reading: "prevailed", ending: false })?.weight).toBe(-0.5);
    // A plain conflict may end in friendship; only an unresolved one is contradicted by it.
    expect(weighShape("conflict", { ...hit, reading: "reconciled" })).toBeUndefined();
    expect(weighShape("unresolved", { ...hit, reading: "reconciled" })?.weight).toBe(-1);
  });
});
