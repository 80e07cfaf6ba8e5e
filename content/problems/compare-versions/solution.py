import re

NUMBER = re.compile(r"0|[1-9][0-9]*")
IDENTIFIER = re.compile(r"[0-9A-Za-z-]+")
NUMERIC = re.compile(r"[0-9]+")


def compareVersions(a, b):
    """-1, 0 or 1 by semantic-versioning precedence, or None if either version is malformed."""
    left, right = _parse(a), _parse(b)
    if left is None or right is None:
        return None
    (left_core, left_pre), (right_core, right_pre) = left, right
    if left_core != right_core:
        return -1 if left_core < right_core else 1
    # A release ranks above any of its pre-releases.
    if not left_pre or not right_pre:
        return _sign(len(right_pre) - len(left_pre))
    for x, y in zip(left_pre, right_pre):
        order = _compare_identifiers(x, y)
        if order:
            return order
    return _sign(len(left_pre) - len(right_pre))


def _parse(text):
    """((major, minor, patch), [pre-release identifiers]), or None if malformed."""
    # The core never contains "-" or "+", so the first of each starts the next part. Identifiers
    # after the first "-" may contain more hyphens.
    without_build, plus, build = text.partition("+")
    if plus and not all(IDENTIFIER.fullmatch(part) for part in build.split(".")):
        return None
    core_text, dash, pre_text = without_build.partition("-")
    prerelease = pre_text.split(".") if dash else []

    parts = core_text.split(".")
    if len(parts) > 3 or not all(NUMBER.fullmatch(part) for part in parts):
        return None
    for identifier in prerelease:
        if not IDENTIFIER.fullmatch(identifier):
            return None
        if NUMERIC.fullmatch(identifier) and not NUMBER.fullmatch(identifier):
            return None  # a numeric identifier with a leading zero
    core = tuple(int(part) for part in parts) + (0,) * (3 - len(parts))
    return core, prerelease


def _compare_identifiers(x, y):
    x_numeric, y_numeric = bool(NUMERIC.fullmatch(x)), bool(NUMERIC.fullmatch(y))
    if x_numeric and y_numeric:
        return _sign(int(x) - int(y))
    if x_numeric != y_numeric:
        return -1 if x_numeric else 1  # numeric identifiers rank lower
    if x == y:
        return 0
    return -1 if x < y else 1  # code-point order, the same as ASCII order here


def _sign(n):
    return (n > 0) - (n < 0)
