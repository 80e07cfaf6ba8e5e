// Answers to opinion and "why us" questions written blind to the coach (opinion-topic.probes.json):
// off-topic ones of the kinds candidates give (a neighbouring topic, a pitch of their experience, a
// lecture that takes no position, praise when a criticism was asked), and on-topic ones, many in
// paraphrase that barely reuse the question's words. No reading judges the topic of a view yet
// (docs/rubric.md, "Critique beside its case"): the on-topic answers guard against a reading that
// would flag them, and the off-topic ones are kept as expected failures until one finds them.
import probes from "./opinion-topic.probes.json";
import {
  describeMisread,
  describeProbes,
  type Probe,
  splitProbes,
} from "./off-topic-probes.test-support.ts";

// JSON reads "kind" as any string; the file holds only "opinion" and "why".
const { read, misread } = splitProbes(probes as readonly Probe[]);

describeProbes(
  "a view asked for: on-topic answers, in paraphrase too, stay on topic",
  read.filter((probe) => !probe.flagged),
  false,
);
// None is found yet; an off-topic answer read right loses its why and is asserted here.
const found = read.filter((probe) => probe.flagged);
if (found.length > 0) {
  describeProbes("a view asked for: answers about something else are off-topic", found, true);
}
describeMisread("a view asked for: blind answers still misread", misread);
