def compareVersions(a, b):
    return 0
