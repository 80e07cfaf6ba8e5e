def buildOrder(tasks, dependencies):
    # Return {"ok": True, "order": [...]} or {"ok": False, "cycle": [...]}.
    return {"ok": True, "order": []}
