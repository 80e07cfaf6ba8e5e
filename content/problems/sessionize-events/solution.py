def sessionize(timestamps, maxGap):
    sessions = []
    # Input order cannot be trusted: events arrive from several devices and queues.
    for t in sorted(timestamps):
        # Compare with the previous event (the session's end), not with the session's start.
        if sessions and t - sessions[-1]["end"] <= maxGap:
            sessions[-1]["end"] = t
            sessions[-1]["count"] += 1
        else:
            sessions.append({"start": t, "end": t, "count": 1})
    return sessions
