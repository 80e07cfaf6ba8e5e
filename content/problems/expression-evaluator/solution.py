"""Integer arithmetic by recursive descent, one method per grammar rule:

    expression := term (("+" | "-") term)*
    term       := factor (("*" | "/") factor)*
    factor     := "-" factor | number | "(" expression ")"
"""

OPERATORS = set("+-*/()")


class _SyntaxFailure(Exception):
    def __init__(self, code, position):
        super().__init__(f"{code} at {position}")
        self.code = code
        self.position = position


def evaluate(expression):
    tokens = []  # (kind, value, position); kind is "number" or the operator itself
    i = 0
    while i < len(expression):
        c = expression[i]
        if c == " ":
            i += 1
        elif c.isascii() and c.isdigit():
            start = i
            while i < len(expression) and expression[i].isascii() and expression[i].isdigit():
                i += 1
            tokens.append(("number", int(expression[start:i]), start))
        elif c in OPERATORS:
            tokens.append((c, None, i))
            i += 1
        else:
            return _failure("invalid-character", i)

    parser = _Parser(tokens, len(expression))
    try:
        value = parser.parse()
    except _SyntaxFailure as failure:
        return _failure(failure.code, failure.position)
    # A division by zero is only recorded while parsing: a later syntax error takes precedence.
    if parser.division_by_zero_at is not None:
        return _failure("division-by-zero", parser.division_by_zero_at)
    return {"ok": True, "value": value}


class _Parser:
    def __init__(self, tokens, length):
        self._tokens = tokens
        self._length = length
        self._next = 0
        self.division_by_zero_at = None

    def parse(self):
        value = self._expression()
        if self._peek() is not None:
            raise self._unexpected()
        return value

    def _expression(self):
        value = self._term()
        while self._peek_kind() in ("+", "-"):
            operator = self._take()[0]
            right = self._term()
            value = value + right if operator == "+" else value - right
        return value

    def _term(self):
        value = self._factor()
        while self._peek_kind() in ("*", "/"):
            operator, _, position = self._take()
            right = self._factor()
            if operator == "*":
                value *= right
            elif right == 0:
                if self.division_by_zero_at is None:
                    self.division_by_zero_at = position
                value = 0  # any value will do: this result is never reported
            else:
                value = _divide_toward_zero(value, right)
        return value

    def _factor(self):
        kind = self._peek_kind()
        if kind == "-":
            self._take()
            return -self._factor()
        if kind == "number":
            return self._take()[1]
        if kind == "(":
            self._take()
            value = self._expression()
            if self._peek_kind() != ")":
                raise self._unexpected()
            self._take()
            return value
        raise self._unexpected()

    def _peek(self):
        return self._tokens[self._next] if self._next < len(self._tokens) else None

    def _peek_kind(self):
        token = self._peek()
        return None if token is None else token[0]

    def _take(self):
        token = self._tokens[self._next]
        self._next += 1
        return token

    def _unexpected(self):
        token = self._peek()
        if token is None:
            return _SyntaxFailure("unexpected-end", self._length)
        return _SyntaxFailure("unexpected-token", token[2])


def _divide_toward_zero(a, b):
    # Python's // floors; the language truncates toward zero.
    quotient = abs(a) // abs(b)
    return quotient if (a >= 0) == (b > 0) else -quotient


def _failure(error, position):
    return {"ok": False, "error": error, "position": position}
