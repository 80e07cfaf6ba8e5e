class MedianTracker:
    def __init__(self, windowSize):
        self.windowSize = windowSize

    def add(self, value):
        pass

    def median(self):
        # Return the median of the covered values, or None when there are none.
        return None
