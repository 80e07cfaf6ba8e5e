def insert(intervals, newInterval):
    start, end = newInterval
    result = []
    i, n = 0, len(intervals)

    # 1. Intervals that end before the new one starts come first, unchanged.
    while i < n and intervals[i][1] < start:
        result.append(list(intervals[i]))
        i += 1

    # 2. Intervals that start no later than the new one ends overlap or touch it: absorb them.
    while i < n and intervals[i][0] <= end:
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])

    # 3. Everything after it, unchanged.
    result.extend(list(interval) for interval in intervals[i:])
    return result
