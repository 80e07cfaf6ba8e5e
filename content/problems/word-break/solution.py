def wordBreak(s, wordDict):
    """Bottom-up dynamic programming.

    can_split[i] says whether the first i characters of s can be cut into dictionary words. A
    word ending at i can start at most `longest` characters earlier, so the work is
    O(n * longest) slices and set look-ups rather than O(n^2).
    """
    words = set(wordDict)
    longest = max((len(word) for word in words), default=0)

    can_split = [False] * (len(s) + 1)
    can_split[0] = True  # the empty prefix needs no words
    for end in range(1, len(s) + 1):
        for start in range(max(0, end - longest), end):
            if can_split[start] and s[start:end] in words:
                can_split[end] = True
                break
    return can_split[len(s)]
