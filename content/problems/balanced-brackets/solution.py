OPENER_FOR = {")": "(", "]": "[", "}": "{"}


def checkBrackets(source):
    """One left-to-right pass with a stack of open brackets, each with its position. String
    literals and line comments are skipped whole, so the brackets inside them never reach the
    stack."""
    open_brackets = []  # (bracket, position)
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c in "\"'":
            end = _closing_quote(source, i)
            if end == -1:
                return _failure("unclosed-string", i)
            i = end + 1
        elif source.startswith("//", i):
            newline = source.find("\n", i + 2)
            i = n if newline == -1 else newline
        elif c in "([{":
            open_brackets.append((c, i))
            i += 1
        elif c in OPENER_FOR:
            if not open_brackets:
                return _failure("unexpected-closer", i)
            bracket, _ = open_brackets.pop()
            if bracket != OPENER_FOR[c]:
                return _failure("mismatched-closer", i)
            i += 1
        else:
            i += 1
    if open_brackets:
        return _failure("unclosed-bracket", open_brackets[-1][1])
    return {"ok": True}


def _closing_quote(source, start):
    """The index of the quote that closes the string opened at `start`, or -1."""
    quote = source[start]
    i = start + 1
    while i < len(source):
        if source[i] == "\\":
            i += 2  # skip the escaped character, whatever it is
        elif source[i] == quote:
            return i
        else:
            i += 1
    return -1


def _failure(error, position):
    return {"ok": False, "error": error, "position": position}
