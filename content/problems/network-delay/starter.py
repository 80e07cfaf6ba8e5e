def networkDelay(n, links, source):
    # Return {"times": [...], "slowest": node, "path": [...]}.
    return {"times": [], "slowest": source, "path": []}
