import { useEffect, useState } from "react";
import { formatCountdown } from "../api/assessments.ts";

/** Under this much time left the clock turns to a warning colour. */
const LOW_TIME_MS = 10 * 60_000;

/**
 * The session's countdown. The server says how much time is left (`remainingMs`) and the page
 * counts down from the moment that answer arrived (`receivedAt`, a `performance.now()` reading),
 * so a reload picks up the server's clock again and never restarts it.
 */
export function AssessmentCountdown(props: {
  remainingMs: number;
  receivedAt: number;
  running: boolean;
  onExpire: () => void;
}) {
  const { remainingMs, receivedAt, running, onExpire } = props;
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(performance.now()), 250);
    return () => window.clearInterval(timer);
  }, [running]);

  const left = running ? Math.max(0, remainingMs - Math.max(0, now - receivedAt)) : remainingMs;
  const expired = running && left <= 0;
  useEffect(() => {
    if (expired) onExpire();
  }, [expired, onExpire]);

  const tone = left <= 0 ? "is-over" : left < LOW_TIME_MS ? "is-low" : "";
  return (
    <p className={`assessment-countdown ${tone}`}>
      <span className="assessment-countdown-label">Time left</span>{" "}
      {/* A timer is not announced as it ticks; the warnings below it are. */}
      <span role="timer" aria-label="Time left">
        {formatCountdown(left)}
      </span>
    </p>
  );
}
