import heapq


def networkDelay(n, links, source):
    outgoing = [[] for _ in range(n)]
    for u, v, latency in links:
        outgoing[u].append((v, latency))

    # Dijkstra's algorithm. None means "not reached (yet)", so infinity never leaks into the output.
    times = [None] * n
    previous = [None] * n  # the chosen last hop into each node on its fastest route
    times[source] = 0
    heap = [(0, source)]
    settled = [False] * n
    while heap:
        t, u = heapq.heappop(heap)
        if settled[u]:
            continue  # a stale entry: u was already reached sooner
        settled[u] = True
        for v, latency in outgoing[u]:
            arrival = t + latency
            if times[v] is None or arrival < times[v]:
                times[v] = arrival
                previous[v] = u
                heapq.heappush(heap, (arrival, v))
            elif arrival == times[v] and u < previous[v]:
                # Equally fast: prefer the smaller last hop. Every candidate is settled before v,
                # because latencies are positive, so v ends with the smallest one.
                previous[v] = u

    slowest = max((i for i in range(n) if times[i] is not None), key=lambda i: (times[i], -i))
    path = [slowest]
    while path[-1] != source:
        path.append(previous[path[-1]])
    path.reverse()
    return {"times": times, "slowest": slowest, "path": path}
