class _Count:
    def __init__(self):
        self.n = 0

    def add(self, _value):
        self.n += 1

    def result(self):
        return self.n


class _Fold:
    """Folds non-null values with a binary function; None until the first value arrives."""

    def __init__(self, combine):
        self.combine = combine
        self.acc = None

    def add(self, value):
        self.acc = value if self.acc is None else self.combine(self.acc, value)

    def result(self):
        return self.acc


class _Average:
    # A running sum and count: constant memory per group, however many values it sees.
    def __init__(self):
        self.total = 0
        self.n = 0

    def add(self, value):
        self.total += value
        self.n += 1

    def result(self):
        return self.total / self.n if self.n else None


# A new aggregation is one more entry here; the grouping loop never changes.
AGGREGATORS = {
    "count": _Count,
    "sum": lambda: _Fold(lambda a, b: a + b),
    "min": lambda: _Fold(min),
    "max": lambda: _Fold(max),
    "avg": _Average,
}


def _key_part(value):
    # In Python True == 1 and they hash alike, so tag booleans to keep them a separate group.
    return (isinstance(value, bool), value)


def groupBy(records, keys, aggregations):
    groups = {}  # key tuple -> (row of key values, accumulators); dicts keep first-seen order
    for record in records:
        key_values = [record.get(k) for k in keys]
        group_key = tuple(_key_part(v) for v in key_values)
        if group_key not in groups:
            accumulators = [AGGREGATORS[spec["op"]]() for spec in aggregations]
            groups[group_key] = (dict(zip(keys, key_values)), accumulators)
        _, accumulators = groups[group_key]
        for spec, acc in zip(aggregations, accumulators):
            field = spec.get("field")
            if field is None:  # count of records
                acc.add(None)
            elif record.get(field) is not None:
                acc.add(record[field])

    return [
        {**row, **{spec["name"]: acc.result() for spec, acc in zip(aggregations, accumulators)}}
        for row, accumulators in groups.values()
    ]
