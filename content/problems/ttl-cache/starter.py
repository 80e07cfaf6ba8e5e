class TTLCache:
    def __init__(self):
        pass

    def set(self, key, value, ttl, now):
        pass

    def get(self, key, now):
        return None

    def delete(self, key, now):
        return False

    def size(self, now):
        return 0
