import heapq


def commonFreeTime(schedules, dayStart, dayEnd, minLength):
    free = []
    # Everything before `cursor` is either before the day or covered by someone's busy time.
    cursor = dayStart
    # heapq.merge walks the k sorted calendars together in O(n log k), one interval at a time.
    for start, end in heapq.merge(*schedules):
        if start >= dayEnd:
            break
        if start - cursor >= minLength:
            free.append([cursor, start])
        cursor = max(cursor, end)
    # The stretch after the last busy interval, clamped to the end of the day.
    if dayEnd - cursor >= minLength:
        free.append([cursor, dayEnd])
    return free
