def mergeLogs(sources):
    # Return {"merged": [...lines in timestamp order...], "outOfOrder": [[source, line], ...]}.
    return {"merged": [], "outOfOrder": []}
