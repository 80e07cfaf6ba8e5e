def wordBreak(s, wordDict):
    return False
