class KeyValueStore:
    def __init__(self):
        pass

    def set(self, timestamp, key, field, value):
        pass

    def get(self, timestamp, key, field):
        return None

    def delete(self, timestamp, key, field):
        return False
