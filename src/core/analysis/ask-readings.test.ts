// What a question asks, read as a person would, and feedback that travels the other way
// (signals/relevance.ts): a question that sets a party aside ("a colleague, not your manager") does
// not ask for that party, and a story of feedback the candidate gave twice over, with only a word
// of being told something else, does not answer "feedback you received", nor help given "when you
// last asked someone for help" (signals/act-direction.ts: "I offered to pair with him" gives help,
// and "I ask new hires what they've been stuck on" asks none).
import { describeProbes, type ProbeCase } from "./off-topic-probes.test-support.ts";

const ON_TOPIC: readonly ProbeCase[] = [
  {
    id: "a01",
    voice: "native",
    question: "Walk me through a conflict with a colleague you worked alongside, not your manager.",
    text: "Tomás, our designer, and I disagreed about where the consent screen went in onboarding. I said in sprint review that only the up-front version matched what legal signed off, and he took it as me going over his head. I was annoyed, then embarrassed when he showed me a 30 percent drop-off at that screen. I rewrote the copy with him beside me, we kept it up front, and drop-off fell to 12 percent. Now I take a fact that lands on someone's design to them before the room.",
  },
  {
    id: "a02",
    voice: "native",
    question: "What is the hardest feedback anyone has given you?",
    text: "One of my analysts, Tom, told me he'd be on time more often if I stopped rewriting his conclusions the night before they went out. I went red. I checked the last six reports and I had changed the conclusions on four of them, mostly for tone. I told him he was right, and now I leave comments instead of rewriting, and only on substance.",
  },
];

const HELP_ON_TOPIC: readonly ProbeCase[] = [
  {
    id: "h01",
    voice: "native",
    question: "When did you last ask someone for help, and what made it hard or easy?",
    text: "Last month I was stuck for a week on a training job whose loss spiked every few thousand steps. What made it hard was that I was new and didn't want to look slow. I finally asked Dana how to bisect the data loader, and she paired with me for an afternoon. We found a corrupted shard. Now I give myself a day before I ask.",
  },
];

const OFF_TOPIC: readonly ProbeCase[] = [
  {
    id: "h02",
    voice: "native",
    question: "When did you last ask someone for help, and what made it hard or easy?",
    text: "Last month, actually. A new engineer on my team, Omar, was stuck on a flaky training job, and he'd been quiet about it for a week. I offered to pair with him, and we spent an afternoon bisecting until we found a corrupted data shard. I was glad he let me in, because I remember being the new person who didn't want to look slow. Since then I ask new hires in their first month what they've been stuck on longest.",
  },
  {
    id: "b01",
    voice: "native (teaching)",
    question: "Describe a piece of feedback someone gave you that stung, and what you did with it.",
    text: "When I was head of science I observed a second-year teacher, Priya, whose practicals kept falling apart in the last fifteen minutes. I had to tell her that her lessons had no pack-down routine. I was nervous, because she'd told me the week before that she was thinking of leaving. I sat with her after school, showed her my timestamps from three lessons, and we wrote a five-minute routine together. Her behaviour log went from eleven entries to two, and she stayed. Specific notes land better than encouragement, and I've written feedback that way ever since.",
  },
];

describeProbes("asks read as a person reads them: on topic", ON_TOPIC, false);
describeProbes("help asked for, asked for: on topic", HELP_ON_TOPIC, false);
describeProbes("help given or feedback given, for the other way round: off-topic", OFF_TOPIC, true);
