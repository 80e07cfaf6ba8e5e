def lengthOfLongestSubstringKDistinct(s, k):
    return -1
