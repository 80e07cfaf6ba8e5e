def sessionize(timestamps, maxGap):
    # Return a list of {"start", "end", "count"} dicts in time order.
    return []
