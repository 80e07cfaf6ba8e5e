class KeyValueStore:
    """A dict, a value -> count index, and a stack of undo logs, one per open transaction.

    Each undo log maps a key to the value it had when the transaction first touched it (None if
    it did not exist). Every change goes through _write, which also keeps the count index right,
    so rolling back through _write restores the index for free.
    """

    def __init__(self):
        self.data = {}
        self.counts = {}
        self.undo_logs = []

    def set(self, key, value):
        self._write(key, value)

    def get(self, key):
        return self.data.get(key)

    def delete(self, key):
        if key not in self.data:
            return False
        self._write(key, None)
        return True

    def count(self, value):
        return self.counts.get(value, 0)

    def begin(self):
        self.undo_logs.append({})

    def commit(self):
        if not self.undo_logs:
            return False
        log = self.undo_logs.pop()
        if self.undo_logs:
            # The parent keeps its own, older record of a key when it has one.
            parent = self.undo_logs[-1]
            for key, previous in log.items():
                parent.setdefault(key, previous)
        return True

    def rollback(self):
        if not self.undo_logs:
            return False
        for key, previous in self.undo_logs.pop().items():
            self._apply(key, previous)
        return True

    def _write(self, key, value):
        """Set (or, with None, delete) a key, recording its old value on first touch."""
        if self.undo_logs:
            self.undo_logs[-1].setdefault(key, self.data.get(key))
        self._apply(key, value)

    def _apply(self, key, value):
        old = self.data.get(key)
        if old is not None:
            self.counts[old] -= 1
        if value is None:
            self.data.pop(key, None)
        else:
            self.data[key] = value
            self.counts[value] = self.counts.get(value, 0) + 1
