def bpeEncode(word, merges):
    return []
