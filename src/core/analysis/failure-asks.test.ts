// Answers to questions that ask for something that went badly, written blind to the coach in three
// batches (failure-asks.probes.json, ids a-, b- and c-): genuine failures that end in good news of
// some kind (a recovery, a rival thriving, a bad figure rising) or are told only by events, plain
// failures as a control, and successes told in place of the failure asked for. Each is asserted
// on or off topic; the ones the coach still misreads are kept as expected failures, with why.
import probes from "./failure-asks.probes.json";
import {
  describeMisread,
  describeProbes,
  type Probe,
  splitProbes,
} from "./off-topic-probes.test-support.ts";

const all: readonly Probe[] = probes;
const { read, misread } = splitProbes(all);

describeProbes(
  "a failure asked for: failures told the hard way stay on topic",
  read.filter((probe) => !probe.flagged),
  false,
);
describeProbes(
  "a failure asked for: a success told instead is off-topic",
  read.filter((probe) => probe.flagged),
  true,
);
describeMisread("a failure asked for: blind answers still misread", misread);
