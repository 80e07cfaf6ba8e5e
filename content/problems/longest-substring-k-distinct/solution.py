from collections import defaultdict


def lengthOfLongestSubstringKDistinct(s, k):
    """Sliding window: extend on the right, and shrink from the left while the window holds more
    than k distinct characters. Each character enters and leaves once, so this is O(n)."""
    counts = defaultdict(int)
    left = 0
    best = 0
    for right, entering in enumerate(s):  # a Python str iterates by code point
        counts[entering] += 1
        while len(counts) > k:
            leaving = s[left]
            left += 1
            counts[leaving] -= 1
            # Delete rather than keep a zero, or len(counts) would never come back down.
            if counts[leaving] == 0:
                del counts[leaving]
        best = max(best, right - left + 1)
    return best
