def isMatch(s, p):
    return False
