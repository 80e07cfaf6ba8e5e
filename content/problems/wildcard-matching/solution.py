def isMatch(s, p):
    """Greedy matching that backtracks only to the most recent star.

    When a star is reached, first let it match nothing; on a later mismatch, let the most recent
    star swallow one more character and retry from there. Earlier stars never need to be
    revisited: whatever an earlier star could absorb, the later star can absorb instead, because
    the pattern between them has already been matched and a star matches any text. That makes
    the scan O(len(s) * len(p)) in the worst case and O(1) in extra memory.
    """
    i = j = 0  # positions in s and p
    star = -1  # index in p of the most recent star
    star_match_end = 0  # index in s where that star's match currently ends

    while i < len(s):
        if j < len(p) and p[j] in ("?", s[i]):
            i += 1
            j += 1
        elif j < len(p) and p[j] == "*":
            star = j
            j += 1
            star_match_end = i
        elif star != -1:
            j = star + 1
            star_match_end += 1
            i = star_match_end
        else:
            return False
    # s is used up: only stars (matching empty) may remain in the pattern.
    while j < len(p) and p[j] == "*":
        j += 1
    return j == len(p)
