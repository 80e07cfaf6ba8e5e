// Answers that tell the opposite of the story asked for, and genuine answers that look like them:
// each case is one way the polarity check could be fooled, kept so that it stays answered.
import { describe, expect, it } from "vitest";
import { analyzeAnswer, inspectAnswer, tentativeFlags } from "./analyze-answer.ts";
import type { AnalyzeInput, Analysis } from "./types.ts";

function analyse(input: AnalyzeInput): Analysis {
  const result = analyzeAnswer(input);
  if (!result.ok) throw new Error(`unexpected error: ${result.error.code}`);
  return result.value;
}

function offTopic(question: string, text: string) {
  return analyse({ kind: "behavioral", question, text }).flags.find((f) => f.code === "off-topic");
}

const WRONG = "Tell me about a time you were wrong.";

const PROVEN_RIGHT =
  "In a design review I argued against adding a cache to our pricing service, and three senior engineers disagreed. I pulled a month of price changes and showed that 18 percent changed within five minutes. They dropped the cache, and two months later I was proven right when a sister team's cache served stale prices. It felt good to be right.";

describe("off-topic: a story told the other way round", () => {
  it("flags being proven right when asked about being wrong, quoting the deciding words", () => {
    const found = offTopic(WRONG, PROVEN_RIGHT);
    expect(found).toBeDefined();
    expect(found?.message).toContain(WRONG);
    expect(found?.message).toContain("you were proven right");
    const quotes = found?.evidence.map((item) => item.quote) ?? [];
    expect(quotes).toContain("I was proven right");
    for (const item of found?.evidence ?? []) {
      expect(item.quote).toBe(PROVEN_RIGHT.slice(item.start, item.end));
    }
    expect(analyse({ kind: "behavioral", question: WRONG, text: PROVEN_RIGHT }).overall).toBe(1);
  });

  it.each([
    "Tell me about a call you got wrong.",
    "Tell me about a time your judgement failed.",
    "Recall a moment you were confidently wrong in front of colleagues. What did you do next?",
  ])("reads the same ask in other words: %j", (question) => {
    expect(offTopic(question, PROVEN_RIGHT)).toBeDefined();
  });

  it("flags a story where someone else was wrong and the candidate was right", () => {
    const found = offTopic(
      WRONG,
      "My tech lead insisted we skip the migration dry run in June. I told him it was risky. He was wrong: the migration failed halfway and corrupted 200 rows. I had kept a backup, so I restored the table in an hour. I was right to insist on the backup, and he admitted his mistake at the retro.",
    );
    expect(found?.message).toContain("someone else was wrong");
  });

  it("flags a date met when asked about a date missed, and a won argument when asked about a lost one", () => {
    expect(
      offTopic(
        "Describe a deadline you missed.",
        "I committed to shipping the new onboarding flow by the first of June. I broke the work into nine tickets and cut two screens in week three. We shipped on May 28th, four days early, and activation rose from 41 to 47 percent.",
      )?.message,
    ).toContain("the date was met");
    expect(
      offTopic(
        "Tell me about a time you pushed back on a decision and lost.",
        "In 2022 our director wanted to cut QA from two weeks to one. I pulled defect data from four releases showing 60 percent of critical bugs were found in week two, and he agreed to keep the two weeks. The release went out with one critical bug, a record for us.",
      )?.message,
    ).toContain("you won");
  });

  it("flags caring a great deal when asked about caring less", () => {
    expect(
      offTopic(
        "Tell me about a time you didn't care about an ethical issue as much as you should have.",
        "I care deeply about privacy, so when our growth team bought an email list from a vendor in 2021, I refused to load it into our CRM. I wrote a one-page memo to legal, and the list was deleted within a week.",
      )?.message,
    ).toContain("you cared a great deal");
  });

  it("flags a humble-brag: a mistake that is a virtue", () => {
    const found = offTopic(
      WRONG,
      "My biggest mistake was caring too much. On the Atlas launch in 2023 I stayed late every night for a month polishing the onboarding flow, and the client said it was the best release they had ever had. I just care too much about quality.",
    );
    expect(found?.message).toContain("the flaw you name is a virtue");
  });

  it("is not talked out of it by a sentence aimed at the grader", () => {
    const text = `This answer is on topic: it is about a time I was wrong. ${PROVEN_RIGHT}`;
    expect(offTopic(WRONG, text)).toBeDefined();
    const framed = `Here is a time when I was wrong. ${PROVEN_RIGHT}`;
    expect(offTopic(WRONG, framed)).toBeDefined();
  });
});

describe("off-topic: what owns the asked story outweighs words that lean away", () => {
  it("still flags a humble-brag whose only admission names a virtue", () => {
    const found = offTopic(
      "Tell me about a mistake you made that affected other people.",
      "My mistake, honestly, was caring too much. I answered every support ticket within minutes, weekends included, and in the 2023 survey my team came top. So the mistake was that I set the bar so high that nobody after me could keep it up.",
    );
    expect(found).toBeDefined();
  });

  it("still flags an opening that only restates the question before the call held up", () => {
    expect(
      offTopic(
        WRONG,
        "A time I was wrong... I thought I was, once, about the retry budget. When we checked the graphs, mine was the one that held up.",
      ),
    ).toBeDefined();
  });
});

describe("off-topic: a story about a person needs one person in it", () => {
  const question = "Tell me about a colleague whose habits drove you up the wall.";

  it("does not take people in general or the team for the person asked about", () => {
    const found = offTopic(
      question,
      "Our release checklist had grown to sixty items and people skipped half of it. I spent a week grouping the items by what they protected against, deleted twenty-two that no incident had ever needed, and automated nine more. The team dashboard now shows the checklist time, which fell from ninety minutes to twenty-five.",
    );
    expect(found?.message).toContain("no other person appears in it");
  });

  it.each([
    "Marek reviewed every pull request at midnight and left forty comments by morning. I asked him for fifteen minutes and we agreed he would batch them before noon. I was irritated for weeks before I said anything, and now I raise it in the first week.",
    "My colleague answered every message with a call. It drove me mad, so I asked if we could try writing first for a month. They agreed, and half the calls went away; I learned to ask early instead of stewing.",
  ])("keeps a story with one person in it: %j", (text) => {
    expect(offTopic(question, text)).toBeUndefined();
  });
});

describe("off-topic: feedback received, not given", () => {
  const question = "What is the hardest feedback anyone has given you?";

  it("flags a story where the candidate only gives the hard feedback", () => {
    const found = offTopic(
      question,
      "Last spring I had to tell our newest analyst, Ines, that her weekly reports were late every Monday and the sales leads had stopped reading them. I was dreading it. I asked her to walk me through her Sunday routine, and we moved the report to Tuesday with a template I built. By June every report went out on time.",
    );
    expect(found?.message).toContain("yours to someone else");
    expect(
      offTopic(
        question,
        "I was the lead, so i told them straight that the demo was not ready. I gave them a list of twelve bugs and a date. They fixed nine by Friday.",
      ),
    ).toBeDefined();
  });

  it.each([
    [
      "feedback told to the candidate",
      "My manager told me in a one-to-one that I interrupted people in design reviews, and she had counted: eleven times in one meeting. I felt my face go hot. I started writing my point down and waiting, and two months later she said the reviews ran ten minutes shorter.",
    ],
    [
      "a comment read out about the candidate, who also told someone something",
      "I ran the team survey myself, and one comment said my planning meetings were theatre because decisions were made beforehand. It stung. I told them at the next meeting that the comment was fair, and now proposals go out a week early as drafts.",
    ],
    [
      "a non-native speaker who was told",
      "In my first job my lead tell me my code is hard to read, too long functions. I feel ashamed because I think I am good programmer. I ask him for examples and he show me three. Now I keep functions short and I ask review early.",
    ],
  ])("does not flag %s", (_name, text) => {
    expect(offTopic(question, text)).toBeUndefined();
  });
});

describe("off-topic: a complaint about someone else is no feedback to the candidate", () => {
  const question = "What's the hardest piece of feedback you've ever received?";

  it("flags a head of department who delivers the complaints about a teacher", () => {
    const found = offTopic(
      question,
      "The hardest one was with a chemistry teacher in my department, the year I became head of science. Parents had complained four times that his lab reports came back a month late, and one girl missed a university deadline because of it. I was dreading it. I brought every date to the meeting and asked him what was slowing him down. He was re-marking every report because of an old grading appeal. We agreed a shared mark scheme, and by spring his turnaround was under two weeks.",
    );
    expect(found?.message).toContain("yours to someone else");
  });

  it.each([
    [
      "a complaint about the candidate's own work",
      "Two customers complained that my release notes hid a breaking change, and my manager forwarded both to me with one line: this is on you. I felt my stomach drop. I rewrote the notes that night, and now every breaking change goes at the top in bold.",
    ],
    [
      "complaints about the candidate, told in the plural",
      "Our biggest client complained about me and my team to my director: we answered tickets but never explained what we had changed. He read me the email in a one-to-one. It stung, because I thought we were doing well. Since then every ticket we close says what changed and why.",
    ],
  ])("keeps %s on topic", (_name, text) => {
    expect(offTopic(question, text)).toBeUndefined();
  });
});

describe("off-topic: feedback given, not received", () => {
  const question =
    "Tell me about a time you had to tell a colleague that their work wasn't good enough. How did you say it, and how did it land?";

  it("flags a story where the candidate is only the one told", () => {
    const found = offTopic(
      question,
      "In my second year my lead, Tomasz, told me my design for the billing export wasn't good enough: I had not thought about retries at all. I was crushed and walked around the block twice. He was right, so I rewrote it over a week with a retry queue, and the second review passed.",
    );
    expect(found?.message).toContain("someone's to you, not yours to someone else");
  });

  it("reads the same ask in other words, and a non-native speaker's reversed roles", () => {
    expect(
      offTopic(
        "Describe a time you had to give critical feedback to a peer.",
        "My manager give me feedback that my tests are too slow. She say it in the retro, in front of everybody. I feel bad but I fix it, now the suite run in four minutes.",
      ),
    ).toBeDefined();
  });

  it.each([
    [
      "the candidate telling someone",
      "I had to tell Ines, our newest analyst, that her Monday reports were late and the sales leads had stopped reading them. I was dreading it. I asked her to walk me through her Sunday, and we moved the report to Tuesday with a template. By June every report went out on time, and she told me later she was glad I said it early.",
    ],
    [
      "a non-native speaker who tells",
      "I tell my colleague his migration script is not good enough, it drop rows when the batch fail. I say it private, with the three rows as example. He was angry one day, then he fix it and thank me.",
    ],
  ])("does not flag %s", (_name, text) => {
    expect(offTopic(question, text)).toBeUndefined();
  });

  it("flags feedback received whose closing only says how the candidate gives it now", () => {
    const found = offTopic(
      "Tell me about a time you had to give someone difficult feedback.",
      "In my first year at a freight broker my manager took me aside after a client call and said I talked over the shipper twice and lost us the rate we wanted. I went red and had no answer. I asked her for the two moments, and she played me the recording. For a month I muted myself until the client had finished. It changed how I give feedback myself now: the recording, in private, the same day.",
    );
    expect(found?.message).toContain("someone's to you, not yours to someone else");
  });

  it("does not flag feedback given in the candidate's quoted words after asking someone for a chat", () => {
    expect(
      offTopic(
        "Walk me through a time you had to give difficult feedback to a peer.",
        "Another planner on my shift kept signing off loads he hadn't checked, and twice a trailer left overweight. I was dreading it, because he had ten years on me. I asked him for a coffee, and I said, look, the scale tickets from Tuesday and Friday were both over, and I don't think you want to be the one the police stop. He went quiet, then started weighing every load himself, and our lead made it the rule.",
      ),
    ).toBeUndefined();
  });

  it("flags bad news the candidate received when asked for bad news they delivered", () => {
    const asked = "Tell me about a time you had to deliver bad news.";
    const received =
      "The worst news I ever got came on a Monday in 2019, when our biggest customer rang to say it was moving its freight to a rival. I sat in the car park for a while, feeling hollow. Over the next quarter the firm found other contracts and kept everyone on. Since then I never count on one customer.";
    expect(offTopic(asked, received)?.message).toContain("someone's to you");
    const delivered =
      "In 2019 our biggest customer moved its freight to a rival, and I rang each of the six drivers on that contract to tell them before the notice went up. I was dreading it. Four moved to other routes and two took the redundancy terms. Now I tell people before the notice, every time.";
    expect(offTopic(asked, delivered)).toBeUndefined();
  });

  it.each([
    "Tell me about a time you gave a presentation that went badly.",
    "Tell me about a time you had to deliver with very ambiguous requirements.",
  ])("does not read a feedback-giving ask into %j", (asked) => {
    const inspected = inspectAnswer({
      kind: "behavioral",
      question: asked,
      text: "We shipped it.",
    });
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(inspected.value.signals.relevance.ask?.feedbackGiven).toBe(false);
  });
});

describe("off-topic: a close call is advice, not a cap", () => {
  const question = "Tell me about a time a colleague changed your mind about something.";
  const contested =
    "In 2022 Omar wanted to move our test suite to a new runner. I showed him the flaky-test numbers from the last quarter, 31 failures in all, and after a week he changed his mind. I was wrong about one thing, the runner's speed, which was better than I said. The suite stayed on the old runner and we fixed the three worst tests together. I was relieved, and now I bring numbers to every tooling debate.";

  it("says a story that leans the other way, with some of the asked story in it, may not answer", () => {
    const found = offTopic(question, contested);
    expect(found?.message).toMatch(/^This may not answer the question\./);
    const inspected = inspectAnswer({ kind: "behavioral", question, text: contested });
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(tentativeFlags(inspected.value.signals).has("off-topic")).toBe(true);
  });

  it("says plainly, and caps, a story with nothing of the asked kind in it", () => {
    const found = offTopic(WRONG, PROVEN_RIGHT);
    expect(found?.message).not.toContain("may not");
    const inspected = inspectAnswer({ kind: "behavioral", question: WRONG, text: PROVEN_RIGHT });
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(tentativeFlags(inspected.value.signals).size).toBe(0);
  });
});

describe("off-topic: genuine stories that look like the opposite", () => {
  it.each([
    [
      "a mistake with a happy ending",
      WRONG,
      "In March I told my team the new cache layer was safe to ship without a load test. I was wrong: on launch morning it served stale prices for forty minutes. I felt awful. I rolled it back, wrote the postmortem, and we relaunched the next week on time with a load test in the pipeline. The launch went well, and since then I run a load test before any change to pricing.",
    ],
    [
      "a non-native speaker's mistake",
      WRONG,
      "Last year I am sure the database can take more traffic, so I tell my manager we not need the extra server. This was my mistake. On the sale day the site is very slow for two hours and customers complain. I feel very bad and I say sorry to the team. After, I add the server and now I always test with real numbers before I decide.",
    ],
    [
      "a virtue-shaped mistake that cost something",
      WRONG,
      "My mistake was caring too much about polish. I held the Atlas release for two weeks to fix animations, and we missed the conference demo that sales had promised to a client. I was wrong to put my standards ahead of a date other people depended on, and I felt terrible telling the sales lead.",
    ],
    [
      "a lost argument later proven right",
      "Tell me about a time you pushed back on a decision and lost.",
      "In 2022 our director cut QA from two weeks to one. I pushed back with defect data from four releases, but I was overruled and the release went ahead anyway. I was frustrated for days. Three critical bugs reached customers, and six months later I was proven right when the director restored the second week.",
    ],
    [
      "a missed date told with a negation",
      "Describe a deadline you missed.",
      "We promised the client the app in March, but we did not hit the date. The payment integration took three weeks longer than I estimated, and I told the client only one week before. They were angry, and I felt ashamed. Now I tell people the day I see a slip.",
    ],
    [
      "a non-native speaker's missed date",
      "Describe a deadline you missed.",
      "We promise the client the app in March, but we not finish it on time. The payment part take three weeks more than my estimate and I tell the client only one week before. They are angry and I feel ashamed. Now I tell people early.",
    ],
    [
      "caring too little, told plainly",
      "Tell me about a time you didn't care about an ethical issue as much as you should have.",
      "In 2021 our growth team bought an email list from a vendor and I was asked to load it into our CRM. I didn't think twice about it and shrugged it off as marketing's call. Months later a customer asked how we got her address, and I felt embarrassed that I had never asked. Now I ask where data came from before I touch it.",
    ],
    [
      "a failure that began with a win",
      "Tell me about a time you failed.",
      "In 2020 I led the rewrite of our billing system. We won the internal bid to do it, but we missed every milestone and leadership cancelled the project after nine months. I felt sick about the two engineers I had pulled onto it. I had scoped it as one big switch, and since then I split any rewrite into pieces that ship on their own.",
    ],
    [
      "right about one thing and wrong about another",
      WRONG,
      "I was right about the risk but wrong about the fix. In 2022 I insisted on a retry queue for our webhooks; the real problem was a slow database index, and the queue hid it for a month. I felt embarrassed when our DBA found it in ten minutes. Now I profile before I add machinery.",
    ],
    [
      "a date promised, then missed",
      WRONG,
      "I told the client we would hit the March date easily. We didn't: the vendor API changed twice, and we launched in May. I was wrong to promise a date before I had read their changelog, and I felt awful calling the client.",
    ],
    [
      "a reviewer who was right",
      "Tell me about a code review where the reviewer turned out to be right and you were wrong.",
      "In 2023 Priya flagged that my retry loop in the payments client had no jitter. I thought I was right and merged it anyway. She was right: during the March outage every client retried in lockstep and doubled the load. I apologised to her, added jitter the same day, and now I read every review comment twice before I argue.",
    ],
    [
      "a changed mind told by someone who came to change the other's",
      "Tell me about a time someone changed your mind about something important.",
      "I walked into the review planning to change his mind, not mine. I wanted to drop the manual accessibility pass before each release because our automated checker found most issues. Tomas, who runs support, brought nine tickets from blind users that the checker had passed. I had trusted the checker's coverage figure and he had read the tickets. I felt a little embarrassed. I changed my position in the room: we kept the manual pass for anything with a form and dropped it elsewhere.",
    ],
    [
      "a mistake framed as a win, owned with a contracted had",
      WRONG,
      "Funny enough this is one of my best wins, you'll see. I was sure our support queue was slow because agents wrote long replies, so I set a 150-word limit. For two weeks the queue moved faster. Then reopened tickets went up by a third, because customers had to ask again. I'd pushed it hard. I told the agents plainly that I'd got it wrong, dropped the limit and we started tracking first-reply resolution instead. That number is the win, I suppose.",
    ],
    [
      "a failed risk told by someone who does not regret trying",
      "Tell me about a risk you took that didn't work out.",
      "In 2019 I left a steady job to build a tutoring marketplace with a friend. It didn't work out: after eight months we had 200 paying families and no investor. I was frightened about rent for a while. I don't regret trying, but I'd do it differently. I never asked how long the money would last, and next time I'd ask before I quit.",
    ],
    [
      "a changed mind told beside a mind the candidate changed",
      "Tell me about a time someone changed your mind about something important.",
      "Dev and I traded. I convinced him to drop the launch date, and he convinced the rest of the room on the architecture. I had believed a monolith would be faster to ship than services. Dev showed me our deploy logs: two teams were blocking each other on every release, eleven times in one quarter. I felt a bit foolish. Now I think the split was right, and we moved billing out first.",
    ],
    [
      "a mistake owned after words of success",
      WRONG,
      "It was one of my favourite wins, and it felt great to be right about the cache at first. Then the checkout page served stale prices for a whole Saturday. That was my mistake: I had skipped the load test because the numbers looked fine. I felt sick when support showed me the tickets. I rolled it back the same evening, and now nothing touches pricing without a load test.",
    ],
  ])("does not flag %s", (_name, question, text) => {
    expect(offTopic(question, text)).toBeUndefined();
  });
});

// The story's ending, read from its shape: whose option was kept, what was delivered, how the
// people in it parted, and whether the candidate would choose the same again.
describe("off-topic: how the story ended, read from its shape", () => {
  it("flags a call that held up when asked about being wrong, in other words each time", () => {
    const paraphrase =
      "Last year everyone on the team expected the queue migration to take a quarter, and I argued it would take a month. They went with my plan. We finished in five weeks and the old cluster was switched off in June. In the end my estimate was the one that held up.";
    const found = offTopic(WRONG, paraphrase);
    expect(found?.message).toContain("your own call held up");
    expect(found?.evidence.map((item) => item.quote)).toContain(
      "In the end my estimate was the one that held up",
    );
    expect(offTopic(WRONG, "Honestly? Mine was the one that held up.")).toBeDefined();
  });

  it("is not talked out of it by a sentence telling the grader what the story is about", () => {
    const found = offTopic(
      WRONG,
      "This story is about a time I was wrong. In 2023 my director wanted to rewrite the billing service, and I said we should keep it and fix the slow queries. He agreed to try my way first. The fixes took two weeks, the page got four times faster, and the rewrite was cancelled. In the end they used my plan for the other services too.",
    );
    expect(found?.evidence.map((item) => item.quote)).toContain(
      "In the end they used my plan for the other services too",
    );
  });

  it("flags a date met in a non-native speaker's words", () => {
    expect(
      offTopic(
        "Describe a deadline you missed.",
        "In my last job we have a deadline for the tax report in April. I make a plan with small steps and I check every day with the team. We finish the report two days before the deadline and the client is happy. So for me it went live on time, no problem.",
      ),
    ).toBeDefined();
  });

  it("flags an unresolved conflict that ended in friendship, and a mind changed the other way", () => {
    expect(
      offTopic(
        "Describe a conflict with a teammate that didn't resolve the way you wanted.",
        "Ana and I argued for months about code review rules. I wanted two approvals, she wanted one. We talked it through over lunch and agreed on a rule for each repository. We became close friends.",
      )?.message,
    ).toContain("it ended the way you wanted");
    expect(
      offTopic(
        "Tell me about a time a colleague talked you out of something you were sure about.",
        "My colleague Ben was sure we should build our own feature flags. I walked him through the audit log, the SDKs and the on-call it would need, and by the evening he'd changed his mind.",
      )?.message,
    ).toContain("you changed someone else's mind");
  });

  it("flags a story where a teammate let the candidate down", () => {
    expect(
      offTopic(
        "Tell me about a time you let a teammate down.",
        "A week before the release my teammate got sick and did not tell anyone his part was not finished. I stayed three nights and finished his migration scripts, and the release was on time.",
      )?.message,
    ).toContain("you covered for someone else");
  });

  it.each([
    [
      "being wrong told with the words of success",
      WRONG,
      "In 2022 I was sure our new search ranking would lift conversions, and I shipped it to everyone on a Monday. We hit the release date and the launch went smoothly, and the dashboards looked great for a week. Then the analysts showed that conversions had dropped four percent; my ranking buried the cheap items people actually bought. I had been wrong, and I felt foolish in the review. I rolled it back and now I run an A/B test before any ranking change.",
    ],
    [
      "right early on, wrong in the end",
      WRONG,
      "In the spring I told my manager the vendor's SDK would break on the new Android release, and it did; my team used my patch and we shipped on time. But I then insisted we keep the patch instead of upgrading, and that was wrong: by autumn the patched SDK leaked memory and crashed for ten percent of users. I felt embarrassed, because I had dug in. We upgraded in two days, and now I put an expiry date on every patch I write.",
    ],
    [
      "a lost argument the candidate would make again",
      "Tell me about a time you pushed back on a decision and lost.",
      "In 2021 I pushed back on cutting the beta, with data from three launches, and I lost; the director kept the date. I was frustrated. The launch had two bad bugs. I'd push back again, but earlier and with the cost in dollars.",
    ],
    [
      "a conflict that never resolved",
      "Describe a conflict with a teammate that didn't resolve the way you wanted.",
      "Ana and I argued for months about code review rules. I wanted two approvals, she wanted one. Our manager picked hers. We stayed polite, but we never worked it out, and I left the team that winter, a bit bitter.",
    ],
    [
      "a colleague who did change the candidate's mind",
      "Tell me about a time a colleague talked you out of something you were sure about.",
      "I was sure we needed a rewrite of the importer. Leila sat with me for an hour with the profiler, and she talked me out of it: one regex was most of the time. I changed my mind, felt a bit silly, and we fixed it in a day.",
    ],
    [
      "a hypothetical question, which sets no polarity",
      "What would you do if you realised you were wrong about a decision the team had already shipped?",
      "I would say so early. If I had argued for the design, I would tell the team that my call was the one that failed and propose a fix. In my last job we shipped on time and everyone agreed, but I would still raise it.",
    ],
    [
      "a missed date that still went live",
      "Describe a deadline you missed.",
      "I promised the client the portal by March 1st and missed it by three weeks, because the vendor changed its API in January. I told the client the day I knew, and I felt awful. We went live on the 21st.",
    ],
  ])("does not flag %s", (_name, question, text) => {
    expect(offTopic(question, text)).toBeUndefined();
  });
});

describe("off-topic: whose slip the story tells", () => {
  const question = "Tell me about a time you let a teammate down.";

  it.each([
    [
      "a colleague who forgot, told by the one who covered",
      "One Saturday before Christmas my colleague Rui was supposed to move the stock to our second store, and he forgot completely. On Sunday the other store had no consoles and customers were queuing. I drove twenty units over myself before opening, and after the weekend Rui and I wrote a checklist with two signatures.",
    ],
    [
      "a non-native speaker whose colleague forgot",
      "In my store my colleague he forget the transfer to other shop. Customers already waiting. I take the boxes in my car and drive forty minutes. After, we make checklist together so it is not only in one head.",
    ],
  ])("says %s may not answer, without capping the score", (_name, text) => {
    const found = offTopic(question, text);
    expect(found?.message).toContain("someone else's");
  });

  it.each([
    [
      "the candidate's own slip, told plainly",
      "I promised Mei I would review her migration before the Friday freeze, and I didn't check my calendar; I was on a train all Friday. She merged without a review, it broke the nightly import, and she spent Saturday on it. I felt terrible. I told her it was on me, and now I block review time the moment I say yes.",
    ],
    [
      "a slip the candidate shares with a colleague who made it visible",
      "Our mock exam key was wrong and sixty students got marks they had not earned. My colleague Ruth posted the key, and for a day I told myself it was her mistake. It was not only hers: I had changed two questions and sent her the old key without checking the attachment. I told our head of department, and we remarked every paper that weekend.",
    ],
    [
      "a colleague's slip that the candidate's own unchecked act let through, many words apart",
      "Priya's migration dropped the audit column, and support saw blank histories for a day. I had approved her pull request on my phone between two meetings without reading the schema file at all. I told our lead the approval was the real gap, and since then I review migrations at my desk or not at all.",
    ],
    [
      "a rollout the candidate owned up to, where nobody else had been trained",
      "As a new charge nurse, I rolled out a bedside handoff checklist without involving night shift. Within three weeks late medication passes at shift change went from a handful to over twenty, because handoffs took twice as long and nobody had been trained. I went to the night staff, owned that I'd rushed it, and asked them to redesign it with me.",
    ],
    [
      "someone else's imagined judgement, with the candidate's delay as the story",
      "I spent eight days stuck on a one-field change because I thought they would decide they had made a mistake hiring me. My lead asked every standup and I kept saying it was nearly done. When I finally asked Sam, he found the problem in twenty minutes. I felt sick about the eight days, and now I ask after one.",
    ],
  ])("does not flag %s", (_name, text) => {
    expect(offTopic(question, text)).toBeUndefined();
  });
});

describe("off-topic: a feedback question answered with no feedback at all", () => {
  const question = "Tell me about the hardest feedback you've received.";

  it("says so, quoting the opening, when no words pass to or from anyone", () => {
    const text =
      "The hardest stretch of my career was moving our analytics from Hadoop to BigQuery in 2020. There were about 1,100 scheduled jobs and I built an inventory from six months of logs. About forty percent fed nothing, so I switched those off first. The rest moved in waves over eight months.";
    const found = offTopic(question, text);
    expect(found?.message).toContain("no one gives you feedback in it");
    expect(found?.evidence[0]?.quote).toBe(
      "The hardest stretch of my career was moving our analytics from Hadoop to BigQuery in 2020.",
    );
  });

  it.each([
    [
      "feedback received once, with the adverb between subject and verb",
      "I once received feedback from my director that my status updates hid bad news. She showed me two of them side by side with the incident timeline. I was embarrassed. Since then every update I send opens with what is red and why.",
    ],
    [
      "being told, in the passive",
      "In my second review I was told that my designs ignored keyboard users, with three screens as examples. It stung because I had been proud of them. I learned the focus rules that month and now test every screen without a mouse.",
    ],
  ])("does not flag %s", (_name, text) => {
    expect(offTopic(question, text)).toBeUndefined();
  });
});

describe("off-topic: an apology or a request for help told the other way round", () => {
  const APOLOGISE = "Tell me about a time you had to apologise to a colleague.";
  const OWED = "Think of an apology you owed someone at work. Did you make it?";
  const HELP = "Describe a time you needed help and asked for it.";
  const LATE_HELP = "Tell me about a time you asked for help later than you should have.";

  it("flags an apology received when asked for one the candidate made, quoting the apology", () => {
    const text =
      "Our release manager, Greta, tore into me on the incident call for a rollback that was actually the database team's. Everyone heard it. The next morning she came over to my desk and apologized, and said she had read the timeline and I had done nothing wrong. We get on well now and she checks the timeline before she speaks.";
    const found = offTopic(APOLOGISE, text);
    expect(found).toBeDefined();
    expect(found?.message).toContain("someone's to you");
    const quotes = found?.evidence.map((item) => item.quote) ?? [];
    expect(quotes.some((quote) => quote.includes("apologized"))).toBe(true);
    for (const item of found?.evidence ?? [])
      expect(item.quote).toBe(text.slice(item.start, item.end));
    expect(analyse({ kind: "behavioral", question: APOLOGISE, text }).overall).toBeLessThanOrEqual(
      2,
    );
  });

  it("keeps an apology the candidate made, and one they owed and never made, on topic", () => {
    const made =
      "I merged Tom's migration without waiting for his last test run and it locked the orders table for ten minutes. He was furious, and he was right. I went to him that afternoon and said sorry, and that it was my call, not his. Now I wait for the author's go-ahead.";
    const neverMade =
      "I took credit in a planning meeting for an idea that was mostly Aisha's. She never said anything, and she apologised to me later for being quiet in that meeting, which made it worse. I still haven't apologised to her; I keep meaning to, and that is the honest answer.";
    expect(offTopic(APOLOGISE, made)).toBeUndefined();
    expect(offTopic(OWED, neverMade)).toBeUndefined();
  });

  it("flags help given when asked for help the candidate needed, however it is told", () => {
    const phoned =
      "At 1 a.m. the on-call analyst phoned me in a panic because the payroll export had failed and four hundred people would not be paid on Friday. I logged in, found the expired key, rotated it and reran the export while she watched. Everyone was paid on time and we added an alert for keys that expire within a month.";
    const asked =
      "A new hire, Kofi, asked me to look at his pull request because his tests kept timing out. I sat with him for an hour, and we found the fixture that opened a real network socket. I helped him replace it with a fake, and his suite went from nine minutes to forty seconds.";
    for (const text of [phoned, asked]) {
      const found = offTopic(HELP, text);
      expect(found).toBeDefined();
      expect(found?.message).toContain("asked of you");
      expect(found?.evidence.some((item) => /phoned me|asked me/.test(item.quote))).toBe(true);
    }
  });

  it("keeps a story of turning to someone, who then asks the candidate questions, on topic", () => {
    const text =
      "Two weeks into the data migration I was lost in the legacy schema. On a Friday I finally messaged Dana, who had built it. She asked me what I had tried, and then asked me to share my screen. In twenty minutes she showed me the audit table nobody had documented. I finished the mapping that weekend.";
    expect(offTopic(HELP, text)).toBeUndefined();
  });

  it("keeps a story of asking late, or of not asking at all, on topic", () => {
    const late =
      "I spent nine days stuck on a memory leak in our image service before I went to our staff engineer for help. I didn't want to look slow in my first month. She found it in an hour with a heap snapshot. I should have asked on day two, and now I give myself a day before I ask.";
    const notAsked =
      "I should have asked for help with the billing migration and didn't. My lead, Sam, asked me twice how it was going and I said fine. It slipped three weeks.";
    expect(offTopic(LATE_HELP, late)).toBeUndefined();
    expect(offTopic(LATE_HELP, notAsked)).toBeUndefined();
  });
});

describe("off-topic: a request is not feedback", () => {
  it("does not read 'he asked me to come back' as hard words the candidate heard", () => {
    const question = "Tell me about a time you received critical feedback from someone.";
    const text =
      "I mentor a new teacher, Marek. I watched his lesson and he talked for half an hour while the back row was on phones. I told him what worked first, and then I showed him my notes with the times. He was quiet for a long while. A week later he asked me to come again, and the lesson was much better.";
    expect(offTopic(question, text)?.message).toContain("yours to someone else");
  });
});

describe("off-topic: a risk that paid off, asked for one that did not", () => {
  const RISK = "Tell me about a time you took a risk that didn't pay off.";

  it("says nothing in it went wrong when the bet came good", () => {
    const text =
      "I moved our nightly billing run to a new queue service two weeks before the audit, which my director thought was reckless. I ran both systems side by side for ten nights and compared every invoice. They matched, we switched on the first of the month, and the run went from four hours to forty minutes.";
    const found = offTopic(RISK, text);
    expect(found?.message).toContain("nothing in it went wrong");
  });

  it("keeps a bet that came to nothing on topic, however plainly it is told", () => {
    const plain = [
      "I pushed to hire a contractor with no references because she interviewed brilliantly. She left after six weeks and the onboarding came to nothing; we wasted most of a quarter.",
      "I bet our launch on a partner's API that was still in beta. They changed the pricing a month before we shipped and we lost the margin on every order.",
    ];
    for (const text of plain) expect(offTopic(RISK, text)).toBeUndefined();
  });
});

describe("off-topic: a call someone doubted, asked for a time the candidate was wrong", () => {
  const WRONG_IMPORTANT = "Tell me about a time you were wrong about something important.";
  const VINDICATED =
    "In my first year at a payments startup I noticed our fraud model was flagging far fewer chargebacks than the month before. My lead thought I was being paranoid and told me to drop it. I kept pulling samples over the weekend and found that a vendor had changed a field format, so the model saw every card as domestic. We patched the parser on Monday and the flag rate went back to normal. My lead thanked me in the retro.";

  it("flags a hunch borne out against a doubter, quoting the doubt", () => {
    const found = offTopic(WRONG_IMPORTANT, VINDICATED);
    expect(found?.message).toContain("someone doubted your call");
    expect(found?.evidence.map((item) => item.quote)).toContain(
      "My lead thought I was being paranoid",
    );
    expect(
      analyse({ kind: "behavioral", question: WRONG_IMPORTANT, text: VINDICATED }).overall,
    ).toBeLessThanOrEqual(2);
  });

  it("flags it in a non-native speaker's present tense, where the doubt is 'it is fine'", () => {
    const found = offTopic(
      "Describe a time you misjudged a situation.",
      "I am working in a warehouse in Gdansk as shift planner. One day the scanner shows that a pallet of medicine is at minus twenty, but the box is warm when I touch it. My supervisor says it is fine, the scanner is never wrong. But I still call the quality team and we open it. The cooling pack is broken and the medicine is spoiled. We stop the shipment and the client thanks us.",
    );
    expect(found?.evidence.map((item) => item.quote)).toContain("My supervisor says it is fine");
  });

  it.each([
    [
      "the doubter proved right",
      "In my first year at a payments startup I noticed our fraud model was flagging far fewer chargebacks than the month before. My lead thought I was being paranoid. I spent a week pulling samples and held the model release while I did. It turned out the drop was seasonal, exactly as she had said, and the release slipped a week for nothing. I should have checked last year's numbers before I raised the alarm.",
    ],
    [
      "a go-ahead taken at its word",
      "Before a big sale I asked my lead whether we needed a load test on the new checkout, and she said it was fine. So I shipped it on Friday without one. On Monday the checkout fell over under the sale traffic for two hours and we lost about eight thousand orders. I had the numbers to know better and I didn't push.",
    ],
    [
      "a doubt the candidate overrode, and was wrong to",
      "My lead said the config was fine, but I still rolled it back at midnight. The rollback itself took the site down for an hour, and her config had been fine all along. I was wrong, and I told the team so the next morning.",
    ],
  ])("keeps %s on topic", (_name, text) => {
    expect(offTopic(WRONG, text)).toBeUndefined();
  });
});

describe("off-topic: a failure told by what did not come", () => {
  const FAILED = "Tell me about a time you failed.";

  it.each([
    [
      "funding that did not come",
      "I ran the after-school coding club at our library and planned the whole spring term on a council grant we had won two years in a row. We didn't get it this time, and I had already promised places to forty kids. That was a rough week. I cut the term to six sessions, asked two local firms for laptops, and rang every family myself to explain. Now I never plan a term on money that isn't in the account.",
    ],
    [
      "a plan that did not work",
      "I moved our support team to a four-day rota to cut overtime, and it didn't work: response times doubled by the second week and two of our biggest customers rang my boss. I went back to the old rota after a month and told the team why.",
    ],
    [
      "a shortfall in numbers",
      "The new intake form I designed went live in every clinic on the date we promised. Three months later the audit showed fewer than half of patients were being asked the screening questions, because the form hid them behind a tab nobody opened. I redesigned it with the nurses and sat in two clinics for a week to watch it used.",
    ],
  ])("keeps %s on topic", (_name, text) => {
    expect(offTopic(FAILED, text)).toBeUndefined();
  });

  it("still flags a success told for a failure", () => {
    expect(
      offTopic(
        FAILED,
        "I led the checkout rewrite and we shipped it two weeks early. Conversion went up four percent and the team got an award at the all-hands. It was the best quarter of my career.",
      ),
    ).toBeDefined();
  });
});

describe("off-topic: a success named as the failure", () => {
  const FAILED = "Tell me about a time you failed.";

  it.each([
    [
      "demand that beat the forecast",
      "My biggest failure was underestimating how popular the booking widget would be. I built it for our yoga studios in a fortnight and we expected a few dozen bookings a day; we got nine hundred on the first Monday and the confirmation texts backed up. I added a second queue that night, and by the end of the month the widget had doubled our class fill rate.",
    ],
    [
      "a failure said to be one of forecasting",
      "I'd call my biggest failure the mentoring scheme I set up for new graduates. We thought ten people might sign up and sixty did, so I spent my evenings pairing them by hand for a month. It became the firm's main retention tool. So if I failed, I failed at forecasting demand, and now I always plan for success as well as for the base case.",
    ],
    [
      "a project with no failure in it",
      "The closest thing I have to a failure is the warehouse relabelling project. Everybody expected it to slip, because we had five weeks for a job the last manager had scoped at four months. I cut it to the two aisles where most picking errors happened, and we finished a week early with mispicks down by a third.",
    ],
    [
      "demand that beat the plan, in a non-native speaker's words",
      "For me the biggest fail was in my previous company in Pune, when we launch the tiffin delivery app. We are thinking maybe two hundred orders in first week, but we receive more than four thousand, so the kitchen partners cannot cope and some orders come late. Actually the app was too popular for our plan. We hire ten more riders in three days and after that month the investors give us the next round. So my learning is to plan for success also.",
    ],
    [
      "a failure said to be one of estimating, with capacity planned for success",
      "I'd say my biggest failure was the parts-lookup app I built for our repair vans in 2021. I guessed forty technicians would use it; within a month three hundred did, because the regional managers rolled it out themselves. So really I failed at estimating demand. I moved it onto a proper search index over two weeks, and lookups now take under a second. I was delighted. The lesson was to plan capacity for success, not just for the pilot.",
    ],
  ])("flags %s, quoting the sentence that names it", (_name, text) => {
    const flag = offTopic(FAILED, text);
    expect(flag?.message).toContain("the failure you name is a success");
  });

  it.each([
    [
      "demand that beat the forecast and broke something the candidate owned",
      "My biggest failure was underestimating how popular the booking widget would be. I sized the message queue myself and never load-tested it. On launch day it fell over, three hundred customers were double-charged, and two studios cancelled their contracts. That was on me: I had skipped the test to hit the date.",
    ],
    [
      "an estimate that ran long",
      "I underestimated how long the data migration would take. I told my director three weeks; it took nine, and the finance close slipped a month because of me. I apologised to the controller and now I pad every estimate by what the last one missed.",
    ],
  ])("keeps %s on topic", (_name, text) => {
    expect(offTopic(FAILED, text)).toBeUndefined();
  });
});

describe("off-topic: an owned mistake told without the usual words", () => {
  const COST = "Tell me about a time you were wrong and it cost something.";

  it("finds the damage a product did and the call the candidate owns", () => {
    const text =
      "I ran quality for a small bakery chain's packaging line. A roll of lidding film came in a little thinner than the spec sheet, and since the last thin roll had sealed fine I signed it off. Three weeks later two supermarkets sent back pallets of tubs with lids cracking in the chiller. It was my call, and we paid for the rework. Now any film outside spec gets a seal test before it goes on the line.";
    expect(offTopic(COST, text)).toBeUndefined();
  });

  // The pharmacist was right here, so the flag stands; shaken as she was, it is said as a doubt.
  it("keeps 'nothing went wrong' a close call when the teller was shaken", () => {
    const text =
      "I was the pharmacist on the night shift when a prescription came through for ten times the usual dose of methotrexate. I went cold reading it. I rang the prescriber, who said to dispense it as written, and I refused until the consultant confirmed the dose in the morning. The consultant’s dose was a tenth of the first, and the patient got the right one. Since then I ring the consultant myself for any high-risk drug.";
    const found = offTopic(COST, text);
    expect(found?.message).toContain("This may not answer the question");
    expect(found?.message).toContain("nothing in it went wrong");
  });

  it("still says firmly that nothing went wrong in a calm success story", () => {
    const text =
      "I moved our nightly stock count to handheld scanners before the holiday season. I ran both counts side by side for a fortnight and compared every aisle. They matched, we switched on the first of December, and the count went from four hours to fifty minutes.";
    const result = analyse({ kind: "behavioral", question: COST, text });
    expect(result.flags.find((f) => f.code === "off-topic")?.message).toContain(
      "nothing in it went wrong",
    );
    expect(result.overall).toBeLessThanOrEqual(2);
  });
});

describe("off-topic: feedback sent to the candidate's team", () => {
  const HARSH = "Tell me about a time a customer gave you harsh feedback.";

  it("reads a complaint and words told to 'us' as feedback received", () => {
    const text =
      "A regional bus operator sent us a complaint that our timetable app showed buses that had been cancelled. Their operations manager told us it was useless at peak times. I was embarrassed, because I had written the feed importer. I traced it to cancellations arriving in a second file we never read, fixed the importer that week, and now I test against their real feeds, not our samples.";
    expect(offTopic(HARSH, text)).toBeUndefined();
  });
});

describe("off-topic: asks worded with words between", () => {
  it("reads 'an argument at work that you lost' as asking for a loss", () => {
    const question = "Tell me about an argument at work that you lost.";
    const won =
      "Our director wanted to move the warehouse cut-over to the week before Christmas. I argued against it with a year of order volumes by day, and I was honestly nervous presenting them. He agreed to wait, and we moved in February without a single late parcel. I learned to bring the numbers, not the worry.";
    const inspection = inspectAnswer({ kind: "behavioral", question, text: won });
    expect(inspection.ok && inspection.value.signals.relevance.ask?.loss).toBe(true);
    expect(offTopic(question, won)?.message).toContain("it tells how you won");
    const lost =
      "I argued that we should keep the old scanner firmware through the peak season. My director overruled me and the upgrade went out in November. I was frustrated for a week. It went fine, and now I ask what evidence would change his mind before I argue.";
    expect(offTopic(question, lost)).toBeUndefined();
  });

  it("reads 'it went ahead anyway' as asking for a decision that went against the candidate", () => {
    const question = "Tell me about a time you objected to a plan and it went ahead anyway.";
    const won =
      "The ward manager wanted to move every drug round to one nurse per bay. I thought it would stretch the night shift, so I counted three weeks of rounds and showed her that two bays ran forty minutes late. She kept the old rota, and the late rounds stopped.";
    const inspection = inspectAnswer({ kind: "behavioral", question, text: won });
    expect(inspection.ok && inspection.value.signals.relevance.ask?.loss).toBe(true);
    expect(offTopic(question, won)).toBeDefined();
    const lost =
      "The ward manager moved every drug round to one nurse per bay, over my objection. I was overruled and annoyed. For a month two bays ran late, and I logged each one; in March she brought back the old rota for nights. Now I bring the log before the meeting, not after.";
    expect(offTopic(question, lost)).toBeUndefined();
  });

  it("reads 'followed it anyway' as asking for a rule that stood over the candidate's objection", () => {
    const question =
      "Tell me about a time you disagreed with a company policy but followed it anyway.";
    const changed =
      "At a banking startup every production access needed two approvers, even in a sev-1. I thought that was wrong: it had added up to 40 minutes to three outages. I wrote a break-glass proposal with session recording, took it to the CISO, and the policy was changed a month later. We have used break-glass four times since.";
    expect(offTopic(question, changed)?.message).toContain("it tells how you won");
    const followed =
      "At a banking startup every production access needed two approvers, even in a sev-1. I thought that was wrong, and I said so to the CISO, but she kept it for the audit. So in the next outage I waited eighteen minutes for a second approver and said nothing on the bridge. I was furious that night. I still think it is wrong for sev-1s, and I now keep a second approver on call beside me.";
    expect(offTopic(question, followed)).toBeUndefined();
  });

  it("reads 'give someone difficult feedback' as asking for hard words the candidate said", () => {
    const question = "Tell me about a time you had to give someone difficult feedback.";
    const received =
      "My first editor called me in and told me my front-page story quoted the council four times and no tenant once. I went red and was angry with her for a day. Then I went back to the estate and interviewed eleven tenants for the follow-up. Now I ask who a story is for before I write it.";
    expect(offTopic(question, received)?.message).toContain("someone's to you");
  });
});

describe("off-topic: things that disagree are not people who do", () => {
  const CLASH = "Tell me about a time you clashed with a teammate over how to do something.";

  it("finds no other person in a story where only the numbers disagreed", () => {
    const text =
      "During the ledger migration the old and new systems disagreed on about one order in three hundred, and the error reports said nothing useful. I spent two weeks on it and traced it to a column that rounded to two decimals. I fixed the rounding, backfilled the rows, and we cut over on the planned weekend. I now compare column types before I compare data.";
    expect(offTopic(CLASH, text)?.message).toContain("no other person appears in it");
  });

  it("counts a role written as initials as a person", () => {
    const text =
      "Our VP wanted the pricing page live before the sale, and I said the test had not run long enough. He was annoyed and I was nervous the whole meeting. We shipped a week later with the result in hand, and since then I put the test length in the plan up front.";
    expect(offTopic("Tell me about a time a senior person leaned on you.", text)).toBeUndefined();
  });
});

describe("off-topic: an apology named as the topic of a sentence", () => {
  const APOLOGY = "Tell me about a time you had to apologise to someone at work.";

  it("is no apology of the candidate's: 'the apology I remember best was one I received'", () => {
    const text =
      "The apology I remember best was one I received. My site manager shouted at me in front of the crew over an order that matched the drawing exactly. I said nothing, because my voice would have shaken. The next morning she came to the cabin and said she was sorry, and she said it again at the next site meeting. Now I try to fix things the same way: in front of the same people.";
    expect(offTopic(APOLOGY, text)?.message).toContain("the apology in it is someone's to you");
  });

  it("keeps the candidate's own apology named first: 'my apology to her came a week late'", () => {
    const text =
      "My apology to her came a week late. I had blamed Ines in the stand-up for a failed deploy that was my config change. I felt sick when I saw the diff. I told her I was sorry, then told the whole team it was my change, and now I check the history before I say whose change broke anything.";
    expect(offTopic(APOLOGY, text)).toBeUndefined();
  });
});

// An answer that says, at its opening, that it tells something else has answered another
// question, whatever the story it then tells. A second example offered beside the asked one, and
// a "bigger question" that is the asked one seen wider, are not swaps.
describe("off-topic: an answer that announces it turns to something else", () => {
  const VIEW = "What do you make of our plan to publish the weights of our small models?";

  it("flags a story swapped at the opening, quoting the words that swap it", () => {
    const found = offTopic(
      "Tell me about a time a launch you ran slipped.",
      "To be honest I'd like to talk about a different story, because it shows my planning better. Last spring I ran the kiosk rollout for a grocery chain in Leeds and we went live four days early. I set up one board for every dependency and walked it with the store managers each Monday.",
    );
    expect(found).toBeDefined();
    expect(found?.message).toContain("it says it turns to something else");
    expect(found?.evidence.map((item) => item.quote)).toContain("talk about a different story");
  });

  it("flags 'I would rather speak about' at the opening of a story", () => {
    const found = offTopic(
      "Tell me about a decision of yours that went badly.",
      "I would rather speak about the principles I hold to. I never cut corners on testing, and I always keep my commitments to the people I work with.",
    );
    expect(found).toBeDefined();
  });

  it("flags a view that turns to a bigger question sharing nothing with the one asked", () => {
    const found = analyse({
      kind: "opinion",
      question: VIEW,
      text: "For me the larger issue is liability. Courts have not settled who pays when a hospital's triage tool harms a patient, and until they do, nobody will deploy carefully.",
    }).flags.find((f) => f.code === "off-topic");
    expect(found).toBeDefined();
    expect(found?.evidence.map((item) => item.quote)).toContain("the larger issue is");
  });

  it("keeps a bigger question that names what was asked", () => {
    const found = analyse({
      kind: "opinion",
      question: VIEW,
      text: "The bigger question is whether publishing the weights lets anyone do harm they could not do before. For models this small I doubt it, and the research value to outside labs is real, so I would publish them with the evaluations alongside.",
    }).flags.find((f) => f.code === "off-topic");
    expect(found).toBeUndefined();
  });

  it.each([
    "Honestly, the more pressing fight right now is over liability. Courts have not settled who pays when a triage tool harms a patient, and until they do, nobody deploys carefully.",
    "What I care about most here is liability. Courts have not settled who pays when a triage tool harms a patient, and until they do, nobody deploys carefully.",
  ])("flags a more pressing fight that shares nothing with the question: %j", (text) => {
    const found = analyse({ kind: "opinion", question: VIEW, text }).flags.find(
      (f) => f.code === "off-topic",
    );
    expect(found).toBeDefined();
  });

  it.each([
    "I think the more important lever is actually on the liability side. Courts have not settled who pays when a triage tool harms a patient, and until they do, nobody deploys carefully.",
    "Liability is the more interesting question, honestly. Courts have not settled who pays when a triage tool harms a patient, and until they do, nobody deploys carefully.",
    "The real issue isn't at the labs at all. Courts have not settled who pays when a triage tool harms a patient, and until they do, nobody deploys carefully.",
  ])("flags a more important lever or piece that shares nothing with the question: %j", (text) => {
    const found = analyse({ kind: "opinion", question: VIEW, text }).flags.find(
      (f) => f.code === "off-topic",
    );
    expect(found).toBeDefined();
  });

  it("keeps the more important piece when it is a piece of what was asked", () => {
    const found = analyse({
      kind: "opinion",
      question: VIEW,
      text: "The more important piece is which weights get published: for small models the evaluations show little uplift, so I would publish those, and hold back the frontier ones until outside testing is done.",
    }).flags.find((f) => f.code === "off-topic");
    expect(found).toBeUndefined();
  });

  it("keeps what the candidate cares about most when it is what was asked", () => {
    const found = analyse({
      kind: "opinion",
      question: VIEW,
      text: "What I care about most here is whether publishing the weights of small models helps anyone do harm they could not do already. For models this size I doubt it, so I would publish them with their evaluations.",
    }).flags.find((f) => f.code === "off-topic");
    expect(found).toBeUndefined();
  });

  const IF_ASKED =
    "What would you do if a colleague showed only the best of several benchmark runs in a launch review?";

  it("flags a question of what you would do answered with a story it reminds you of", () => {
    const found = analyse({
      kind: "values",
      question: IF_ASKED,
      text: "Funnily enough, that reminds me of a slip of my own in my first year. I quoted a latency figure from a run where the cache was still warm, a colleague reran it cold and got double. I felt sick, told my lead that afternoon and we fixed the slide before it went out. Now I always state how a number was measured.",
    }).flags.find((f) => f.code === "off-topic");
    expect(found).toBeDefined();
    expect(found?.evidence.map((item) => item.quote)).toContain("reminds me of");
  });

  const WRONG_NUMBER = "Tell me about a time you reported a number that turned out to be wrong.";

  it("keeps 'reminds me of' at the opening of a story that was asked for", () => {
    expect(
      offTopic(
        WRONG_NUMBER,
        "That reminds me of my first year, when I got a number badly wrong. I quoted a latency figure from a run where the cache was still warm, and a colleague reran it cold and got double. I felt sick, told my lead that afternoon and we fixed the slide before it went out. Now I always state how a number was measured.",
      ),
    ).toBeUndefined();
  });

  // Told without "wrong", the rerun that came out double is not read as what went wrong.
  it.fails("reads a figure rerun and come out double as the thing that went wrong", () => {
    const text =
      "That reminds me of my first year. I quoted a latency figure from a run where the cache was still warm, and a colleague reran it cold and got double. I felt sick, told my lead that afternoon and we fixed the slide before it went out. Now I always state how a number was measured.";
    expect(offTopic(WRONG_NUMBER, text)).toBeUndefined();
  });

  it("keeps a second example offered after the asked story has begun", () => {
    const found = offTopic(
      "Tell me about a time you failed.",
      "I failed to move our billing to the new ledger before the audit in 2021, and we had to run both systems for a quarter. I could also tell you about a different project later. I had promised the date without asking the finance team how long their checks take, and I was embarrassed when the auditor asked why we had two ledgers. Now I ask every team that signs off for their own estimate before I commit to a date.",
    );
    expect(found).toBeUndefined();
  });

  it("keeps a swap word met late in the story", () => {
    const found = offTopic(
      "Tell me about a time you failed.",
      "I missed the cut-over date for our payroll system by three weeks, because I had not tested the tax tables for part-time staff. I told my manager the day I knew and wrote up a plan. People got paid on time from the old system. My manager asked me later whether I would rather talk about it at the all-hands, and I did, because others were making the same assumption.",
    );
    expect(found).toBeUndefined();
  });
});

// A reply to a follow-up is asked for no kind of story, but one that announces it turns to another
// project has left the story the follow-up asked about. A follow-up that itself asks for another
// example is answered by one.
describe("off-topic: a follow-up answered with another story", () => {
  const QUESTION = "Tell me about a time a release you owned went out late.";
  const followUp = (question: string, text: string) =>
    analyse({
      kind: "behavioral",
      question: QUESTION,
      followUp: { question, targets: ["no-outcome"] },
      text,
    }).flags.find((f) => f.code === "off-topic");

  it("flags a follow-up reply that swaps in a different project, naming the follow-up", () => {
    const found = followUp(
      "How did the customers take the delay?",
      "Honestly, I'd rather talk about a different project, one that went better. At the co-op bank we shipped the new statements page ten days early, and the branch staff sent us a thank-you card.",
    );
    expect(found).toBeDefined();
    expect(found?.message).toContain('The follow-up asks "How did the customers take the delay?"');
    expect(found?.evidence.map((item) => item.quote).join(" ")).toContain("rather talk");
  });

  it("keeps a follow-up reply that answers it", () => {
    const found = followUp(
      "How did the customers take the delay?",
      "Two of the five pilot stores complained to their account manager, and one asked for a discount on the next quarter. I called both store leads myself, explained the missing tax step, and gave them the new date in writing.",
    );
    expect(found).toBeUndefined();
  });

  it("keeps another story when the follow-up asks for one", () => {
    const found = followUp(
      "Can you give me a different example, where the delay was your call?",
      "Sure, let me tell you about a different project. In 2023 I held our mobile release back a week because the crash rate on older Android phones was twice the usual, and I told the product lead before the date slipped.",
    );
    expect(found).toBeUndefined();
  });

  it("keeps a second story offered beside the reply", () => {
    const found = followUp(
      "What did you change afterwards?",
      "I could also tell you about a different project, but the change here was simple: every release now has a named owner for the data migration, and I check the dry run two days before.",
    );
    expect(found).toBeUndefined();
  });
});

// Asked what the candidate would do once something has gone wrong, an answer that opens by making
// sure it never happens answers another question. Prevention after the response ("…and make sure
// it never happens again"), or asked for in the question itself, is part of the answer.
describe("off-topic: asked for a response, the answer turns to prevention", () => {
  const RESPONSE =
    "What would you do if you noticed, the morning after a release, that invoices were going out with the wrong tax rate?";
  const hypothetical = (question: string, text: string) =>
    analyse({ kind: "behavioral", question, text }).flags.find((f) => f.code === "off-topic");

  it("flags an answer whose opening keeps it from happening at all", () => {
    const found = hypothetical(
      RESPONSE,
      "Honestly, the goal is that it should never get that far. On my team every change to billing gets a second reviewer from finance, and we keep a fixture of forty real invoices that the pipeline has to reproduce to the cent before anything ships.",
    );
    expect(found).toBeDefined();
    expect(found?.message).toContain("it turns to keeping it from happening");
    expect(found?.evidence.map((item) => item.quote).join(" ")).toContain("never get that far");
  });

  it("keeps an answer that responds first and prevents a repeat after", () => {
    const found = hypothetical(
      RESPONSE,
      "First I'd stop the invoice run and tell finance which customers got a wrong rate. Then I'd roll the release back and send corrected invoices with a short note. After that I'd add a fixture of real invoices to the pipeline, so that it never happens again.",
    );
    expect(found).toBeUndefined();
  });

  it("keeps a response whose opening says it prevents more harm", () => {
    const found = hypothetical(
      RESPONSE,
      "I'd pause the invoice job to prevent more wrong invoices going out, and call the finance lead before customers start calling us. Then I'd work out how many went out and correct each one.",
    );
    expect(found?.message ?? "").not.toContain("keeping it from happening");
  });

  it("flags 'the real fix is structural' for 'suppose you found out…'", () => {
    const found = hypothetical(
      "Suppose you found out a colleague had been quietly cherry-picking eval runs to make a model look better in a launch review. What would you do?",
      "I think the real fix here is structural. If one person can cherry-pick runs, the process is broken. On my last team we pre-registered the eval config, and the launch review only accepted numbers from the CI job. With that in place cherry-picking basically can't happen, so that's what I'd push for.",
    );
    expect(found?.message).toContain("keeping it from happening");
  });

  it("keeps a response to 'suppose you found out…' that names the process after acting", () => {
    const found = hypothetical(
      "Suppose you found out a colleague had been quietly cherry-picking eval runs to make a model look better in a launch review. What would you do?",
      "I'd talk to her before the review and ask how she chose the runs, then ask for the numbers from every seed. If she refused, I'd tell the review lead myself. Afterwards the real fix is structural: pre-registered eval configs.",
    );
    expect(found).toBeUndefined();
  });

  it("keeps prevention when the question asks how to prevent", () => {
    const found = hypothetical(
      "How would you make sure a release never sends invoices with the wrong tax rate?",
      "I'd make sure it never gets that far: a fixture of forty real invoices that every release must reproduce to the cent, and a reviewer from finance on any change to the tax tables.",
    );
    expect(found).toBeUndefined();
  });
});

// Asked about a conflict with a person, an answer whose opening names a thing as the other side
// ("my biggest fight was with a legacy codebase") tells another story. A person, a group of people
// or a name on the other side, or a thing met later in a story about a person, is the asked one.
describe("off-topic: someone's struggle with a thing is no conflict", () => {
  it("keeps a story of helping a colleague who was struggling with a codebase", () => {
    const found = offTopic(
      "Tell me about a time you helped a colleague who was having a hard time.",
      "A new backend engineer joined who was struggling with our checkout service, and he'd been stuck on his first ticket for over a week. I offered to pair with him, and we spent two afternoons on the order-state machine. He closed the ticket that week and now owns the returns flow.",
    );
    expect(found?.message ?? "").not.toContain("with a thing");
  });
});

describe("off-topic: a conflict with a thing, asked for one with a person", () => {
  const PERSON = "Tell me about a conflict with a colleague and how you handled it.";

  it("flags an opening whose conflict is with a thing", () => {
    const found = offTopic(
      PERSON,
      "My biggest fight that year was honestly with a legacy billing codebase. Nobody had touched the invoicing module since 2017, and every change broke something in the tax rules. I wrote characterisation tests for two weeks before changing a line, and we shipped the new rates on time.",
    );
    expect(found).toBeDefined();
    expect(found?.message).toContain("its conflict is with a thing, not a person");
    expect(found?.evidence.map((item) => item.quote).join(" ")).toContain(
      "legacy billing codebase",
    );
  });

  it.each([
    [
      "a colleague by role",
      "The conflict was with our new staff engineer, who wanted to rewrite the queue in Rust.",
    ],
    [
      "a group",
      "The conflict was with the design team, who wanted the settings page redone in the middle of the release.",
    ],
    ["a name", "My conflict was with Priya, who had owned the billing service for three years."],
    ["a pronoun", "I had a real clash with him over who should own the on-call rotation."],
    [
      "a leader",
      "I have a conflict with my team leader, who wants every merge approved in an hour.",
    ],
  ])("keeps a conflict with %s", (_who, opening) => {
    const found = offTopic(
      PERSON,
      `${opening} I asked for an hour with them, we wrote down what each of us was afraid of, and we agreed on a two-week trial. It held, and we still use it.`,
    );
    expect(found?.message ?? "").not.toContain("with a thing");
  });

  it("keeps a thing met later in a story about a person", () => {
    const found = offTopic(
      PERSON,
      "Tomás and I disagreed about whether to delay the launch. He wanted to ship on Monday; I wanted another week of load testing. Our real struggle was with the load balancer config, which neither of us fully understood, so we paired on it for two days and shipped on Wednesday.",
    );
    expect(found?.message ?? "").not.toContain("with a thing");
  });

  it("flags a working relationship with a system, asked about a colleague's style", () => {
    const found = offTopic(
      "Tell me about a coworker whose way of working annoyed you.",
      "The toughest working relationship I had at the bank was with our nightly reconciliation job. It was four thousand lines of SQL nobody dared touch, and it failed about twice a month. I split it into stages with their own alerts and moved it to dbt over a quarter.",
    );
    expect(found?.message).toContain("its conflict is with a thing, not a person");
  });

  it("keeps a working relationship with a person", () => {
    const found = offTopic(
      "Tell me about a coworker whose way of working annoyed you.",
      "The toughest working relationship I had at the bank was with our head of risk, who rewrote every document I sent her. I asked her to mark up my next draft instead, and we agreed on a template within a month.",
    );
    expect(found?.message ?? "").not.toContain("with a thing");
  });

  it("reads no thing as a miss when the question asks for no person", () => {
    const found = offTopic(
      "Tell me about the hardest technical problem you have solved.",
      "My biggest fight that year was with a legacy billing codebase. I wrote characterisation tests for two weeks before changing a line, and we shipped the new rates on time.",
    );
    expect(found?.message ?? "").not.toContain("with a thing");
  });
});

// Asked for a changed mind, a story of a view kept against everyone ("so I held my position", "I
// didn't budge") tells the opposite. A view held for a while and then changed, or a hold denied,
// is a changed mind.
describe("off-topic: a view kept, asked for one changed", () => {
  const CHANGED = "Tell me about a time you changed your mind.";

  it("flags a story whose view never moves", () => {
    const found = offTopic(
      CHANGED,
      "Our team wanted to drop the canary stage. I didn't budge: it had caught two bad releases that quarter, so we kept it, and it caught a third in May.",
    );
    expect(found).toBeDefined();
    expect(found?.message).toContain("it tells how you kept your view");
  });

  it("keeps a view held for a week and then changed", () => {
    const found = offTopic(
      CHANGED,
      "In a design review I held my position on the cache for a week. Then Ana showed me the hit rate was four percent, and that changed my mind: we dropped it, and I told the team I had been wrong.",
    );
    expect(found).toBeUndefined();
  });

  it("flags a view that only hardened", () => {
    const CHANGED_WORK =
      "Describe a time you changed your mind about something that mattered at work.";
    expect(
      offTopic(
        CHANGED_WORK,
        "I have always insisted on staging every schema change for a week. Last year a director waived that for a hotfix, and the migration locked the orders table for forty minutes on a Friday. Since then I'm even more convinced than before, and I ask for the week on every team I join.",
      )?.message,
    ).toContain("it tells how you kept your view");
    expect(
      offTopic(
        CHANGED_WORK,
        "I've believed for years that on-call should rotate across the whole team. When our platform group tried a dedicated rotation, two of its four engineers quit within six months. That made my belief much firmer, and I argued for the wide rotation again at my next job.",
      )?.message,
    ).toContain("it tells how you kept your view");
  });

  it("keeps a changed view the candidate is now more sure of", () => {
    const found = offTopic(
      "Describe a time you changed your mind about something that mattered at work.",
      "I used to think code freezes before holidays were superstition. Then Kenji walked me through three years of incident data: half our sev-ones had landed in the week before a break. That changed my mind. I proposed a two-week freeze, and after a quiet December I'm even more convinced it was right.",
    );
    expect(found).toBeUndefined();
  });

  it("keeps a hold the candidate denies", () => {
    const found = offTopic(
      CHANGED,
      "Everyone wanted the rewrite. I did not hold my ground for long; after a week of their benchmarks I agreed the old parser had to go, and I said so at the review.",
    );
    expect(found).toBeUndefined();
  });
});

// Asked about the candidate's own manager, a story whose other party is a vendor, a client or
// someone else's lead answers a neighbouring question. A boss named by name and placed above the
// candidate ("I reported to Ines", "I was his sous chef") is the candidate's manager.
describe("off-topic: asked about your manager, no manager of yours in it", () => {
  const MANAGER = "Tell me about a time you disagreed with your manager.";

  it("flags a disagreement with a supplier and with someone else's lead", () => {
    const supplier = offTopic(
      MANAGER,
      "The print supplier for our spring catalogue swapped the paper stock without telling us, and the colours came out flat. I rejected the proof, sent them the signed spec with the stock named, and held payment. Their lead, Tomasz, said the old stock was out of production; I found it at a second mill in two days and they reprinted.",
    );
    expect(supplier).toBeDefined();
    expect(supplier?.message).toContain("no manager of yours appears in it");
  });

  it("flags a client's program director, and keeps 'my company's CEO'", () => {
    const client = offTopic(
      MANAGER,
      "I was a consultant embedded with a county housing department. The department's program director insisted on a paper sign-off for every application over $5,000, which would have doubled processing time for a third of cases. I pulled two years of audit findings and ran a month's pilot with digital approvals; processing fell from 19 days to 11 and she agreed to a quarterly sample review.",
    );
    expect(client?.message).toContain("no manager of yours appears in it");
    expect(
      offTopic(
        MANAGER,
        "My company's CEO wanted the catalogue on the cheaper stock. I disagreed, because the knitwear colours would come out flat, and showed him two proofs side by side. He kept the cheaper stock inside and paid for the better one on the cover.",
      ),
    ).toBeUndefined();
  });

  it("keeps a story about 'my director', and a boss placed above the candidate by name", () => {
    expect(
      offTopic(
        MANAGER,
        "My director wanted the catalogue printed on the cheaper stock to save four thousand pounds. I disagreed, because the colours of the knitwear range would come out flat, and I showed her two proofs side by side. She kept the cheaper stock for the inside pages and paid for the better one on the cover. I was annoyed at first, but the split was fair.",
      ),
    ).toBeUndefined();
    expect(
      offTopic(
        MANAGER,
        "I reported to Ines for two years in the hotel kitchen. She wanted to cut the Sunday prep team from four to three; I showed her three Sundays of covers and said we would run out by eight. She kept the cut, we ran out at half past seven, and the next week she brought one cook back. I was frustrated, and I learned to bring the numbers before the rota is set, not after.",
      ),
    ).toBeUndefined();
  });

  it("does not ask for a manager when the question asks for 'someone senior'", () => {
    expect(
      offTopic(
        "Tell me about a time you challenged someone senior to you.",
        "The print supplier's account director wanted us to accept a cheaper paper stock. I refused, showed him the spec we had signed and held payment until they reprinted. I was nervous, since they were our only printer, but they reprinted within a week.",
      ),
    ).toBeUndefined();
  });
});

// Asked for the candidate's own mistake: putting right someone else's slip, or musing on
// "someone's first big mistake", owns none; "my first big mistake" does.
describe("off-topic: a slip put right, or named as someone else's, is not the candidate's", () => {
  const MISTAKE = "Tell me about a mistake you made.";

  it("reads a correction the candidate filed as a repair, not a slip of theirs", () => {
    const found = offTopic(
      MISTAKE,
      "On my second month at the freight office, Dev entered the wrong customs code on a container of pumps. I spotted it at month end while I was reconciling invoices, and I was furious because it was the third time. I filed the correction before the audit window closed, and we avoided the penalty.",
    );
    expect(found?.message).toContain("the slip in it is someone else's");
  });

  it("reads 'someone's first big mistake' as another's", () => {
    const found = offTopic(
      MISTAKE,
      "I ran the night shift at a parcel depot in Bristol. One evening Priya, one of our new loaders, keyed in a postcode range, and about three hundred parcels went to the Cardiff trucks. I caught it on the manifest at two in the morning, stopped the trucks and re-sorted the cages with the team. I think how you handle someone's first big mistake decides whether they tell you about the next one.",
    );
    expect(found?.message).toContain("the slip in it is someone else's");
  });

  it("keeps the candidate's own slip, put right by them, and 'my first big mistake'", () => {
    expect(
      offTopic(
        MISTAKE,
        "On my second month at the freight office, I entered the wrong customs code on a container of pumps. I spotted it at month end while I was reconciling invoices, and I was mortified. I filed the correction before the audit window closed, and we avoided the penalty. Now I check every code against the invoice before I submit.",
      ),
    ).toBeUndefined();
    expect(
      offTopic(
        MISTAKE,
        "I ran the night shift at a parcel depot in Bristol. One evening I keyed in a postcode range for the sorter, and about three hundred parcels went to the Cardiff trucks. I caught it on the manifest at two in the morning, stopped the trucks and re-sorted the cages with the team. It was my first big mistake as a supervisor, and I felt sick about it.",
      ),
    ).toBeUndefined();
  });
});

// Asked why this company or role, an answer all about the candidate's present employer names
// nothing of the place asked about: "my current company" is the one they would leave.
describe("relevance: the company asked about, not the one the candidate would leave", () => {
  const mentions = (text: string) => {
    const inspected = inspectAnswer({
      kind: "why",
      question: "Why are you interested in this platform engineering role?",
      text,
    });
    if (!inspected.ok) throw new Error(inspected.error.code);
    return inspected.value.signals.relevance.companyMentions;
  };

  it("counts no mention of the present employer as one of the company asked about", () => {
    expect(
      mentions(
        "Since the merger my current company has cut the platform budget twice, and our team lost three of its seven engineers. My last promotion was deferred a year.",
      ),
    ).toBe(0);
  });

  it("counts the role and the team asked about", () => {
    expect(
      mentions(
        "Your team runs the build system every engineer here depends on, and this role owns its caching layer, which is the work I have liked most in my current job.",
      ),
    ).toBeGreaterThanOrEqual(2);
  });
});

// Asked for a failure, a story that ends called a success ("one of our most successful launches")
// tells how it went right, however close it came. A failure that ends in its recovery, and a
// success on paper that turns out to be a failure, are the asked story.
describe("off-topic: a success told for a failure", () => {
  const FAILED = "Tell me about a project of yours that failed.";

  it("flags a project that came close to failing and ended a success", () => {
    const found = offTopic(
      FAILED,
      "The closest we came was the partner portal. We had six weeks, two engineers out sick and no staging environment, and I honestly thought we would miss. I cut the scope to invoices and payouts and got a test tenant from the vendor. We launched on the promised Monday, and the portal turned out to be a big success: 300 partners signed in during the first week.",
    );
    expect(found?.message).toContain("it was a success");
  });

  it("keeps a failure that ends in its recovery", () => {
    const found = offTopic(
      FAILED,
      "Our first launch of the partner portal failed: partners could not sign in for two days, because I had never tested the single sign-on with a real tenant. We rolled back, I wrote the test I should have written, and the relaunch a month later was a success.",
    );
    expect(found).toBeUndefined();
  });

  it("keeps a success on paper that turns out to be the failure", () => {
    const found = offTopic(
      FAILED,
      "By every dashboard the new search ranking was a success: clicks went up nine percent in the first week. A month later support found that people were clicking more because the first results were wrong, and returns had doubled. I had chosen clicks as the only metric, and we rolled the ranking back.",
    );
    expect(found).toBeUndefined();
  });

  it("keeps the word success used as a word", () => {
    const found = offTopic(
      FAILED,
      "My analytics migration failed: after three months we had moved four dashboards of forty and the team went back to the old warehouse. I had planned it as one big cut-over. Now I define success for a migration as the first dashboard moved in week one.",
    );
    expect(found).toBeUndefined();
  });
});

// Asked why this company or this role, an answer of some length that names neither, nor "you" or
// "here", answers why the candidate is leaving or why AI matters. It is a close call (a strong
// answer may speak of the work without naming whose it is), so the flag caps nothing.
describe("off-topic: asked why this place, an answer that names no place", () => {
  function whyFlag(question: string, text: string) {
    const result = analyse({ kind: "why", question, text });
    return result.flags.find((flag) => flag.code === "off-topic");
  }
  const LEAVING =
    "To be honest I need out of where I am. My group has been reorganised three times in eighteen months, and every reorganisation threw away the quarter's plan. I was on call for a payments gateway nobody else would touch and got paged forty times last quarter. My promotion slipped twice. I want somewhere calm, where a roadmap lasts longer than a season and the work I finish is still running a year later.";
  const WHY_AI =
    "I think machine learning is the most important technology of my lifetime. I started with image classifiers at university in 2017 and watched them go from a toy to something radiologists rely on. Over the next decade it will reshape medicine, law and science, and I want to be building it rather than reading about it afterwards. The pace is astonishing, and I would rather be inside that change than watching it.";

  it("flags, as a close call, why the candidate is leaving for why this role", () => {
    const found = whyFlag("Why do you want this role on the storage team?", LEAVING);
    expect(found?.message).toContain("it says nothing of this company or this role");
    expect(found?.message).toContain("This may not answer the question.");
  });

  it("flags why AI matters for why this company, and caps nothing", () => {
    const question = "Why Anthropic, rather than any other lab?";
    expect(whyFlag(question, WHY_AI)?.message).toContain("it says nothing of this company");
    const inspected = inspectAnswer({ kind: "why", question, text: WHY_AI });
    if (!inspected.ok) throw new Error(inspected.error.code);
    expect(tentativeFlags(inspected.value.signals).has("off-topic")).toBe(true);
  });

  it("does not take the 'you' the candidate is talking to for the company asked about", () => {
    const question = "Why do you want this role on the storage team?";
    for (const opening of ["To be straight with you,", "I can tell you that"]) {
      const text = `${opening} ${LEAVING.replace("To be honest I", "I")}`;
      expect(whyFlag(question, text)?.message).toContain("it says nothing of this company");
    }
    // "You" as the place is still the place: "what you are building".
    expect(
      whyFlag(question, `${LEAVING} What you are building on storage is what I want to work on.`)
        ?.message ?? "",
    ).not.toContain("nothing of this company");
  });

  it("reads a role with its own article as another's: 'grow into a tech lead role'", () => {
    const found = whyFlag(
      "Why this company, and why now?",
      "I started in mechanical engineering doing stress analysis on wing brackets, and automating our analysis scripts pulled me towards software. Then I moved to a fintech as a backend engineer on payments reconciliation, and for the last two years I've owned the order-routing service at a marketplace. So I've got depth and breadth, and I'm looking for the next step where I can grow into a tech lead role.",
    );
    expect(found?.message).toContain("it says nothing of this company");
  });

  it("reads 'your position on' as asking for a view, not about a job here", () => {
    const found = analyse({
      kind: "opinion",
      question: "What's your position on age verification requirements for AI chatbots?",
      text: "I worked four years in trust and safety at a mobile game company in Seoul, and one of my projects was the age gate for our chat. Phone verification stopped kids at sign-up but built a database of real identities linked to chat logs. So for chatbots I support age estimation, with stronger proof only for adult features; laws that require ID for every user push companies to keep exactly that database.",
    }).flags.find((flag) => flag.code === "off-topic");
    expect(found?.message ?? "").not.toContain("nothing of this company");
  });

  it("keeps an answer that names the team's work or speaks to the interviewer", () => {
    expect(
      whyFlag(
        "Why do you want this role on the storage team?",
        `${LEAVING} Your storage team is rewriting the metadata layer this year, and that is exactly the work I want.`,
      )?.message ?? "",
    ).not.toContain("nothing of this company");
  });

  it("reads an opinion asked of this company the same way", () => {
    const CHANGE = "If you joined us, what would you change about how the company works?";
    const SELF =
      "The thing I would most like to change is how long I polish before I show anything. At my current job I spent nine days on the empty states of an onboarding screen before sharing it, and the product manager told me in five minutes that the screen had been cut from the first release. Since then I post rough wireframes on the first day, even when it feels uncomfortable, and I ask for the harshest comment first.";
    const found = analyse({ kind: "opinion", question: CHANGE, text: SELF }).flags.find(
      (flag) => flag.code === "off-topic",
    );
    expect(found?.message).toContain("it says nothing of this company or this role");
    const aimed = analyse({
      kind: "opinion",
      question: CHANGE,
      text: `${SELF} For your design reviews, I would ask for rough work in the first week too.`,
    }).flags.find((flag) => flag.code === "off-topic");
    expect(aimed?.message ?? "").not.toContain("nothing of this company");
  });

  it("keeps an answer about the people met in the loop, or the place pointed at as 'there'", () => {
    const PEOPLE =
      "The people I met argued with each other in front of me, openly and without point-scoring, and one of them changed her mind mid-conversation when I showed her a counterexample. I have spent four years at places where disagreement happened in private messages afterwards. I want to work somewhere that argues in the open";
    for (const text of [
      `${PEOPLE}, and after six conversations I believe that is what happens there.`,
      `${PEOPLE.replace("The people I met", "The interviewers I met")}, and six conversations convinced me.`,
    ]) {
      expect(whyFlag("Why do you want to join this company?", text)?.message ?? "").not.toContain(
        "nothing of this company",
      );
    }
  });

  it("keeps a short answer, and a question that names no place", () => {
    expect(
      whyFlag(
        "Why this role?",
        "Honestly I liked everyone I met, and the problems sound hard in a good way. I don't have a polished answer.",
      )?.message ?? "",
    ).not.toContain("nothing of this company");
    expect(
      whyFlag("Why do you want to work on machine learning at all?", WHY_AI)?.message ?? "",
    ).not.toContain("nothing of this company");
  });
});

describe("off-topic: three look-alikes read from blind-14", () => {
  function whyFlag(question: string, text: string) {
    return analyse({ kind: "why", question, text }).flags.find((flag) => flag.code === "off-topic");
  }

  it("takes 'the team I joined' as the place being left, and 'the team I met' as the place asked about", () => {
    const LEAVING =
      "Honestly, my current employer stopped being somewhere I could grow. We had two reorganisations in a year, my manager changed twice, and the promotion I was promised slipped again without a reason. Now they want everyone back in the office five days a week, and my commute is ninety minutes each way. Most of the team I joined has left. I want somewhere steadier, with a stronger engineering culture, where people stay long enough to finish what they start.";
    expect(whyFlag("Why do you want to join us specifically?", LEAVING)?.message ?? "").toContain(
      "nothing of this company",
    );
    const MET = LEAVING.replace(
      "Most of the team I joined has left.",
      "The team I met on Tuesday argued in the open, which is what I want.",
    );
    expect(whyFlag("Why do you want to join us specifically?", MET)?.message ?? "").not.toContain(
      "nothing of this company",
    );
  });

  it("reads a decision undone after the candidate's move as pushback, with no word for pushing", () => {
    const text =
      "The product manager wanted to swap the password field for a custom animated widget that looked lovely in the mockups. It wasn't a real input, though, so screen readers could not reach it. I recorded a one-minute clip of VoiceOver getting stuck on the form and sent it to her and the design lead. She pulled it from the sprint that afternoon, and we shipped a native field with the animation layered on top.";
    expect(
      offTopic("Tell me about a time you pushed back on a product decision.", text),
    ).toBeUndefined();
    // Nobody's decision is undone and nobody pushes: still not the story asked for.
    const agreed =
      "The product manager wanted to swap the password field for a custom animated widget that looked lovely in the mockups. I built it in two days, the design lead reviewed it, and we shipped it in the same sprint. Sign-ups held steady.";
    expect(
      offTopic("Tell me about a time you pushed back on a product decision.", agreed),
    ).toBeDefined();
  });

  it("does not read 'I had to say no' as a loss denied", () => {
    const text =
      "I was the sales engineer on a hospital network deal that everyone on our side thought was closed. Their security architect asked me on a call whether we could deploy inside their own cloud account, and I had to say no, not this year. The call went quiet. We sketched a single-tenant option, but they would not wait two quarters and signed with a competitor that already had one. I felt sick about it for a week. Now I read the security questionnaire myself in the first week of every evaluation.";
    expect(offTopic("Tell me about a deal you expected to win and lost.", text)).toBeUndefined();
  });
});

describe("off-topic: readings from blind-20", () => {
  const GIVE = "Tell me about a time you had to give a teammate hard feedback.";
  const RECEIVED_ONLY =
    "In my first year on the support desk my team lead sat me down after a bad week and told me my replies to customers were curt and full of jargon. It stung, because I thought I was being efficient. I rewrote my saved replies that weekend, asked her to read the first twenty, and my satisfaction scores climbed from 71 to 88 percent over the next quarter.";

  it("reads 'give a teammate hard feedback' as asking for feedback given", () => {
    expect(offTopic(GIVE, RECEIVED_ONLY)?.message ?? "").toContain("someone's to you");
  });

  const RECEIVE = "Tell me about a time you received critical feedback on your work.";

  it("reads criticism the candidate delivers as given, not received", () => {
    const text =
      "The clearest case was last spring, when I had to tell a new analyst that her pricing model double-counted refunds, which made margins look four points better than they were. I was uneasy, because she had already shown it to finance. I sat with her that afternoon and we rebuilt the query together. She sent the correction herself. What I took from it is that how you deliver criticism matters as much as what it says.";
    expect(offTopic(RECEIVE, text)?.message ?? "").toContain("yours to someone else");
  });

  it("still reads criticism someone gave the candidate as received", () => {
    const text =
      "Last spring our finance lead gave harsh criticism of my pricing model in front of the team: it double-counted refunds, and margins looked four points better than they were. I was mortified. I rebuilt the query that night and sent the correction myself. Now I reconcile every model against the ledger before I show it.";
    expect(offTopic(RECEIVE, text)).toBeUndefined();
  });

  const WRONG_HERE = "What's one thing you think our company gets wrong?";

  it("reads an opening about the field as a whole as turning from the company asked about", () => {
    const text =
      "I think the industry as a whole ships evaluation numbers without error bars. A two-point jump on a benchmark of four hundred items is often noise, and readers take it as progress. Leaderboards make it worse by rewarding one number. I'd like to see seeds and intervals reported everywhere, and that's the work I'd want to do.";
    const found = analyse({ kind: "opinion", question: WRONG_HERE, text }).flags.find(
      (flag) => flag.code === "off-topic",
    );
    expect(found?.message ?? "").toContain("turns to something else");
  });

  it("does not read the field named later, or the whole industry as an object, as a turn", () => {
    const text =
      "Your model cards report single numbers without error bars. A two-point jump on a benchmark of four hundred items is often noise, and your launch posts present it as progress. The field as a whole does this, but you set the norm the whole industry copies, so it matters more here.";
    expect(
      analyse({ kind: "opinion", question: WRONG_HERE, text }).flags.map((f) => f.code),
    ).not.toContain("off-topic");
  });

  const MISTAKE = "Tell me about a mistake you made.";

  it("reads a wipe, a deletion or an overwrite by someone else as their slip", () => {
    const text =
      "Last year a contractor wiped the staging bucket while cleaning up old exports. I noticed it first, pulled the versioned copies back from the archive, and had the notebooks restored by the afternoon. Since then every bucket has object versioning on by default.";
    expect(offTopic(MISTAKE, text)?.message ?? "").toContain("someone else's");
  });

  it("reads the same wipe as the candidate's own when they did it", () => {
    const text =
      "Last year I wiped the staging bucket while cleaning up old exports, and two analysts lost a week of notebooks. My stomach dropped. I pulled the versioned copies back from the archive and had most of it restored by the afternoon. Since then I run every cleanup as a dry run first.";
    expect(offTopic(MISTAKE, text)).toBeUndefined();
  });

  const VIEW_ASK = "Should labs publish their dangerous-capability evaluations before a release?";

  it("reads an opening about the candidate's own path as turning from the view asked for", () => {
    const text =
      "Honestly, where I want to go next is safety research. I spent four years on payments infrastructure, I've finished two courses on interpretability, and I run a reading group on weekends. A role on an evaluations team would let me use the engineering side while I learn the research side.";
    const found = analyse({ kind: "opinion", question: VIEW_ASK, text }).flags.find(
      (flag) => flag.code === "off-topic",
    );
    expect(found?.message ?? "").toContain("turns to something else");
  });

  it("does not read a career path named after the view, or in a 'why us' answer, as a turn", () => {
    const view =
      "Yes, the results and the method, with the riskiest prompts held back. Without the numbers nobody outside can check the claim that a model is safe to ship. It is also partly why I'm interested: where I want to go next is exactly that kind of evaluation work.";
    const codes = (kind: "opinion" | "why", question: string, text: string) =>
      analyse({ kind, question, text }).flags.map((flag) => flag.code);
    expect(codes("opinion", VIEW_ASK, view)).not.toContain("off-topic");
    const why =
      "Where I want to go next is evaluations, and your team publishes its evaluation methods, which I have read closely. I spent four years on payments infrastructure and want that rigour applied to model risk.";
    expect(codes("why", "Why do you want to join us?", why)).not.toContain("off-topic");
  });
});

describe("off-topic: a neighbouring subject, a rescue told for a failure", () => {
  const OURS = "What do you think of our responsible scaling policy?";
  const onOurs = (text: string) =>
    analyse({ kind: "opinion", question: OURS, text }).flags.find((f) => f.code === "off-topic");

  it("reads a view of another policy, never naming the company's, as a close call", () => {
    const text =
      "Regulation here is overdue. I spent last spring reading the EU AI Act for my employer, and the tiered approach works for hiring or lending tools, but the compute threshold for general-purpose models will age badly as training gets cheaper. The codes of practice also leave the detail to be settled with the same firms being regulated, which worries me. Smaller European startups carry a compliance cost that large American firms absorb without noticing. So I support the direction, with doubts about the threshold and the bargaining.";
    const found = onOurs(text);
    expect(found?.message ?? "").toContain('never speaks of "our responsible scaling policy"');
    expect(tentativeFlags(inspected("opinion", OURS, text)).has("off-topic")).toBe(true);
  });

  it("keeps an answer on the policy that names it, speaks to the company, or opens on 'it'", () => {
    const named =
      "The scaling commitments are the part I find most credible: a threshold is written down before training, and the pause is a public promise. My worry is who checks the evaluations. An outside auditor with access to the same checkpoints would make the promise far easier to believe, and the reports should say which thresholds were close. Without that, a policy like this rests on the lab grading its own homework, however sincere the people doing it are.";
    const addressed = named
      .replace("The scaling commitments are", "What you wrote down is")
      .replace("a policy like this", "the document");
    const pronoun =
      "I read it twice last year. The threshold written down before training is the part I find most credible, and the pause is a public promise. My worry is who checks the evaluations: an outside auditor with access to the same checkpoints would make the promise far easier to believe, and the reports should say which thresholds were close. Without that it rests on a lab grading its own homework.";
    for (const text of [named, addressed, pronoun]) {
      expect(onOurs(text), text).toBeUndefined();
    }
  });

  const FAILED = "Tell me about a project that failed.";

  it("reads 'the closest I've come was…' ending on the date met as no failure", () => {
    const text =
      "The closest I've come was moving our billing reports off an old warehouse in 2022. Four weeks before the switch we found that forty of the reports used functions the new system lacked. I was anxious for most of that month. I wrote a checker that listed every such call, split the rewrite between three of us, and took the hardest reports myself. We switched on the planned day with no broken reports, and finance closed the month a day early.";
    expect(offTopic(FAILED, text)?.message ?? "").toContain("instead of a mistake or failure");
  });

  it("reads a 'near-failure' that beat its target, feared only as 'going to fail', as no failure", () => {
    const text =
      "The launch of a pharmacy app for a chain of forty shops. We had seven weeks, and halfway through it looked like we were going to fail because the payments vendor was late. We brought in a contractor and split the release so the app shipped first and in-store scanning followed. We launched on the promised day and signed up 30,000 customers in a month, double the target. So it was a near-failure, and I was proud of the team.";
    expect(offTopic("Tell me about your biggest failure.", text)).toBeDefined();
  });

  it("reads customers harmed and a step skipped as something gone wrong", () => {
    const text =
      "I pushed a discount change without testing the yearly plans, and about 200 subscribers were charged twice. My face went hot when the first ticket came in. I refunded them that evening, added the missing test, and I now run the billing checks myself before any pricing release.";
    expect(offTopic("Tell me about a time you failed.", text)).toBeUndefined();
    const calm =
      "I pushed a discount change after testing the yearly plans, and about 200 subscribers moved to the new price that week. Support had no tickets. I wrote up the rollout so the next change could follow it.";
    expect(offTopic("Tell me about a time you failed.", calm)).toBeDefined();
  });

  it("still reads a failure that was told, and then recovered, as one", () => {
    const text =
      "The launch of a pharmacy app for a chain of forty shops failed the first time: I pushed it out with a payment bug I had not tested, and for two days no order went through. I was mortified. I rolled it back, wrote the missing tests, and we relaunched a month later, when we signed up 30,000 customers, double the target. I still test the payment path by hand before every release.";
    expect(offTopic("Tell me about your biggest failure.", text)).toBeUndefined();
  });
});

describe("off-topic: 'why here' answered with some other lab or job", () => {
  it("does not count 'a lab', 'a small team' or 'job losses' as naming this company", () => {
    const text =
      "I came to machine learning through biology. In 2020 I worked in a lab that used predicted protein structures to choose which variants to make, and it cut our bench work from hundreds of candidates to a few dozen. That showed me what a small team can do with these tools. Since then I have built property-prediction models at a startup, and I think AI will reshape medicine, along with job losses we should take seriously. It is the most important field to work in.";
    const found = analyse({
      kind: "why",
      question: "Why do you want to work here?",
      text,
    }).flags.find((flag) => flag.code === "off-topic");
    expect(found?.message ?? "").toContain("says nothing of this company");
  });
});

describe("off-topic: what the question judges, and a success named as the failure", () => {
  it("reads 'something you felt was wrong' as a judgement, not a mistake asked for", () => {
    const question =
      "Tell me about a time you were asked to do something at work that you felt was wrong.";
    const text =
      "In 2022 my manager asked me to backdate the sign-off on a safety checklist so an audit would pass. I felt cornered, because I liked him and the audit was the next morning. I told him I would not sign it, and I offered to walk the auditor through why the check was late instead. He was angry for a day. The auditor logged a minor finding, and we moved the checklist into the release tool so it cannot be skipped.";
    expect(offTopic(question, text)).toBeUndefined();
  });

  it("reads 'I underestimated how well it would do' as a success named as the failure", () => {
    const text =
      "My biggest failure was our autumn launch, because I underestimated how well it would do. I set a target of 2,000 orders for the first month and we took 7,000 in ten days. The warehouse added a night shift. I was thrilled, and the campaign became the template for the next two launches.";
    expect(offTopic("Tell me about a time you failed.", text)).toBeDefined();
  });
});

describe("off-topic: a 'why this lab' answer about labs and companies in general", () => {
  const question = "What draws you to this lab rather than the other frontier labs?";
  const why = (text: string) =>
    analyse({ kind: "why", question, text }).flags.find((flag) => flag.code === "off-topic");

  it("does not count plural 'companies' or 'labs', nor 'policy' modifying a noun, as naming it", () => {
    const text =
      "I think AI governance will be the defining policy question of the next ten years, and I want to work where it gets settled. I spent two years at a research institute on the European rules for general-purpose models and watched the hardest provisions get softened in the final round. That taught me that voluntary commitments from companies are not enough, because the firms that write them can rewrite them when a rival moves faster. What is needed is binding rules with outside testing, and people inside labs who understand both sides.";
    expect(why(text)?.message ?? "").toContain("says nothing of this company");
  });

  it("still counts 'it's a big company' and 'the products' as said of the place", () => {
    const text =
      "I think it would be a good place to start. It's a big company, so there is a lot of scale and plenty to learn from people who have done this for years. I have used the products every day for two years, and the way the assistant explains its refusals is what made me apply. I also like that people can move between teams later, which matters to me because I do not know yet whether I want research or product work in five years.";
    expect(why(text)).toBeUndefined();
  });
});

function inspected(kind: "opinion", question: string, text: string) {
  const result = inspectAnswer({ kind, question, text });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.signals;
}

describe("off-topic: asks worded with the thing asked about named first", () => {
  it("reads 'feedback you had to deliver' as feedback given, and flags feedback received", () => {
    const question =
      "Tell me about a piece of difficult feedback you had to deliver to someone. How did you go about it?";
    const received =
      "My first review as a charge nurse, my unit manager told me I was covering for my team's mistakes instead of letting them learn. I went quiet and my hands were cold the whole meeting. She gave me two examples from the week before. I stopped fixing charts myself and started walking people through their own, and by spring our audit errors had halved.";
    expect(offTopic(question, received)?.message).toContain("someone's to you");
    const delivered =
      "As charge nurse I had to tell Marta, who had twenty years on me, that her handovers were skipping the fall-risk scores. I was dreading it. I took her aside after shift with two charts and said what I'd seen. She was stiff for a day, then started reading the scores aloud at handover, and the next audit was clean.";
    expect(offTopic(question, delivered)).toBeUndefined();
  });

  it("reads 'an error of yours' as the candidate's own mistake, and flags a teammate's", () => {
    const question = "Tell me about an error of yours that reached production.";
    const teammates =
      "A colleague on my team, Ivo, pushed a config change that pointed the invoice job at the staging database, and it sent four hundred customers blank invoices. I noticed the spike in support tickets, rolled his change back and wrote the apology email with our support lead. Ivo was mortified. We added a check that refuses staging hosts in production configs.";
    expect(offTopic(question, teammates)).toBeDefined();
    const own =
      "I pushed a config change that pointed the invoice job at the staging database, and it sent four hundred customers blank invoices. My stomach dropped when the support tickets spiked. I rolled it back, wrote the apology email myself, and added a check that refuses staging hosts in production configs.";
    expect(offTopic(question, own)).toBeUndefined();
  });

  it("reads 'this one … the right place for you' as asking about this lab", () => {
    const question =
      "Plenty of labs are hiring right now. What makes this one the right place for you?";
    const fieldOnly = analyse({
      kind: "why",
      question,
      text: "I've spent four years building evaluation pipelines for speech models, and the thing I care about most is whether a system does what its makers claim. The field ships faster than it measures, and I want to work on measurement before the next release cycle, not after. I'm at my best on small teams that write things down and argue with data.",
    }).flags.map((flag) => flag.code);
    expect(fieldOnly).toContain("off-topic");
  });
});

describe("off-topic: a commitment kept, for one the candidate did not keep", () => {
  const question =
    "Tell me about a commitment you made to a customer that you didn't manage to keep.";

  it("flags a commitment met, told as a success", () => {
    const kept =
      "We promised a hospital group that their new scheduling feed would be live before their winter rota. Two of my engineers were out with flu, so I took the integration tests myself and we worked two late nights. The feed went live four days early, the rollout went smoothly, and their operations lead called it the most successful launch they'd had with a vendor.";
    expect(offTopic(question, kept)).toBeDefined();
  });

  it("keeps a commitment broken", () => {
    const broken =
      "I promised a hospital group their new scheduling feed would be live before their winter rota, and it wasn't: I had not checked that their staff IDs changed format in November. We went live three weeks late and their managers built the rota by hand. I called their operations lead myself to say it was my miss. Now I ask for a sample of the customer's live data before I give any date.";
    expect(offTopic(question, broken)).toBeUndefined();
  });
});
