import heapq


def buildOrder(tasks, dependencies):
    # Number every task by its place in the list, appending undeclared names as they appear.
    names = list(tasks)
    index = {name: i for i, name in enumerate(names)}
    for pair in dependencies:
        for name in pair:
            if name not in index:
                index[name] = len(names)
                names.append(name)

    n = len(names)
    prerequisites = [set() for _ in range(n)]
    dependents = [[] for _ in range(n)]
    for task, prerequisite in dependencies:
        t, p = index[task], index[prerequisite]
        if p not in prerequisites[t]:
            prerequisites[t].add(p)
            dependents[p].append(t)

    # Kahn's algorithm with a min-heap of ready task numbers: the earliest-listed ready task runs.
    waiting = [len(p) for p in prerequisites]
    ready = [t for t in range(n) if waiting[t] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        t = heapq.heappop(ready)
        order.append(t)
        for d in dependents[t]:
            waiting[d] -= 1
            if waiting[d] == 0:
                heapq.heappush(ready, d)

    if len(order) == n:
        return {"ok": True, "order": [names[t] for t in order]}
    return {"ok": False, "cycle": [names[t] for t in _find_cycle(prerequisites, waiting)]}


def _find_cycle(prerequisites, waiting):
    """Walk from a stuck task to one of its stuck prerequisites until a task repeats.

    Every task Kahn's algorithm could not run still waits on a prerequisite that also never ran,
    so the walk can always continue and must eventually close a cycle. It is iterative, so long
    chains cannot overflow the stack.
    """
    stuck = [t for t in range(len(waiting)) if waiting[t] > 0]
    position = {}  # task -> its step number in the walk
    path = []
    t = stuck[0]
    while t not in position:
        position[t] = len(path)
        path.append(t)
        t = next(p for p in prerequisites[t] if waiting[p] > 0)
    cycle = path[position[t]:]
    # Start the cycle at its earliest-listed task; the direction (each needs the next) is kept.
    start = cycle.index(min(cycle))
    return cycle[start:] + cycle[:start]
