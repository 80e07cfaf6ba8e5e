def scheduleTasks(durations, prerequisites, workers):
    # Return {"makespan": T, "starts": [...]} or None if there is a cycle.
    return {"makespan": 0, "starts": []}
