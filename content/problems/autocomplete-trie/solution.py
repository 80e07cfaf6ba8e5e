import re

LIMIT = 5
WHITESPACE = re.compile(r"[ \t\r\n]+")


class _Node:
    __slots__ = ("children", "top")

    def __init__(self):
        self.children = {}
        self.top = []  # the best phrases at or below this node, best first, at most LIMIT


class Autocomplete:
    """A trie over normalised phrases in which every node caches the top five phrases below it.

    A query walks the prefix and copies one list; an update walks one phrase's path and fixes each
    list. Frequencies only increase, so a phrase can only move up a list or enter it, never fall
    out.
    """

    def __init__(self, entries):
        self._root = _Node()
        self._frequency = {}
        for phrase, frequency in entries:
            self._add(phrase, frequency)

    def suggest(self, prefix):
        key = WHITESPACE.sub(" ", prefix.lower().lstrip(" \t\r\n"))
        node = self._root
        for c in key:
            node = node.children.get(c)
            if node is None:
                return []
        return list(node.top)

    def select(self, phrase):
        self._add(phrase, 1)

    def _add(self, raw_phrase, amount):
        phrase = WHITESPACE.sub(" ", raw_phrase.lower()).strip(" ")
        if not phrase:
            return
        self._frequency[phrase] = self._frequency.get(phrase, 0) + amount

        node = self._root
        self._rank(node, phrase)
        for c in phrase:
            node = node.children.setdefault(c, _Node())
            self._rank(node, phrase)

    def _rank(self, node, phrase):
        """Re-places `phrase` in the node's top list after its frequency rose."""
        candidates = [other for other in node.top if other != phrase] + [phrase]
        candidates.sort(key=lambda p: (-self._frequency[p], p))
        node.top = candidates[:LIMIT]
