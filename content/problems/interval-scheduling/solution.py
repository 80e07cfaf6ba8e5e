from bisect import bisect_right


def scheduleJobs(jobs):
    order = sorted(range(len(jobs)), key=lambda i: jobs[i][1])  # by end time
    ends = [jobs[i][1] for i in order]

    # best[k] is the best total using only the first k jobs in end order.
    # compatible[k] is how many of those jobs end by the time job k starts (half-open slots).
    best = [0] * (len(order) + 1)
    compatible = [0] * len(order)
    for k, i in enumerate(order):
        start, _, value = jobs[i]
        compatible[k] = bisect_right(ends, start, 0, k)
        best[k + 1] = max(best[k], value + best[compatible[k]])

    # Walk back through the table: job k was taken exactly when taking it beats skipping it.
    chosen = []
    k = len(order)
    while k > 0:
        i = order[k - 1]
        if jobs[i][2] + best[compatible[k - 1]] > best[k - 1]:
            chosen.append(i)
            k = compatible[k - 1]
        else:
            k -= 1
    return {"total": best[-1], "jobs": sorted(chosen)}
