class KeyValueStore:
    def __init__(self):
        pass

    def set(self, key, value):
        pass

    def get(self, key):
        return None

    def delete(self, key):
        return False

    def count(self, value):
        return 0

    def begin(self):
        pass

    def commit(self):
        return False

    def rollback(self):
        return False
