// Answers to questions that ask for a failure, written to fool the reading of setbacks
// (signals/relevance.ts) and of a thriving ending (signals/story-shape.ts): failures told through
// what did not come or by events alone, failures that end in a recovery, a rival's fortune or a
// bad figure rising, successes that pass a setback on their way, and vague answers with no
// failure in them. Cases the coach still misreads are kept as expected failures, each with why.
import {
  describeMisread,
  describeProbes,
  type MisreadCase,
  type ProbeCase,
} from "./off-topic-probes.test-support.ts";

/** Real failures: on topic. */
const FAILURES: readonly ProbeCase[] = [
  {
    id: "f01",
    voice: "native",
    question: "Tell me about a time you failed.",
    text: "Two years ago I wrote most of a community foundation grant for our after-school coding program. I pulled the attendance data, interviewed three parents, and drafted the budget over about six weeks. I was proud of it. We didn't get the grant. The feedback letter said our outcomes section read like a wish list: we had no baseline numbers and no way to show that kids actually learned anything. That stung, because I had skipped the evaluation plan to spend more time on the story. The program ran at half its size that autumn, and we turned away about twenty families. Since then I build the measurement plan first, before I write a single paragraph of narrative, and I ask someone outside the team to read the outcomes section cold.",
  },
  {
    id: "f02",
    voice: "non-native",
    question: "Tell me about a project of yours that failed.",
    text: "In my previous company in Poland I was leading small project to replace paper forms in our clinic with tablet application. I designed the screens myself and we tested with two doctors only. After launch, the nurses did not use it. They kept the paper, because the app needed eleven taps for one blood pressure reading and on paper it was one line. After three months the usage was under ten percent and the director stopped the project, so the tablets went back in the box. I was quite embarrassed, honestly, because the nurses were the main users and I did not ask them even once. Now in every project I first sit with the real users for one full shift before I design anything.",
  },
  {
    id: "f03",
    voice: "spoken with fillers",
    question: "Tell me about a risk you took that didn't pay off.",
    text: "So, um, this was at my last startup. We had this Postgres setup that was, like, fine, but I pushed really hard to move our event data to a new time-series database because I'd read all these benchmarks. And, you know, I kind of sold it to the CTO on my own enthusiasm. We spent about three weeks on the migration and it just... it didn't work. The ingestion kept timing out under real traffic, the query language didn't support half of our reports, and we had two nights where the dashboards were just blank for customers. So we rolled back, and basically lost most of a sprint for nothing. I felt pretty sheepish, honestly. What I do now is, uh, I run a small spike with production-shaped data before I argue for anything.",
  },
  {
    id: "f04",
    voice: "terse",
    question: "Tell me about a time you missed a deadline.",
    text: "Q3 last year. I owned the migration of our billing service off the legacy mainframe. Committed date: September 30, agreed with finance. I sized it at eight weeks. Didn't account for the batch jobs nobody had documented, forty-one of them. We didn't hit it. Went live November 12, six weeks late. Finance had to run two month-end closes by hand, about ninety extra hours for their team. I told the CFO myself in week five, not early enough. Frustrating for me and worse for them. Changes since: I inventory everything touching the system before I give a date, I give ranges instead of single dates, and I flag slips the week I see them.",
  },
  {
    id: "f05",
    voice: "senior",
    question: "Tell me about a decision you regret.",
    text: "About four years ago, as a director, I promoted a strong senior engineer into managing a team of nine because we were growing fast and I wanted to fill the seat quickly. I skipped the usual trial period and gave him almost no support in the first quarter. Within eight months three of the best people on that team had left, and exit interviews all pointed at unclear priorities and no one-on-ones. He asked to go back to an individual role, which was the right call for him but a setback for his confidence. The roadmap for that group slipped by two quarters. I still think about it. Since then, every new manager I appoint gets a coach, a ninety-day plan we write together, and a weekly check-in with me.",
  },
  {
    id: "f06",
    voice: "junior",
    question: "Tell me about a time you failed.",
    text: "During my internship last summer I was asked to add integration tests for the payments service. I was excited and wrote about forty tests over three weeks, but I worked alone and didn't show anyone until the end. When I opened the pull request it was almost four thousand lines. My reviewer said the tests depended on a staging database that other teams reset every night, so they would be flaky. The PR sat for two weeks and then was closed without being merged. None of that work shipped. It was a rough moment, because my internship ended a week later. I felt a bit silly, honestly. Now I open a draft PR on the first day, even if it's ten lines, so someone can tell me early if I'm heading the wrong way.",
  },
  {
    id: "f07",
    voice: "native (clinical)",
    question: "Tell me about a project of yours that failed.",
    text: "As a charge nurse I led a quality project to get every patient over sixty-five screened for falls on admission. I designed a new checklist, did a fifteen-minute huddle on each shift, and put posters in the med room. After three months we audited two hundred charts, and fewer than half of patients were asked about falls at all. On nights it was under a third. Our fall rate didn't move either. When I finally asked the night staff, they said the checklist was a separate paper form that nobody had time for during admissions. I was disappointed, and a bit annoyed at myself for not asking sooner. The next year we built the question into the electronic admission screen itself, and I now talk to every shift before I roll out anything.",
  },
  {
    id: "f08",
    voice: "native (commercial)",
    question: "Tell me about a risk you took that didn't pay off.",
    text: "At a subscription meal-kit company I ran pricing. Our margins were thin, so I proposed a twelve percent price increase for existing customers and argued we'd lose maybe three percent of them. I was confident enough that we skipped a test market. We rolled it out to everyone in March. Cancellations tripled in the first month, and by June the churn had wiped out the gains from the increase and then some: revenue was down about four percent year over year. We rolled the price back for anyone who called, which cost us more goodwill. I was pretty shaken by it. Since then I insist on a holdout group for any pricing change, even if it slows us down by a month.",
  },
  {
    id: "f09",
    voice: "native (academic)",
    question: "Tell me about a time you missed a deadline.",
    text: "In my master's program I had a hard deadline for my thesis draft, April 15, because my advisor was leaving for sabbatical. I'd planned to run the last set of simulations in early April. The cluster queue was packed, my jobs kept getting killed, and I hadn't built in any slack. That was a rough week. I was up most nights restarting jobs, and the draft wasn't done on the 15th. I sent a partial draft without the results chapter, and my advisor could only give feedback by email from abroad, so my defense got pushed back a full semester. I felt terrible, mostly because I'd known for months the cluster got busy in spring. Now I schedule compute-heavy work a month earlier than I think I need to.",
  },
  {
    id: "f10",
    voice: "non-native",
    question: "Tell me about a time you failed.",
    text: "Last year my company paid for me to take the AWS Solutions Architect exam. I studied for around six weeks, mostly videos in the evening after work. I was feeling confident because I use AWS every day in my job. On the exam the questions were much more about networking and cost than I expected. The passing score is 720 and I got 664, so I did not pass. My manager was nice about it, but the company had paid four hundred dollars, and I was the only one from our team who did not get certified that quarter. I was quite ashamed. For the second attempt I did practice exams every weekend and studied my weak areas, VPC and billing, instead of only watching videos.",
  },
  {
    id: "f11",
    voice: "spoken with fillers",
    question: "Tell me about a decision you regret.",
    text: "Yeah, so, uh, the one that comes to mind is when I picked a vendor for our customer survey platform. There were two finalists and, honestly, I went with the cheaper one, kind of against my team lead's advice, because the budget was tight. And, um, about a year in, they just... went under. Like, we got an email on a Friday saying the service would shut down in thirty days. We never got the historical response data back in a usable format, so we basically lost three years of trend data for the quarterly reports. I had to explain that to our VP, which, yeah, was not a fun meeting. I felt awful. Now I always check a vendor's financial health and make sure we have a data export clause in the contract.",
  },
  {
    id: "f14",
    voice: "junior",
    question: "Tell me about a time you missed a deadline.",
    text: "In my first job out of bootcamp I picked up a ticket to add CSV export to our reports page, and I told my lead in sprint planning it would take three days. It was supposed to be in the Friday demo to the client. I got stuck on big reports timing out and spent two days trying things on my own because I didn't want to look slow. By Thursday it still wasn't working, and the feature wasn't ready for the demo. My lead had to tell the client it would come the next sprint. I felt really bad, because she'd told the client it was done-ish based on what I said. Now if I'm stuck for more than half a day I ask someone, and I give estimates with a range.",
  },
  {
    id: "f15",
    voice: "native (teacher)",
    question: "Tell me about a time you failed.",
    text: "In my second year teaching, I took on a reading intervention group of twelve fourth-graders who were reading about two grade levels behind. I chose a phonics program, pulled them for thirty minutes four days a week, and tracked their fluency scores. By spring, eight of the twelve hadn't moved more than a few words per minute, and two actually scored lower. The program was built for younger kids, and my students were bored and embarrassed by it. I'd also lost about a third of sessions to assemblies and testing. I was pretty discouraged, because those kids needed that year. The next fall I worked with our reading specialist to pick material at their interest level and protected the intervention time on the schedule.",
  },
  {
    id: "f17",
    voice: "spoken with fillers",
    question: "Tell me about a decision you regret.",
    text: "Okay, so, this one still bugs me. I was on call one Saturday and, um, I saw the order queue backing up, like, slowly. I figured it would drain on its own and I didn't want to wake up the database team for what looked like a blip. So I, uh, just watched it for a couple of hours. It didn't drain. By the time I escalated, the queue had dropped messages, and about eighteen hundred orders from that morning were never processed. Customer support spent the whole of Monday calling people. I felt pretty sick about it, honestly. Now my rule is: if I'm unsure, I page. Waking someone up costs ten minutes, not paging cost us a day of orders.",
  },
  {
    id: "f18",
    voice: "native (nonprofit)",
    question: "Tell me about a time you failed.",
    text: "I was development director at a small literacy nonprofit, and I organized our first big gala. The goal was one hundred thousand dollars, which would have funded a second site. I booked a hotel ballroom, hired a caterer and a band, and spent most of my energy on the event itself. Ticket sales were slow, and the two major donors I'd counted on couldn't make it that night. We raised thirty-eight thousand, and after costs we netted about twelve. The second site didn't open that year. I had to explain to the board why we'd spent so much to raise so little. I was deflated. Now I secure lead gifts before announcing a goal, and I keep event costs under a fifth of the target.",
  },
  {
    id: "f12",
    voice: "terse",
    question: "Tell me about a project of yours that failed.",
    text: "Data warehouse consolidation, 2021. I was project lead. Goal: merge four regional warehouses into one, budget 1.2 million, eighteen months. Scope grew every quarter as regions added their own reports. I agreed to most of it. At month fourteen we'd spent the budget and were maybe sixty percent done. The steering committee shelved the project. Two regions migrated, two never did, so we ended up running five systems instead of four. Expensive lesson. Disappointing for the team too, they'd worked hard. What I do now: a written scope freeze after design, and every new request comes with a cost and a date before I say yes.",
  },
  {
    id: "f13",
    voice: "senior",
    question: "Tell me about a risk you took that didn't pay off.",
    text: "In 2019, as COO, I made the case to open a sales office in Berlin. Our German revenue was growing and I believed a local team would double it within two years. The board approved it largely on my recommendation. We hired six people and signed a three-year lease. German revenue grew about fifteen percent, not the hundred we'd planned, because most of our buyers there actually wanted partners, not direct sales. The office never reached break-even, and after eighteen months we closed it, paid out the lease and let four people go. That was painful, especially the conversations with the staff. Since then I insist on testing a market with a small partner deal before we commit headcount or real estate.",
  },
  {
    id: "f16",
    voice: "non-native",
    question: "Tell me about a risk you took that didn't pay off.",
    text: "Two years ago I left my stable job for six months to build a side business with a friend, an app for booking badminton courts in our city. We spent almost all our savings on development. We were sure the clubs would love it. But the clubs already had their WhatsApp groups and did not want to pay a commission. After three months we had eleven users, most of them our friends. Nobody from the clubs signed up. We closed it and I went back to work, with much less money in my bank account. It was hard time for me, also with my family. What I learned is to talk with twenty customers and get some pre-orders before writing any code.",
  },
  {
    id: "r01",
    voice: "native, owned, recovery grew after",
    question: "Tell me about a time you failed.",
    text: "Two years ago I pushed us to launch the referral program without any fraud checks because I wanted it out before the holidays. Within a week a ring of fake accounts had claimed about forty thousand dollars in credits. That was my mistake, and I said so to the CFO the same day. We froze the program, clawed back what we could, and I rebuilt it with phone verification and a cap per household. When we relaunched in March, sign-ups grew by thirty percent and fraud stayed under one percent. I now write the abuse case before the happy path.",
  },
  {
    id: "r02",
    voice: "native, a rival thrived, ran out of money",
    question: "Tell me about a project of yours that failed.",
    text: "I led a team of four building a homework app for a school district. We spent eight months on features the teachers never asked for, and when the pilot came the teachers found it confusing. We ran out of money in March. The competitor we had been racing signed the contract with the district and doubled their user base that year. It still stings. I talk to users in the first week of anything now.",
  },
  {
    id: "r03",
    voice: "terse, costs tripled",
    question: "Tell me about a project that failed.",
    text: "We tried to move our analytics to a streaming pipeline. I designed it. Our cloud costs tripled in two months, the numbers never matched the batch reports, and in the end the director cancelled it. I was embarrassed, because I had promised savings. I learned to run a cost model before I pitch an architecture.",
  },
  {
    id: "r04",
    voice: "native (hardware), a bad figure went up, pulled from stores",
    question: "Tell me about a product that failed.",
    text: "I was the product manager for a smart water bottle. Customers liked the idea but the sensor drifted after a few weeks. The return rate went up to eighteen percent in the second quarter, and we pulled the product from stores in the autumn. I was gutted. Now I insist on a three-month field test before any hardware launch.",
  },
];

/** Successes, or no failure at all, given to a question that asks for one: off-topic. */
const NOT_FAILURES: readonly ProbeCase[] = [
  {
    id: "s01",
    voice: "native",
    question: "Tell me about a time you failed.",
    text: "The closest I can think of is our search latency project last year. The p95 on product search was around two seconds and I was asked to get it under five hundred milliseconds. My first idea was caching the top queries, and it didn't work at first, because most of our traffic was long-tail queries. But I went back to the profiler, found that we were hitting the database three times per result, and rewrote the query layer to batch them. Within two weeks p95 was down to three hundred and twenty milliseconds, conversion on search went up four percent, and the approach was adopted by two other teams. My manager nominated me for the quarterly engineering award, which I won.",
  },
  {
    id: "s05",
    voice: "native (sales)",
    question: "Tell me about a time you failed.",
    text: "When I took over the mid-market sales team, we had a quarterly target of 2.4 million in new bookings. In the first month we didn't hit it, not even close, we were at about half the run rate we needed. I dug into the pipeline and saw the reps were spending most of their time on tiny deals. I set up a qualification checklist, moved two reps to focus only on accounts over fifty employees, and started weekly deal reviews. By the end of the quarter we closed at 2.9 million, twenty percent over target, and by Q3 we were the top-performing region in the company. My VP asked me to roll the same process out to the other two teams.",
  },
  {
    id: "s06",
    voice: "native (academic)",
    question: "Tell me about a project of yours that failed.",
    text: "The project I'd point to is our lab's microplastics study. In the first round we didn't get the grant; the reviewers thought our sampling plan was too thin. I took the lead on the resubmission, partnered with the county water authority to get access to forty more sampling sites, and rewrote the methods section with their engineers. In the second round we got full funding, eight hundred thousand over three years, with one of the highest scores the program gave that cycle. The study has produced two papers so far, one in a top environmental journal, and the county now uses our data to plan their filtration upgrades. So it started badly but ended up being the best thing I did in my postdoc.",
  },
  {
    id: "s09",
    voice: "terse",
    question: "Tell me about a time you missed a deadline.",
    text: "Hardware launch, 2022. I ran the supply side. Our enclosure vendor didn't deliver the first batch on time, it came three weeks late, and half of it didn't pass inspection. Looked like we'd miss the retail date. I qualified a second vendor in ten days, split the order, and moved final assembly to two shifts. We shipped to retailers four days early. Launch sold out in the first week, forty thousand units. Retail partner gave us extra shelf space for the holiday season. We didn't miss a single date after that either. Probably the best quarter of my career.",
  },
  {
    id: "s13",
    voice: "terse",
    question: "Tell me about a risk you took that didn't pay off.",
    text: "Municipal transit contract, 2020. Risk: we bid forty percent under our usual margin to get in, with a new routing algorithm nobody had run at that scale. Board was nervous. First simulation didn't work, routes overlapped. Fixed the clustering step in a week. Our competitor didn't get the contract. We did, two million a year, five years. Delivered on time. Ridership up eighteen percent in year one. City renewed early and referred us to two neighboring counties. Margin recovered by year two. Best bet I've made.",
  },
  {
    id: "v01",
    voice: "native",
    question: "Tell me about a time you failed.",
    text: "Honestly, I can't think of a real failure. I've been fortunate to work on good teams, and I tend to plan carefully, so things have generally gone the way we intended. Of course there have been small bumps here and there, the usual things that happen on any project, but nothing I would call a failure. I think that's partly because I communicate a lot and I raise concerns early. I'm always open to feedback, and I try to keep learning and growing in every role I take on.",
  },
  {
    id: "v04",
    voice: "non-native",
    question: "Tell me about a time you missed a deadline.",
    text: "In my career, sometimes deadlines were not met, because projects are complex and many things can happen, for example requirements change or people are on vacation. I think it is normal in software development. When this happens, I always try to communicate with the stakeholders early, and to find a solution together with the team. I believe good communication and planning is the most important thing for deadlines. I am always working hard to deliver on time and I am very responsible person.",
  },
  {
    id: "v07",
    voice: "junior",
    question: "Tell me about a time you failed.",
    text: "I'm still early in my career, so I haven't really had a big failure yet. I guess the biggest thing would be that I'm a perfectionist, so sometimes I spend too long making things perfect. But I think that's also a strength, because my work is always high quality and my team knows they can count on me. I'm working on balancing it by setting time limits for myself, and my mentor has been really helpful with that. I'm excited to keep growing.",
  },
  {
    id: "s08",
    voice: "native (commercial)",
    question: "Tell me about a risk you took that didn't pay off.",
    text: "The riskiest thing I did was push to move our accounting product from one-time licenses to a subscription. Everyone warned me the switch would anger loyal customers and wipe out the gains we'd made that year. I proposed it anyway, but with a migration discount and a one-year price lock for existing customers, and I personally called our top fifty accounts. Within a year, recurring revenue had tripled, churn was under five percent, and the company's valuation roughly doubled in the next funding round. Customer satisfaction actually went up because they got updates continuously. It was the decision that turned the company around, and honestly it paid off better than I had hoped.",
  },
  {
    id: "s14",
    voice: "senior",
    question: "Tell me about a project of yours that failed.",
    text: "As VP of engineering I reorganized our six teams from components into product-aligned squads. Some of my staff thought it wouldn't work, and, frankly, the first quarter was bumpy: two teams didn't hit their goals and we had a few ownership gaps. That was a rough quarter. But I held weekly reviews, moved two tech leads to fill the gaps, and by the second quarter we were releasing weekly instead of monthly. Lead time for changes dropped by sixty percent, engagement scores went up twelve points, and we hit every roadmap commitment for the year. The CEO later asked me to apply the same model to the data organization. It's the change I'm proudest of.",
  },
  {
    id: "w02",
    voice: "spoken with fillers, subscriptions went up",
    question: "Tell me about a time you failed.",
    text: "Um, a failure, okay... so there was the customer newsletter, right? Everyone, like, my whole team, thought nobody would read it, it was kind of a side thing. And I just kept writing it every Friday, for like a year. And, uh, subscriptions went up like fivefold, and sales said half their demos came from it. So I guess it wasn't a failure, ha.",
  },
  {
    id: "w03",
    voice: "non-native, orders increased, clients signed",
    question: "Tell me about a time you failed.",
    text: "I was responsible for the new warehouse system. Many people said it is too complicated for the workers. I made training for every shift, in small groups. After three months the orders per hour increased from forty to sixty-five, and the company signed with two new clients because of the faster delivery.",
  },
  {
    id: "w04",
    voice: "native, friends doubted, acquired",
    question: "Describe a decision you regret.",
    text: "Leaving a stable job at the bank to join a four-person fintech. My friends said I was mad. The first year was hard, we lived on savings. But the product found its market, revenue grew every quarter, and last spring we were acquired by a payments company. Best thing I ever did.",
  },
  {
    id: "s11",
    voice: "non-native",
    question: "Tell me about a project of yours that failed.",
    text: "In my company in Brazil we were developing a soil moisture sensor for small coffee farms. The prototype did not work in the first field test, the readings were jumping a lot because of the humidity in the morning. So I changed the sensor to a capacitive type and added a small filter in the firmware, and I tested again in three farms. After that it worked very well, the error was under two percent. The cooperative signed a contract for two thousand units, and the farmers told us they saved about thirty percent of water in the first season. My director gave me the responsibility for the next product line. I am very proud of this project, it was big success for our small team.",
  },
  {
    id: "s02",
    voice: "native (design)",
    question: "Tell me about a project of yours that failed.",
    text: "Well, there was the rebrand I led for our mobile app. The first version didn't get approved, so I went back and interviewed a dozen customers and our sales team to understand what the leadership team had actually objected to. It turned out they liked the direction but felt it had lost our warmth. I reworked the palette and the illustration style in about three weeks, and the second version got approved unanimously. We launched it in September, our app store rating went from 4.1 to 4.6, and the design was shortlisted for a regional award. The CEO used it as the example in the all-hands for how to take feedback well. It's one of the projects I'm proudest of.",
  },
];

/** Still misread, each with why. */
const MISREAD: readonly MisreadCase[] = [
  {
    id: "s03",
    voice: "spoken with fillers",
    question: "Tell me about a time you missed a deadline.",
    text: "Hmm, so, missing a deadline... we came close once. We were, um, launching the new checkout flow for Black Friday, and the week before, two of our engineers got sick and the payment provider changed their API. So that was a rough week, like, honestly, I was working late most nights. But I, uh, re-split the remaining work, cut two nice-to-have features, and paired with the QA lead on the riskiest flows. And then we shipped early, actually, two days ahead of the code freeze. Black Friday went really smoothly, zero checkout incidents, and conversion was up eleven percent over the year before. So, yeah, we didn't miss it, but it was the closest I've come, and it was really satisfying how it turned out.",
    flagged: true,
    why: 'asked for a missed date, shipping early and "we didn\'t miss it" weigh no more than the rough week and the late nights',
  },
  {
    id: "s04",
    voice: "senior (sales)",
    question: "Tell me about a risk you took that didn't pay off.",
    text: "The biggest risk I took was bidding for the regional hospital network's imaging contract when we were a third the size of the incumbent. I pulled three engineers off roadmap work for six weeks to build a live pilot in one of their clinics, which meant delaying a product release. A lot of people thought it was reckless. The pilot cut their report turnaround from two days to four hours. Our competitor didn't get the contract; we did, a five-year deal worth eleven million dollars, our largest ever at that time. It also gave us the reference customer that opened up three more hospital systems the following year. I'd make the same call again.",
    flagged: true,
    why: 'the contract won is said by ellipsis ("we did, a five-year deal"), and a deal is not a figure that grew',
  },
  {
    id: "s07",
    voice: "native (clinical)",
    question: "Tell me about a time you failed.",
    text: "Honestly I'd point to the falls-screening project on our unit. At baseline, fewer than half of patients were asked about falls on admission, which worried me. I worked with our informatics nurse to build the screening question right into the electronic admission form, so nobody could skip it, and I trained every shift in a five-minute huddle. Within three months our audit showed ninety-two percent of patients were screened, and falls with injury dropped from six in the previous quarter to one. The hospital adopted the same form on all eleven medical units, and I presented the project at the state nursing conference. My manager put me forward for the clinical excellence award that year.",
    flagged: true,
    why: "the ending is told by a bad figure falling and an award, neither read as the story thriving",
  },
  {
    id: "s10",
    voice: "native",
    question: "Tell me about a decision you regret.",
    text: "Honestly, I don't have one I really regret. The one people expect me to regret is turning down the offer from a big tech company to join a twelve-person startup. It didn't look smart at the time, because the pay was lower and the startup didn't get its Series A on the first try. But I stayed, helped rebuild the product around a single customer segment, and we closed the round six months later. I went on to lead a team of fifteen engineers, we were acquired last year, and my equity was worth several times the salary difference. I learned more in those three years than I would have anywhere else. It's the best decision I've made in my career.",
    flagged: true,
    why: '"the one people expect me to regret" is read as a regret owned, which silences the thriving ending ("we were acquired")',
  },
  {
    id: "s12",
    voice: "spoken with fillers",
    question: "Tell me about a time you failed.",
    text: "Oh, um, failed... let me think. So there was this migration to Kubernetes that I led. And, like, the first cutover night, the deploy didn't go through, we had a DNS thing, and we rolled back at two a.m. But, honestly, we, uh, we figured out the issue the next morning, I wrote a proper checklist, and we did the cutover the following night. And it was, like, our smoothest launch ever. Zero downtime, deploys went from forty minutes to about six, and our cloud bill dropped about a third. The platform team still uses my checklist, actually. So, yeah, it wasn't really a failure, it was more of a, uh, a bump, and it ended up being one of my best projects.",
    flagged: true,
    why: "the ending is told by times and a bill that fell, and a fall is not read as the story thriving",
  },
  {
    id: "v02",
    voice: "native",
    question: "Tell me about a time you failed.",
    text: "Things didn't always work out, but I always learned something. I think failure is part of any career, and what matters is how you respond to it. Whenever something hasn't gone the way I hoped, I take a step back, reflect on what happened, and think about what I could do better next time. I'm a big believer in a growth mindset. Over the years that approach has made me more resilient and a better teammate, and I try to share those lessons with the people around me.",
    flagged: true,
    why: 'a general line ("things didn\'t always work out") counts as a setback though no event is told',
  },
  {
    id: "v03",
    voice: "spoken with fillers",
    question: "Tell me about a risk you took that didn't pay off.",
    text: "Um, a risk that didn't pay off... I mean, I think, like, I take calculated risks, you know? So I'd say, uh, not every risk I've taken has paid off, obviously, that's just how it goes sometimes. But I always try to, like, weigh the pros and cons and talk to my team first. And when something doesn't work out, I don't dwell on it, I just, um, move on and take the lesson with me. So yeah, I think that's how I approach risk in general, honestly.",
    flagged: true,
    why: 'a general line ("things didn\'t always work out") counts as a setback though no event is told',
  },
  {
    id: "v05",
    voice: "senior",
    question: "Tell me about a decision you regret.",
    text: "I don't really believe in regret. Every decision I've made, good or bad, has brought me to where I am today, and I've learned from all of them. Of course, with hindsight there are choices I might make differently, hiring calls, project bets, that kind of thing, but at the time I made the best decision I could with the information I had. What I try to do as a leader is create a culture where people can take smart risks and learn quickly without fear of blame.",
    flagged: true,
    why: 'a general line ("things didn\'t always work out") counts as a setback though no event is told',
  },
  {
    id: "v06",
    voice: "terse",
    question: "Tell me about a project of yours that failed.",
    text: "Projects fail sometimes. I've had a few that didn't land the way we planned. Scope changes, shifting priorities, the usual. Didn't hit every goal. What I take from those: plan better, communicate earlier, cut scope sooner. I don't dwell on it. Every project teaches you something, and I've carried those lessons forward into the next ones. That is really my approach to failure in general, in any role. I'd rather learn quickly and move on than spend time on what went wrong.",
    flagged: true,
    why: 'a general line ("things didn\'t always work out") counts as a setback though no event is told',
  },
  {
    id: "w01",
    voice: "senior, downloads tripled, investor renewed",
    question: "Tell me about a bet that didn't work out.",
    text: "The bet I think about is building the Android app before the iPhone one, when everyone on the board expected the opposite. Our users were mostly in Indonesia and the Philippines, and I had the install data to show it. We shipped in May. Downloads tripled in the first quarter, and our lead investor renewed her commitment for the next round. I'd read the data the same way again.",
    flagged: true,
    why: 'the tagger reads "Downloads" and "lead" as verbs, so neither closing clause reads as an event',
  },
];

describeProbes("a failure asked for: real failures stay on topic", FAILURES, false);
describeProbes("a failure asked for: a success or no failure is off-topic", NOT_FAILURES, true);
describeMisread("a failure asked for: still misread", MISREAD);
