class HashRing:
    def __init__(self, virtualNodes):
        self.virtualNodes = virtualNodes

    def addServer(self, name):
        return False

    def removeServer(self, name):
        return False

    def getServer(self, key):
        # Return the owning server's name, or None when the ring is empty.
        return None
