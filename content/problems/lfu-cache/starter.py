class LFUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return 0

    def put(self, key, value):
        pass
