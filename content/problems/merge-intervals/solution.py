def merge(intervals):
    """Sort by start, then sweep.

    Each interval either overlaps the last merged one (start <= its end, so touching intervals
    merge too) and extends it, or begins a new merged interval. O(n log n) for the sort; the
    caller's list is not modified.
    """
    merged = []
    for start, end in sorted(intervals, key=lambda interval: interval[0]):
        if merged and start <= merged[-1][1]:
            # The larger end, not the newer one: [1, 10] absorbs [2, 3].
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
