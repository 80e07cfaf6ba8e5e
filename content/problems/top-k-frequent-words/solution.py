import heapq
import re
from collections import Counter

# Letters and digits, with single apostrophes allowed between them ("don't", "rock'n'roll").
WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


def topKFrequentWords(text, k):
    """The k most frequent words, by count descending and then in character-code order."""
    counts = Counter(WORD.findall(text.lower()))
    # nsmallest keeps a heap of size k: O(d log k) over the d distinct words.
    top = heapq.nsmallest(k, counts.items(), key=lambda item: (-item[1], item[0]))
    return [word for word, _ in top]
