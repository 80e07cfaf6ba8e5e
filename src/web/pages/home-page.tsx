import { Link } from "react-router";

/** The front door: what Candor is for and where to start. */
export function HomePage() {
  return (
    <div className="page home">
      <section className="hero">
        <h1>Practise the loop. Answer like yourself.</h1>
        <p className="lede">
          Interviewers at AI labs reward honest, specific, self-aware answers and notice rehearsed
          enthusiasm. Candor helps you prepare for every round — and tells you which of your words
          read as genuine and which read as performance.
        </p>
        <p>
          <Link className="button button-primary" to="/questions">
            Browse the question bank
          </Link>
        </p>
      </section>
      <section className="principles" aria-label="Where to start">
        <StartCard to="/guide" title="Read the loop">
          Every stage, what each round tests, the values round in depth, and what separates offers.
        </StartCard>
        <StartCard to="/practice" title="Practise an answer">
          Answer a values or behavioral question and see which words read as genuine.
        </StartCard>
        <StartCard to="/stories" title="Build your stories">
          The handful of true stories these rounds grade hardest, versioned and scored.
        </StartCard>
        <StartCard to="/interviews" title="Run a mock interview">
          An interviewer that probes the gaps in each answer and pushes back on your views.
        </StartCard>
        <StartCard to="/problems" title="Solve coding problems">
          Real tests in JavaScript, TypeScript or Python, run in this tab.
        </StartCard>
        <StartCard to="/assessments" title="Take a timed assessment">
          Ninety minutes, four levels, a clock that keeps running, and a pacing report.
        </StartCard>
        <StartCard to="/plan" title="Plan the days to your loop">
          Your applications and their dates, turned into what to practise each day.
        </StartCard>
      </section>
      <h2 className="section-heading">What the coach measures</h2>
      <section className="principles" aria-label="How Candor coaches">
        <div>
          <h2>Honesty</h2>
          <p>Say what you actually think, including where you disagree.</p>
        </div>
        <div>
          <h2>Ownership</h2>
          <p>Say what you did, not what “we” did.</p>
        </div>
        <div>
          <h2>Reflection</h2>
          <p>Say what it cost, how you felt, and what changed in you.</p>
        </div>
        <div>
          <h2>Specificity</h2>
          <p>Names, numbers and dates beat adjectives.</p>
        </div>
      </section>
    </div>
  );
}

function StartCard(props: { to: string; title: string; children: string }) {
  return (
    <div>
      <h2>
        <Link to={props.to}>{props.title}</Link>
      </h2>
      <p>{props.children}</p>
    </div>
  );
}
