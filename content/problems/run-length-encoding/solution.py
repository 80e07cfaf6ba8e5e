from itertools import groupby


class RunLengthCodec:
    """Run-length encoding as count + character, where a digit or backslash character is escaped
    with a backslash. Because the character after a count is never a bare digit, the count always
    ends at the first non-digit and decoding is unambiguous."""

    def encode(self, text):
        parts = []
        for c, run in groupby(text):  # a Python str iterates by code point
            parts.append(str(sum(1 for _ in run)))
            parts.append("\\" + c if _is_digit(c) or c == "\\" else c)
        return "".join(parts)

    def decode(self, encoded):
        parts = []
        i = 0
        n = len(encoded)
        while i < n:
            count_start = i
            while i < n and _is_digit(encoded[i]):
                i += 1
            # No count at all, or a count of zero or with a leading zero.
            if i == count_start or encoded[count_start] == "0":
                return None
            count = int(encoded[count_start:i])

            if i < n and encoded[i] == "\\":
                i += 1
                if i == n or not (_is_digit(encoded[i]) or encoded[i] == "\\"):
                    return None
            if i == n:
                return None
            parts.append(encoded[i] * count)
            i += 1
        return "".join(parts)


def _is_digit(c):
    # str.isdigit would also accept other scripts' digits and superscripts.
    return "0" <= c <= "9"
