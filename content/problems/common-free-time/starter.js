export function commonFreeTime(schedules, dayStart, dayEnd, minLength) {
  // Return the sorted list of [start, end] gaps when everyone is free.
  return [];
}
