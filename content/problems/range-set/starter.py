class RangeSet:
    def __init__(self):
        pass

    def addRange(self, lo, hi):
        pass

    def removeRange(self, lo, hi):
        pass

    def contains(self, lo, hi):
        return False

    def ranges(self):
        return []
