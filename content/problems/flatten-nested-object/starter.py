class ObjectFlattener:
    def flatten(self, obj):
        # Return a flat dict mapping escaped dotted paths to leaves.
        return {}

    def unflatten(self, flat):
        # Rebuild the nested object from a dict produced by flatten.
        return {}
