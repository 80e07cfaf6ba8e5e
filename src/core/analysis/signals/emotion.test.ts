import { describe, expect, it } from "vitest";
import { distressOf, readEmotion } from "./emotion.ts";
import { quotes, read } from "./test-helpers.ts";

function emotion(text: string) {
  const { parsed, clauses } = read(text);
  return readEmotion(parsed, clauses);
}

describe("readEmotion", () => {
  it("counts the candidate's felt reactions, however they are said", () => {
    const felt = (text: string) => quotes(emotion(text).felt);
    expect(felt("I was furious.")).toEqual(["I was furious"]);
    expect(felt("I felt sick about it for a week.")).toEqual(["I felt sick"]);
    expect(felt("My stomach dropped when I saw the graph.")).toEqual(["My stomach dropped"]);
    expect(felt("I panicked.")).toEqual(["I panicked"]);
    expect(felt("It made me furious.")).toEqual(["made me furious"]);
    expect(felt("I remember feeling hollow.")).toEqual(["I remember feeling hollow"]);
    expect(felt("That stung.")).toEqual(["That stung"]);
    expect(felt("I couldn't sleep that night.")).toEqual(["couldn't sleep"]);
  });

  it("reads the candidate's body and going over it again and again as feelings", () => {
    const felt = (text: string) => quotes(emotion(text).felt);
    expect(felt("My hands were cold the whole meeting.")).toEqual(["My hands were cold"]);
    expect(felt("My palms were sweating through the whole call.")).toEqual([
      "My palms were sweating",
    ]);
    expect(felt("I reread her email over and over that weekend.")).toEqual(["I reread"]);
    expect(felt("I replayed his message on the drive home every evening for a week.")).toEqual([
      "I replayed",
    ]);
  });

  it("reads a reaction said tersely, as a blow, or in a non-native speaker's words", () => {
    const felt = (text: string) => emotion(text).felt.length > 0;
    expect(felt("Saw the error graph and went cold all over.")).toBe(true);
    expect(felt("Read his email on my phone in bed and went hot to the ears.")).toBe(true);
    expect(felt("Triage on the shoulder. Hands numb, heart going like a drum.")).toBe(true);
    expect(felt("The kind of argument where your chest is still tight on the drive home.")).toBe(
      true,
    );
    expect(felt("I felt like somebody take the air out of my chest.")).toBe(true);
    expect(felt("I feel my face become hot, I was really embarrass.")).toBe(true);
    expect(felt("That one stung, not gonna lie.")).toBe(true);
  });

  it("reads a shaken body or a long pause before acting as a feeling, without a feeling word", () => {
    const felt = (text: string) => emotion(text).felt.length > 0;
    expect(
      felt(
        "Afterwards I sat on the loading dock for a good ten minutes before I could go back in.",
      ),
    ).toBe(true);
    expect(felt("I threw up before the meeting, honestly.")).toBe(true);
    expect(felt("When he said the number I felt my stomach go down.")).toBe(true);
    expect(felt("My voice went up half an octave when she asked.")).toBe(true);
    expect(felt("I was that nervous; she had signed my first contract.")).toBe(true);
    expect(felt("I read the old design doc that night and didn't enjoy it.")).toBe(true);
  });

  it("leaves a wait for the data, someone's voice and a plain 'that' clause alone", () => {
    const felt = (text: string) => emotion(text).felt.length > 0;
    expect(felt("The replica took twenty minutes before I could query it.")).toBe(false);
    expect(felt("It took a while before I could get access to the bucket.")).toBe(false);
    expect(felt("Her voice went up on the call when the numbers came in.")).toBe(false);
    expect(felt("The point was that new hires left within a year.")).toBe(false);
  });

  it("leaves handshakes, a heart of the matter and a view said with 'felt like' alone", () => {
    const felt = (text: string) => emotion(text).felt.length > 0;
    expect(felt("We were shaking hands with the client by noon.")).toBe(false);
    expect(felt("The heart of the problem was the cache.")).toBe(false);
    expect(felt("I felt like the plan needed a second reviewer.")).toBe(false);
    expect(felt("The lead went cold after the demo.")).toBe(false);
  });

  it("leaves busy hands, someone else's body and a purposeful rereading alone", () => {
    const felt = (text: string) => quotes(emotion(text).felt);
    expect(felt("My hands were full with the migration.")).toEqual([]);
    expect(felt("His hands were shaking.")).toEqual([]);
    expect(felt("I reread the spec before the meeting.")).toEqual([]);
  });

  it("treats stock enthusiasm as performed, not felt", () => {
    const found = emotion("I'm passionate about safety and I'm excited to join.");
    expect(found.felt).toEqual([]);
    expect(quotes(found.stock).some((quote) => quote.includes("passionate about"))).toBe(true);
  });

  it("does not count a feeling that a negation takes back", () => {
    const found = emotion("I didn't feel anything. I wasn't angry.");
    expect(found.felt).toEqual([]);
    expect(quotes(found.denied)).toEqual(["I didn't feel anything", "I wasn't angry"]);
  });

  it("keeps the reaction after a denied one", () => {
    expect(quotes(emotion("I wasn't angry, I was hurt.").felt)).toEqual(["I was hurt"]);
  });

  it("does not count other people's feelings or imagined ones", () => {
    expect(emotion("My manager was furious.").felt).toEqual([]);
    expect(emotion("I would have been furious.").felt).toEqual([]);
  });

  it("keeps a group's reaction apart from the candidate's own", () => {
    const found = emotion("We were all gutted.");
    expect(found.felt).toEqual([]);
    expect(quotes(found.shared)).toEqual(["We were all gutted"]);
  });

  it("reads a feeling said alone, a racing heart, being wound up and a reaction named as one", () => {
    const felt = (text: string) => quotes(emotion(text).felt);
    expect(felt("Furious, to be honest, more than I let on.")).toEqual(["Furious"]);
    expect(felt("Embarrassed. Mostly at myself.")).toEqual(["Embarrassed"]);
    expect(felt("I could feel my heart going faster as she read it out.")).toEqual([
      "my heart going faster",
    ]);
    expect(felt("I got really worked up about it.")).toEqual(["I got really worked up"]);
    expect(felt("My reaction in the moment was anger at the whole team.")).toEqual([
      "reaction in the moment was anger",
    ]);
  });

  it("reads none where the words describe others, an outcome or an action", () => {
    expect(emotion("Nervous candidates often freeze in the first minute.").felt).toEqual([]);
    expect(emotion("I wound up leading the migration myself.").felt).toEqual([]);
    expect(emotion("My reaction in the moment was to call the customer.").felt).toEqual([]);
    expect(emotion("The queue was going fast by then.").felt).toEqual([]);
  });

  it("reads 'I worry that' as a view and 'I worried' as a feeling", () => {
    expect(emotion("I worry that evals lag the models.").felt).toEqual([]);
    expect(quotes(emotion("I worried about it all weekend.").felt)).toEqual(["I worried"]);
  });
});

describe("distress", () => {
  it("keeps the shaken reactions and leaves the glad ones out", () => {
    const signal = emotion(
      "I went cold when I saw the log. Two days later I was relieved, and honestly proud of the team.",
    );
    expect(quotes(distressOf(signal))).toEqual(["I went cold"]);
  });
});

describe("feelings shown in what the candidate did with a message or with their body", () => {
  it.each([
    ["a message read again and again", "I read that message maybe ten times."],
    [
      "a note rewritten before it went",
      "That night I wrote the correction three times before sending it.",
    ],
    ["a draft gone over and over", "I rewrote the email over and over."],
    [
      "sitting still before going in",
      "I went home and sat in the car in my driveway for a while before going in.",
    ],
    ["standing silent", "I stood in front of that rack for a long time without saying anything."],
  ])("reads %s as felt", (_name, text) => {
    expect(emotion(text).felt).not.toEqual([]);
  });

  it.each([
    ["a test rerun three times", "I ran the load test three times to be sure."],
    ["a message read twice", "I read her message twice and replied."],
    ["a plan to reread", "I will read it three times before the review."],
    ["a meeting sat through", "I sat with the vendor for a while going through the contract."],
    ["sitting down to work", "I sat down for a long time and wrote the migration plan."],
  ])("reads %s as no feeling", (_name, text) => {
    expect(emotion(text).felt).toEqual([]);
  });
});
