interface Session {
  start: number;
  end: number;
  count: number;
}

export function sessionize(timestamps: number[], maxGap: number): Session[] {
  const sessions: Session[] = [];
  // Input order cannot be trusted: events arrive from several devices and queues.
  const sorted = [...timestamps].sort((a, b) => a - b);
  for (const t of sorted) {
    const current = sessions.at(-1);
    // Compare with the previous event (the session's end), not with the session's start.
    if (current !== undefined && t - current.end <= maxGap) {
      current.end = t;
      current.count++;
    } else {
      sessions.push({ start: t, end: t, count: 1 });
    }
  }
  return sessions;
}
