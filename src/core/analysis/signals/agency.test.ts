import { describe, expect, it } from "vitest";
import { readAgency } from "./agency.ts";
import { quotes, read } from "./test-helpers.ts";

function agency(text: string, pastOnly = false) {
  const { parsed, clauses } = read(text);
  return readAgency(parsed, clauses, pastOnly);
}

describe("readAgency", () => {
  it("separates the candidate's actions from the group's and from hidden passives", () => {
    const found = agency(
      "I traced the bug. We rewrote the consumer. The fix was deployed on Friday. Priya reviewed it.",
    );
    expect(quotes(found.selfActions)).toEqual(["I traced the bug"]);
    expect(quotes(found.groupActions)).toEqual(["We rewrote the consumer"]);
    expect(quotes(found.hiddenPassives)).toEqual(["The fix was deployed on Friday"]);
    expect(found.otherActions).toBe(1);
  });

  it("does not count what a crowd heard or saw as an action hidden behind the group", () => {
    const found = agency(
      "Everyone heard it. We saw the alert too late. We rolled the release back.",
    );
    expect(quotes(found.groupActions)).toEqual(["We rolled the release back"]);
  });

  it("does not count a passive with a named doer as hidden", () => {
    expect(agency("The service was migrated by Priya's team.").hiddenPassives).toEqual([]);
  });

  it("does not count what was done to the candidate, or states, as actions", () => {
    const found = agency("I was told to wait. I was frustrated. I got defensive.");
    expect(found.selfActions).toEqual([]);
    expect(found.hiddenPassives).toEqual([]);
  });

  it("counts only narrated past actions when asked to", () => {
    const found = agency("We need to get this right. We shipped the fix.", true);
    expect(quotes(found.groupActions)).toEqual(["We shipped the fix"]);
  });

  it("counts first-person pronouns", () => {
    const found = agency("I told my team we would fix our tests, and I'm sure we did.");
    expect(found.firstPersonSingular).toBe(3);
    expect(found.firstPersonPlural).toBe(3);
  });
});
