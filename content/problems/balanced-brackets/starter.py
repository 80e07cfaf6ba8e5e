def checkBrackets(source):
    return {"ok": False, "error": "", "position": -1}
