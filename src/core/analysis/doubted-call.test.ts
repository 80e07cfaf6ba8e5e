// Stories that try to fool the reading of a doubted call (signals/story-shape.ts, "doubted"),
// written in many voices: genuine mistakes in which someone doubted the candidate and was right,
// vindication stories with the doubt in other words, and doubts under questions that do not ask
// for a mistake. Cases the coach still misreads are kept as expected failures, with the reason.
import {
  describeMisread,
  describeProbes,
  type MisreadCase,
  type ProbeCase,
} from "./off-topic-probes.test-support.ts";

/** Genuine stories of the candidate's own mistake: never off-topic. */
const OWN_MISTAKES: readonly ProbeCase[] = [
  {
    id: "A1",
    voice: "native, events only",
    question: "Tell me about a time you were wrong.",
    text: "In my second year at a logistics startup I was convinced our routing service needed a full rewrite in Go. My lead, Marcus, thought I was overreacting and said the Python version just needed better caching. I pushed anyway and got two sprints approved to start the rewrite. Six weeks in, we had half the features, three new bugs in production, and the latency problem was still there, because the bottleneck was a database query, not the language. Marcus found it in an afternoon with a profiler. I had to go back to the team and tell them we were shelving the rewrite. What I took from it is that I fell in love with a solution before I measured the problem. Now I profile first and write down what evidence would change my mind before I propose anything big.",
  },
  {
    id: "A2",
    voice: "non-native, lead said fine + but still",
    question: "Describe a time you misjudged a situation.",
    text: "In my previous job in Warsaw I was team leader for QA of a mobile app. Our product owner told me the new onboarding screen is fine and we can release on Friday. I agreed with her, but still I decided to skip the regression on older Android devices because we were late. This was my decision, not hers. On Monday we had more than two hundred crash reports from Android 9 users, and the rating of the app go down from 4.5 to 3.9 in one week. I misjudged how many users still have old phones, I did not check the analytics before. After this I created a small device matrix from real usage data and we never skip it now, even when the deadline is hard.",
  },
  {
    id: "A3",
    voice: "spoken fillers, explicit she was right",
    question: "Tell me about a mistake you made.",
    text: "Um, so, yeah, this one still kind of stings. I was, like, six months into my first PM job and I wanted to kill our free tier because, honestly, I thought it was just costing us support hours. My manager, uh, she kind of called it a spreadsheet fantasy, like she said my numbers didn't account for referrals. And I, you know, I pushed it through anyway with the VP. We turned it off in March and signups dropped by, like, forty percent within a month, because a lot of paid customers had started on free and brought their teams. We turned it back on in May. So she was right and I really should have listened. What I do now is, um, I ask the person who disagrees with me what would need to be true for me to be right, and then I go check that first.",
  },
  {
    id: "A4",
    voice: "terse, events only",
    question: "Tell me about a time you failed.",
    text: "Led the migration of our payments database to Aurora. The ops lead said my cutover plan was too aggressive. I overruled him. Planned a twenty-minute window; it took four hours. Replication lag I hadn't tested under real load. He had flagged exactly that risk in the review. Checkout was down for a chunk of a Saturday, about thirty thousand dollars in lost orders. I wrote the postmortem and owned it in front of the exec team. Since then every cutover gets a full-load rehearsal and ops signs off, not just reviews.",
  },
  {
    id: "A5",
    voice: "senior, events + 'she had called it precisely'",
    question: "Tell me about a time you were wrong.",
    text: "As a director I once pushed hard to consolidate our three regional support teams into a single follow-the-sun queue. My head of EMEA support told me flat out it was a bad idea, that customers in Germany and Japan would feel the loss of local language coverage. Frankly, I heard that as resistance to change and went ahead. Within a quarter CSAT in DACH fell eleven points and we lost two enterprise renewals that explicitly cited support quality. She had called it precisely. I reversed the decision, gave her the budget to rebuild the regional pods, and said publicly in the leadership meeting that her read had been better than mine. The lesson I carry is that when someone closer to the customer disagrees, their objection is data, not politics.",
  },
  {
    id: "A6",
    voice: "junior, mentor said fine + still/anyway, own mistake",
    question: "Tell me about a mistake you made.",
    text: "During my internship I was asked to clean up an old dataset for our churn model. My mentor, Dev, looked at my plan and said dropping the rows with missing income was fine. I still wanted to be thorough, so anyway I went further and also dropped every customer with fewer than three months of history, because I thought they were noise. I didn't tell anyone about that second part. The model looked great in validation, but when it went to the marketing team it basically never flagged new customers, who are the ones most likely to leave. My manager caught it two weeks later. I had to redo the pipeline and explain why my numbers were off. Now I document every filter I apply and I ask before removing a whole segment.",
  },
  {
    id: "A7",
    voice: "non-native, events only",
    question: "Describe a time you misjudged a situation.",
    text: "When I was working in a bank in Mumbai as business analyst, I thought one of the new joiners in my team, Rahul, was not serious because he was always quiet in meetings and his updates were very short. My senior told me I am judging him too fast and he is just shy. I did not accept this and I gave him only small tasks for two months. Then my senior went on leave and Rahul had to take one of the big reconciliation tasks. He finished it before time and also found two errors in the process that nobody noticed for years. I understood that I took quietness as lack of interest. I apologised to him and after that I started doing one-to-one talks with all new people instead of judging from meetings.",
  },
  {
    id: "A8",
    voice: "spoken, CTO doubted scope, events only",
    question: "Tell me about a time you failed.",
    text: "Okay, so, uh, the big one for me was a launch at my last startup. We were building a scheduling app for dental clinics and I was really sure we should launch with the full feature set, like reminders, billing, insurance, everything. Our CTO kept saying, you know, this is way too much for a v1, and honestly I kind of brushed him off, I thought he was just being cautious. We slipped the launch three times. By the time we shipped, nine months late, two competitors had already signed most of the clinics in our region, and we ran out of runway about six months later. So, yeah, looking back it's pretty clear the scope was the problem and it was my call. These days I'm almost annoying about cutting scope. I'll ask, what's the one thing a user can't live without, and ship that first.",
  },
  {
    id: "A9",
    voice: "lead says fine + but still, candidate's fix wrong",
    question: "Tell me about a time you were wrong.",
    text: "Last year our staging cluster started throwing intermittent 502s. My lead looked at the dashboards and said it was fine, probably just a noisy deploy, but I was still uneasy, so I dug in on my own and decided the load balancer health checks were too strict. I loosened them without running it past anyone. The 502s went away in staging, so I pushed the same change to production. Two days later a bad node stayed in rotation for forty minutes because the health check no longer caught it, and about five percent of requests failed during our peak. The real cause of the staging errors was a memory leak in one of our sidecars, which a teammate found later. I rolled my change back, wrote up the incident, and since then I don't change shared infrastructure config without a second reviewer, no matter how sure I am.",
  },
  {
    id: "A11",
    voice: "native casual, partner dismissed, events only",
    question: "Describe a time you misjudged a situation.",
    text: "A couple of years ago I was running a small design agency and we had a client who kept missing our check-in calls. My business partner said I was making a mountain out of a molehill, that they were just busy. I decided she was being naive, so I sent them a pretty stern email about our payment terms and paused work on their site. Turns out their founder had been in the hospital. They paid every invoice in full, apologised to us, and then quietly took their next project, a much bigger one, to another studio. That one hurt. I'd read silence as bad faith when it was just life happening. Now, if a client goes quiet, I pick up the phone and ask if everything's okay before I ever mention terms.",
  },
  {
    id: "A12",
    voice: "junior, parents thought I'd lost my mind, failure",
    question: "Tell me about a time you failed.",
    text: "When I was finishing university I decided to start a food truck instead of taking a graduate job. My parents thought I'd lost my mind and told me I didn't know anything about restaurants, which was true, although I didn't want to hear it. I put all my savings and a loan into the truck. I underestimated everything: permits took three months, the generator broke twice, and I had priced my menu without really counting the cost of packaging. After eleven months I sold the truck at a loss and took the graduate job after all. It was a real failure, but it taught me how to build an honest budget and to talk to people who have done the thing before I commit money to it.",
  },
  {
    id: "A13",
    voice: "senior, academic exercise, doubter right implicitly",
    question: "Tell me about a time you were wrong.",
    text: "Early in my time leading the data science team I pushed us to replace a simple rules-based fraud filter with a gradient-boosted model. Our head of risk called my model an academic exercise and said the rules were doing their job. I took that as someone protecting their turf. We shipped the model, and on paper it was better, but the analysts could barely explain its decisions to merchants, and chargeback disputes took three times as long to resolve. Within two quarters the operations cost had wiped out the gains. We ended up going back to the rules, with the model only as a secondary score. She understood the operational side much better than I did, and I told her that directly.",
  },
  {
    id: "A14",
    voice: "spoken, lead says it is fine + anyway, own mistake",
    question: "Tell me about a mistake you made.",
    text: "Hmm, let me think. Okay, so, at my last job I was the on-call engineer and, uh, a customer reported that their exports were slow. My lead said, look, it is fine, it's one customer, leave it until Monday. But I, like, I wanted to be a hero anyway, right, so at eleven at night I added an index on the exports table in production. Didn't realise it would lock the table. Basically the whole reporting feature was down for about twenty minutes for everybody. So yeah, that was on me. I woke my lead up, we rolled it back, and the next morning I walked the team through what happened. Since then I use the online migration tooling and I honestly respect the leave-it-till-Monday call a lot more.",
  },
  {
    id: "A15",
    voice: "non-native Spanish, events only",
    question: "Describe a time you misjudged a situation.",
    text: "In my last company in Madrid I was responsible to hire a new developer for the team. There was one candidate with a very impressive CV, big companies, and he was very confident in the interview. My colleague who did the technical test told me she has doubts, that his answers were very general and she did not think he really wrote the code he was talking about. I thought she was too strict and I made the offer. After two months it was clear he could not work alone on any task, and other people in the team were doing his work. We had to end the contract in the probation period. I realised I gave too much value to the CV and the confidence. Now the technical interviewer always has a veto.",
  },
  {
    id: "A16",
    voice: "terse, manager thought optimistic",
    question: "Tell me about a time you were wrong.",
    text: "I estimated a vendor integration at two weeks. My manager thought that was optimistic. I held firm and committed the date to the client. Their API docs were out of date, the auth flow was different from what they described, and we hit rate limits nobody had mentioned. It took seven weeks. The client escalated twice. My manager had worked with that vendor before. I apologized to the client and reset the plan with weekly checkpoints. Now I pad any third-party estimate and spike the integration before committing to a date.",
  },
  {
    id: "A17",
    voice: "manager thought I was overreacting, doubter right, events only",
    question: "Tell me about a mistake you made.",
    text: "When I was a team lead at a call center, one agent made a rude comment to a customer on a recorded line. I wanted to put her on a formal written warning immediately. My manager thought I was overreacting and suggested a coaching conversation first, since she'd had a spotless record for four years. I went ahead with the formal warning anyway. She was humiliated, the rest of the team saw it as heavy-handed, and two weeks later she handed in her notice. We lost one of our best agents over a single bad call. Looking back, I was reacting to the recording, not to the person, and I never asked what was going on with her that day. Now I always start with a private conversation and only escalate if a pattern appears.",
  },
];

/** The candidate's call borne out against a doubter, asked for a mistake: off-topic. */
const VINDICATED: readonly ProbeCase[] = [
  {
    id: "B2",
    voice: "nobody took it seriously",
    question: "Describe a time you misjudged a situation.",
    text: "Nobody took it seriously when I said our biggest client was about to leave. I'd noticed their usage had dropped by a third and their champion had gone quiet. I kept pushing for an executive call and eventually got one scheduled. Sure enough, they told us they had been evaluating a competitor. Because we caught it early we offered a tailored roadmap and kept the account, which was about twenty percent of our revenue. After that, my manager asked me to set up a health score for all our accounts so we would see the same warning signs earlier.",
  },
  {
    id: "B3",
    voice: "director said alarmist",
    question: "Tell me about a mistake you made.",
    text: "My director said I was being alarmist when I flagged that our vendor's SOC 2 report was eighteen months old. I asked for an updated report anyway and held the contract signature until we got it. They couldn't provide one, and a month later they disclosed a breach affecting several of their customers. We weren't one of them because we had never sent them any data. My director thanked me at the next all-hands. So if there's a mistake in there, it's maybe that I didn't escalate it in writing sooner, but I'm glad I stuck to it.",
  },
  {
    id: "B4",
    voice: "spoken, told me to drop it",
    question: "Tell me about a time you were wrong.",
    text: "Um, so, honestly, a good example is, uh, when I told my team we should stop the release because the login flow felt off on older iPhones. They told me to drop it, like, we'd tested it, it was fine. I kind of, you know, I kept poking at it on my own phone that night and found the session token wasn't refreshing on iOS 14. We pulled the release the next morning and, yeah, it would've logged out something like a third of our users. My lead actually, like, bought me a coffee for it. So I think the takeaway for me is trust your gut, but also go get the evidence.",
  },
  {
    id: "B6",
    voice: "senior, CEO waved it off",
    question: "Describe a time you misjudged a situation.",
    text: "When I joined as VP of engineering, I said in my first week that our on-call rotation was going to burn people out. The CEO waved it off, saying the team was young and could handle it. I didn't let it go. I brought in anonymous survey results and attrition numbers, and six months later we had a proper follow-the-sun rotation and a paid on-call stipend. Attrition on the platform team dropped from thirty percent to eight. The CEO later told the board it was one of the best changes we made that year. I'd say the only misjudgment was how long it took me to persuade him.",
  },
  {
    id: "B7",
    voice: "terse, brushed it off",
    question: "Tell me about a time you were wrong.",
    text: "Flagged a race condition in the checkout service during code review. The author brushed it off: can't happen in practice. Other reviewers approved. I wrote a stress test that reproduced it in ten minutes. The PR was reworked with proper locking. Two months later, Black Friday, we hit twelve times normal traffic with zero double charges. A competitor had exactly that bug the same weekend. Since then I attach a failing test to any concurrency concern I raise in review, and the team has adopted that as a norm. Lesson: reproduce it, don't argue about it.",
  },
  {
    id: "B10",
    voice: "non-native, colleagues laughing, too suspicious",
    question: "Tell me about a time you were wrong.",
    text: "Two years ago I said to my team that our supplier from Shenzhen will not deliver the components on time, because I saw on their social media that the factory is moving. My colleagues were laughing and told me I am too suspicious and this is not how you judge a supplier. I insisted to order a backup batch from another supplier in Vietnam. The Shenzhen supplier was delayed by seven weeks, exactly because of the factory move, and with the backup batch our production did not stop even one day. After that my manager asked me to do risk checks for all key suppliers.",
  },
  {
    id: "B11",
    voice: "co-founder thought I was nuts",
    question: "Describe a time you misjudged a situation.",
    text: "My co-founder thought I was nuts to triple our enterprise price. His worry was that we'd lose every deal in the pipeline. I ran the new price on the next ten prospects while keeping existing customers grandfathered. Eight of the ten still signed, and a couple of them told us the old price had made them doubt we were serious. Annual revenue for that tier roughly doubled in six months. We still joke about it. If I misjudged anything, it's that I should have done it a year earlier.",
  },
  {
    id: "B12",
    voice: "spoken, manager said wasting my time",
    question: "Tell me about a mistake you made.",
    text: "So, uh, at my last job, my manager basically said I was wasting my time writing docs for the internal API, like, nobody reads docs, just ship features. And I, um, I kept doing it on Fridays anyway. Then, like, three months later we onboarded a new team of, I think, eight engineers, and they were productive in like a week instead of a month, and they said the docs were the reason. My manager ended up putting it in my review as, like, a highlight. So, I don't know, I guess the mistake was not asking for official time for it.",
  },
  {
    id: "B8",
    voice: "junior, supervisor didn't think worth fixing, sign-ups went up",
    question: "Tell me about a mistake you made.",
    text: "In my internship, I noticed that our sign-up form was rejecting email addresses with a plus sign. My supervisor didn't think it was worth fixing and said only a handful of people use those. I checked the logs and found it was about four percent of failed sign-ups, mostly developers, which was our target audience. I put together a short summary and he let me fix it. Sign-up completion went up by almost three percent the next month. I was really proud of that because it was my first change that made a real difference. I learned to back up my concerns with numbers.",
  },
];

/** A doubt in a story whose question asks for no mistake: not off-topic. */
const NOT_ASKED: readonly ProbeCase[] = [
  {
    id: "C1",
    voice: "disagreed, overreacting",
    question: "Tell me about a time you disagreed with your manager.",
    text: "Last spring I noticed that one of our contractors had admin access to production that nobody had reviewed in over a year. My manager thought I was overreacting and said the contractor was trustworthy. I disagreed, and I told him why: it wasn't about trust, it was about audit exposure. I wrote up a one-page risk summary and suggested a compromise, scoped access with a monthly review. He agreed to try it. At our SOC 2 audit that autumn the auditor specifically checked contractor access, and we passed that control cleanly. My manager and I now do a quarterly access review together.",
  },
  {
    id: "C2",
    voice: "risk, parents thought I'd lost my mind",
    question: "Tell me about a time you took a risk.",
    text: "When I was twenty-six I left a stable accounting job to retrain as a software developer. My parents thought I'd lost my mind, and honestly some days I agreed with them. I had about eight months of savings, so I set myself a plan: a bootcamp, then three portfolio projects, then two hundred applications if needed. It took a hundred and forty. I landed a junior role at a fintech company, where my accounting background turned out to be a real advantage, because I could talk to the finance team in their language. Three years later I lead a small team building reconciliation tools.",
  },
  {
    id: "C3",
    voice: "persuade, academic exercise",
    question: "Describe a time you had to persuade someone.",
    text: "Our head of sales called my churn model an academic exercise when I first presented it. She wanted something her reps could act on, not a probability score. So instead of defending the math, I sat with two of her reps for a week and learned how they planned their calls. I rebuilt the output as a simple weekly list of the twenty accounts most at risk, with one reason each. After a month, reps using the list saved six accounts that were about to cancel. She asked me to roll it out to the whole team and now presents it herself in the quarterly review.",
  },
  {
    id: "C4",
    voice: "initiative, lead says fine + but still",
    question: "Tell me about a time you showed initiative.",
    text: "At my last job our deployment pipeline took about forty minutes. My lead says it is fine, we only deploy twice a day, but I still thought it was slowing everyone down, so I spent a couple of evenings profiling it. Most of the time was spent rebuilding Docker layers that never changed. I set up layer caching and split the test suite into parallel jobs, and I brought the change to the team as a proposal rather than just merging it. Deploys dropped to eleven minutes, and within a month we were deploying six or seven times a day because it no longer felt expensive.",
  },
  {
    id: "C5",
    voice: "stood up, director said alarmist",
    question: "Tell me about a time you stood up for something you believed in.",
    text: "My director said I was being alarmist when I objected to shipping a feature that stored users' location history by default. I believed people should opt in, and I said so in the product review, with examples of fines other companies had received. I also offered an alternative design with a clear opt-in screen and a short explanation of the benefit. We tested both. The opt-in version still got sixty percent adoption, which was enough for the feature to work. We launched with opt-in, and when a new privacy regulation came in the following year we didn't have to change anything.",
  },
  {
    id: "C6",
    voice: "proud, nobody took it seriously",
    question: "Tell me about a project you're proud of.",
    text: "Nobody took it seriously when I suggested we build an internal tool to replace the shared spreadsheet our warehouse team used for returns. It seemed like a small thing. I built a prototype in two weeks using our existing stack, and I sat with the warehouse staff to watch how they actually processed a return. The tool cut processing time from about nine minutes to three per item and almost eliminated duplicate refunds, which had been costing us around four thousand dollars a month. I'm proud of it because it came from listening to the people doing the work.",
  },
];

/** Still misread, each with why. */
const MISREAD: readonly MisreadCase[] = [
  {
    id: "A10",
    voice: "non-native German, events only",
    question: "Tell me about a mistake you made.",
    text: "In my first year as a controller in Munich, I prepared the quarterly forecast for our plant. My colleague from sales said that my numbers for the new product are too optimistic, she thinks the customers will order later. I told her that I have the signed letters of intent and it is not necessary to worry. I did not change the forecast. Then the customers really delayed their orders by four months, because of their own certification process, and we had to explain a big gap to the headquarters. It was not nice for my boss and not for me. I learned that a letter of intent is not an order, and since then I always ask sales for a probability per customer and I build two scenarios.",
    flagged: false,
    why: "the slip told as the customers' delay, with the candidate's part only implied (\"I did not change the forecast\"), reads as someone else's",
  },
  {
    id: "B1",
    voice: "rolled his eyes",
    question: "Tell me about a time you were wrong.",
    text: "At my last job I noticed our error rates creeping up every Tuesday after the batch import. When I raised it in standup, my tech lead rolled his eyes and said it was noise. I kept logging the numbers for a month and then built a small chart showing the pattern lined up exactly with the import window. The import was exhausting the database connection pool. We fixed it with a separate pool and the Tuesday errors disappeared completely. The team started calling me the Tuesday detective, which was fun. What I learned is that data wins arguments, so I always bring a chart now.",
    flagged: true,
    why: 'the tagger takes "lead" in "my tech lead rolled his eyes" for the verb, so the doubt has no one to say it',
  },
  {
    id: "B5",
    voice: "non-native, boss laughed",
    question: "Tell me about a time you failed.",
    text: "In my previous company I proposed to move our test servers to the cloud to save money. My boss laughed at this idea and said it will cost us more, not less. I prepared the calculation with three scenarios and I asked for a one month pilot. After the pilot we saw that the cost is forty percent lower and the tests are faster because we can run them in parallel. Now all testing environments in the company are in the cloud and my boss presented this result to the management. I think I failed to convince him in the beginning, but at the end the numbers were on my side.",
    flagged: true,
    why: '"I failed to convince him in the beginning" is read as a fault the story owns',
  },
  {
    id: "B9",
    voice: "nurse, thought it was paranoid",
    question: "Tell me about a time you failed.",
    text: "When I was a nurse manager, I pushed for a second nurse to double-check insulin doses on the night shift. The physicians and some senior nurses thought it was paranoid and a waste of time. I went ahead with a three-month trial on my ward. During that trial the double-check caught four dosing errors before they reached a patient, one of them a tenfold error. The hospital adopted the policy across all wards the following year. If anything, I failed at first to get buy-in, but the results spoke for themselves.",
    flagged: true,
    why: "the dosing errors the check caught weigh as setbacks as much as the doubt weighs against them",
  },
];

describeProbes("a doubted call: genuine mistakes stay on topic", OWN_MISTAKES, false);
describeProbes(
  "a doubted call: the call borne out is off-topic for a mistake question",
  VINDICATED,
  true,
);
describeProbes("a doubted call: no mistake asked, nothing to contradict", NOT_ASKED, false);
describeMisread("a doubted call: still misread", MISREAD);
