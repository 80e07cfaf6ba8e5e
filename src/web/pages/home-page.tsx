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
