import { useEffect, useState } from "react";

/** Past this many seconds a spoken answer is long; the mock interviewer cuts in at ~450 words. */
export const LONG_ANSWER_SECONDS = 180;

/** Seconds as "mm:ss". */
export function formatElapsed(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * The time spent on the open turn, counted from `askedAt` (a `performance.now()` reading derived
 * from when the server asked it, so a reload keeps the count), or from when it appeared here when
 * that is unknown. Remount it (give it a new key) for each turn; while `running` is false it holds
 * still.
 */
export function AnswerTimer(props: { askedAt: number | undefined; running: boolean }) {
  const [shownAt] = useState(() => performance.now());
  const startedAt = props.askedAt ?? shownAt;
  const [now, setNow] = useState(shownAt);
  useEffect(() => {
    if (!props.running) return;
    const timer = window.setInterval(() => setNow(performance.now()), 250);
    return () => window.clearInterval(timer);
  }, [props.running]);

  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <div className="answer-timer">
      <p className="answer-timer-clock">
        Time on this answer{" "}
        {/* A timer is not announced as it ticks, so it never talks over the candidate. */}
        <span role="timer">{formatElapsed(seconds)}</span>
      </p>
      {seconds >= LONG_ANSWER_SECONDS ? (
        <p className="answer-timer-note">
          Over three minutes. Interviewers often cut long answers short, and this one cuts in past
          about 450 words: lead with the point, then the detail that proves it.
        </p>
      ) : null}
    </div>
  );
}
