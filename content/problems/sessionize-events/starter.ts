interface Session {
  start: number;
  end: number;
  count: number;
}

export function sessionize(timestamps: number[], maxGap: number): Session[] {
  // Return a list of { start, end, count } objects in time order.
  return [];
}
