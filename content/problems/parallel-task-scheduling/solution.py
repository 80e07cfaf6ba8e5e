import heapq


def scheduleTasks(durations, prerequisites, workers):
    n = len(durations)
    pairs = {(task, prerequisite) for task, prerequisite in prerequisites}  # repeats change nothing
    dependents = [[] for _ in range(n)]
    waiting = [0] * n  # prerequisites not finished yet
    for task, prerequisite in pairs:
        dependents[prerequisite].append(task)
        waiting[task] += 1

    order = _topological_order(dependents, waiting)
    if order is None:
        return None

    # Critical paths, computed from the last tasks backwards so each dependent is known first.
    critical = [0] * n
    for t in reversed(order):
        critical[t] = durations[t] + max((critical[d] for d in dependents[t]), default=0)

    starts = [0] * n
    ready = [(-critical[t], t) for t in range(n) if waiting[t] == 0]  # longest path first
    heapq.heapify(ready)
    running = []  # (finish time, task)
    now = 0
    while True:
        while ready and len(running) < workers:
            _, t = heapq.heappop(ready)
            starts[t] = now
            heapq.heappush(running, (now + durations[t], t))
        if not running:
            break
        # Jump to the next completion and release everything that finishes at that instant
        # before any worker picks new work.
        now = running[0][0]
        while running and running[0][0] == now:
            _, t = heapq.heappop(running)
            for d in dependents[t]:
                waiting[d] -= 1
                if waiting[d] == 0:
                    heapq.heappush(ready, (-critical[d], d))
    return {"makespan": now, "starts": starts}


def _topological_order(dependents, waiting):
    """Kahn's algorithm on a copy of the counts; None when a cycle leaves tasks behind."""
    remaining = list(waiting)
    order = [t for t in range(len(remaining)) if remaining[t] == 0]
    for t in order:  # the list grows while we walk it
        for d in dependents[t]:
            remaining[d] -= 1
            if remaining[d] == 0:
                order.append(d)
    return order if len(order) == len(remaining) else None
