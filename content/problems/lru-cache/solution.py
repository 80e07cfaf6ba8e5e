class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=-1, value=-1):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    """Least-recently-used cache with O(1) get and put.

    A dict finds a key's node; a doubly linked list keeps the nodes in order of use, most recent
    right after the head sentinel and least recent right before the tail sentinel. The sentinels
    mean a real node always has neighbours, so linking and unlinking need no special cases.
    (collections.OrderedDict does the same bookkeeping with move_to_end and popitem(last=False).)
    """

    def __init__(self, capacity):
        self.capacity = capacity
        self.nodes = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next = self.tail
        self.tail.prev = self.head

    def get(self, key):
        node = self.nodes.get(key)
        if node is None:
            return -1
        self._move_to_front(node)
        return node.value

    def put(self, key, value):
        if self.capacity == 0:
            return
        existing = self.nodes.get(key)
        if existing is not None:
            # An update is a use, and it never evicts: the key already has its place.
            existing.value = value
            self._move_to_front(existing)
            return
        if len(self.nodes) == self.capacity:
            oldest = self.tail.prev
            self._unlink(oldest)
            del self.nodes[oldest.key]
        node = _Node(key, value)
        self._link_after_head(node)
        self.nodes[key] = node

    def _move_to_front(self, node):
        self._unlink(node)
        self._link_after_head(node)

    @staticmethod
    def _unlink(node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _link_after_head(self, node):
        node.prev = self.head
        node.next = self.head.next
        self.head.next.prev = node
        self.head.next = node
