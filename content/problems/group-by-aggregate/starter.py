def groupBy(records, keys, aggregations):
    # Return one row (a dict) per distinct key combination, in first-appearance order.
    return []
