// Answers to opinion and "why us" questions written blind to the coach (opinion-topic.probes.json):
// off-topic ones of the kinds candidates give (a neighbouring topic, a pitch of their experience, a
// lecture that takes no position, praise when a criticism was asked), and on-topic ones, many in
// paraphrase that barely reuse the question's words. One reading judges the topic of a view: asked
// about this company or role, an answer of some length that names neither (docs/rubric.md, "A
// place asked about, and none named"). The on-topic answers guard against a reading that would
// flag them, and the off-topic ones it misses are kept as expected failures until one finds them.
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
// An off-topic answer read right loses its why and is asserted here.
const found = read.filter((probe) => probe.flagged);
if (found.length > 0) {
  describeProbes("a view asked for: answers about something else are off-topic", found, true);
}
describeMisread("a view asked for: blind answers still misread", misread);
