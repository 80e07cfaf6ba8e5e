def evaluate(expression):
    return {"ok": True, "value": 0}
