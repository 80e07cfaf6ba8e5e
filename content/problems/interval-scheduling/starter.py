def scheduleJobs(jobs):
    # Return {"total": best total value, "jobs": [chosen indices, ascending]}.
    return {"total": 0, "jobs": []}
