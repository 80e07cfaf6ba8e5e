def editDistance(source, target):
    """Levenshtein distance by dynamic programming, plus the edit script recovered by walking the
    table back from the bottom-right corner (keep, then replace, then delete, then insert)."""
    m, n = len(source), len(target)
    # dp[i][j]: distance between source[:i] and target[:j]. Row 0 and column 0 are pure
    # insertions and pure deletions.
    dp = [[j for j in range(n + 1)]] + [[i] + [0] * n for i in range(1, m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if source[i - 1] == target[j - 1]:
                dp[i][j] = dp[i - 1][j - 1]
            else:
                dp[i][j] = 1 + min(dp[i - 1][j - 1], dp[i - 1][j], dp[i][j - 1])

    operations = []
    i, j = m, n
    while i > 0 or j > 0:
        if i > 0 and j > 0 and source[i - 1] == target[j - 1]:
            operations.append(["keep", source[i - 1]])
            i, j = i - 1, j - 1
        elif i > 0 and j > 0 and dp[i][j] == dp[i - 1][j - 1] + 1:
            operations.append(["replace", source[i - 1], target[j - 1]])
            i, j = i - 1, j - 1
        elif i > 0 and dp[i][j] == dp[i - 1][j] + 1:
            operations.append(["delete", source[i - 1]])
            i -= 1
        else:
            operations.append(["insert", target[j - 1]])
            j -= 1
    operations.reverse()
    return {"distance": dp[m][n], "operations": operations}
