class Autocomplete:
    def __init__(self, entries):
        pass

    def suggest(self, prefix):
        return []

    def select(self, phrase):
        pass
