from bisect import bisect_left, insort


def fnv1a(text):
    """32-bit FNV-1a over UTF-8 bytes: stable across runs, unlike the built-in hash()."""
    h = 2166136261
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
    return h


class HashRing:
    def __init__(self, virtualNodes):
        self.virtual_nodes = virtualNodes
        self.servers = set()
        # Sorted (position, server) pairs. Equal positions sort by server name, so the first
        # entry at a position is the one that owns it.
        self.ring = []

    def addServer(self, name):
        if name in self.servers:
            return False
        self.servers.add(name)
        for i in range(self.virtual_nodes):
            insort(self.ring, (fnv1a(f"{name}#{i}"), name))
        return True

    def removeServer(self, name):
        if name not in self.servers:
            return False
        self.servers.remove(name)
        self.ring = [entry for entry in self.ring if entry[1] != name]
        return True

    def getServer(self, key):
        if not self.ring:
            return None
        # (position,) sorts before every (position, name), so this finds the first entry at a
        # position >= the key's; past the end, wrap around to the start.
        i = bisect_left(self.ring, (fnv1a(key),))
        return self.ring[i % len(self.ring)][1]
