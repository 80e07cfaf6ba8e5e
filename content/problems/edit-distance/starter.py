def editDistance(source, target):
    return {"distance": -1, "operations": []}
