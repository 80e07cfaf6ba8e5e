type Interval = [number, number];

export function commonFreeTime(
  schedules: Interval[][],
  dayStart: number,
  dayEnd: number,
  minLength: number,
): Interval[] {
  // Return the sorted list of [start, end] gaps when everyone is free.
  return [];
}
