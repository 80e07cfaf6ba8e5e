// Asked for a clash the candidate had, a clash they only watched answers another question
// (signals/relevance.ts, readOnlooking); written to fool the reading both ways: onlookers in
// several voices, and candidates who watched first and then took a side, or were a side all along.
import { describeProbes, type ProbeCase } from "./off-topic-probes.test-support.ts";

/** The candidate only looked on: off-topic. */
const WATCHED: readonly ProbeCase[] = [
  {
    id: "w01",
    voice: "spoken with fillers",
    question: "Tell me about a conflict you had with someone at work.",
    text: "Um, so the one I think of is, uh, two of our backend leads, Sanjay and Rhea, they could not agree on whether to split the monolith. Every planning meeting it came up and it got pretty heated, like raised voices heated. I was, honestly, I was pretty new, so I mostly just sat there and kept my head down. It was stressful. In the end our director made the call to keep the monolith for another year and they both kind of let it go.",
  },
  {
    id: "w02",
    voice: "non-native",
    question: "Describe a disagreement you had with your manager.",
    text: "In my last company my manager Karl and the head of sales disagreed very strongly about the discount policy for big clients. Karl wanted a maximum of 10 percent, sales wanted 25. The discussion continued for three weeks in many meetings and emails. I was watching from the side, and for me it was uncomfortable because I respected both of them. Finally the CFO decided 15 percent. From watching it I understood that numbers win discussions more than emotions.",
  },
  {
    id: "w03",
    voice: "terse",
    question: "Tell me about a time you clashed with a colleague.",
    text: "Two staff engineers, Ola and Ben, argued for a month over the event schema. Ola wanted Avro, Ben wanted JSON. Reviews stalled. I stayed out of it and kept shipping my own tickets. The architect picked Avro in May. Ben left in June.",
  },
];

/** The candidate was a side, or stepped in and took one: on topic. */
const TOOK_PART: readonly ProbeCase[] = [
  {
    id: "p01",
    voice: "native",
    question: "Tell me about a conflict you had with a coworker.",
    text: "Our tech lead kept overruling the frontend team's choices, and I watched it happen for weeks. Finally I told him in our one-on-one that I thought he was wrong about the bundle size, showed him the load times from our three biggest customers, and he backed down on the charting library. I was nervous going in, and I'd raise it sooner now.",
  },
  {
    id: "p02",
    voice: "native",
    question: "Describe a disagreement you had with your manager.",
    text: "My manager and I disagreed about the launch date. She wanted March; I thought the migration needed until April. I watched the burn-down for a week, brought her the numbers, and we settled on a staged launch: March for new customers, April for the rest. I was frustrated at first, and what I took from it is to bring data rather than opinions.",
  },
  {
    id: "p03",
    voice: "senior",
    question: "Tell me about a conflict you had with a peer.",
    text: "Priya disagreed with my design for the cache, and she said so in front of the whole review. She thought the TTL was far too long. I sat through the rest of the review feeling defensive, then asked her afterwards to walk me through the failure she feared. She was right about the invalidation path, and I changed the design that week.",
  },
  {
    id: "p04",
    voice: "non-native",
    question: "Tell me about a time you clashed with a colleague.",
    text: "Dev and I clashed about code style for months. He rejected every pull request that used early returns, and I was annoyed, because it was only his taste. In the middle of a release I asked him for a coffee and we wrote a short style guide together, with one rule from each of us. After that the reviews went quicker.",
  },
];

describeProbes("a clash asked for: one the candidate only watched is off-topic", WATCHED, true);
describeProbes(
  "a clash asked for: one the candidate was a side to stays on topic",
  TOOK_PART,
  false,
);
