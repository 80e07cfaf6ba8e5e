# The parser's states. AFTER_QUOTE means a quote was just seen inside a quoted field: it either
# starts a doubled quote or closes the field.
FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE = range(4)


def parseCsv(text):
    """Parses CSV in one pass, returning the rows or the first error with its line number."""
    rows = []
    row = []
    field = []  # characters of the current field, joined once at the end of the field
    state = FIELD_START
    line = 1
    quote_line = 0  # where the current quoted field opened, for unterminated-quote

    def end_field():
        row.append("".join(field))
        field.clear()

    i = 0
    n = len(text)
    while i < n:
        c = text[i]

        if state == QUOTED:
            if c == '"':
                state = AFTER_QUOTE
            else:
                field.append(c)
            if c == "\n":
                line += 1
            i += 1
            continue

        line_break = 1 if c == "\n" else 2 if c == "\r" and text[i + 1 : i + 2] == "\n" else 0
        if state == AFTER_QUOTE:
            if c == '"':
                field.append('"')
                state = QUOTED
                i += 1
                continue
            if c != "," and not line_break:
                return _failure("text-after-quote", line)
        elif c == '"':
            if state == UNQUOTED:
                return _failure("unexpected-quote", line)
            state = QUOTED
            quote_line = line
            i += 1
            continue

        # Outside quotes: a delimiter, a line break or an ordinary character.
        if c == ",":
            end_field()
            state = FIELD_START
            i += 1
        elif line_break:
            end_field()
            rows.append(row)
            row = []
            state = FIELD_START
            line += 1
            i += line_break
        else:
            field.append(c)
            state = UNQUOTED
            i += 1

    if state == QUOTED:
        return _failure("unterminated-quote", quote_line)
    # At FIELD_START with an empty row the text ended with a line break (or was empty): no record.
    if state != FIELD_START or row:
        end_field()
        rows.append(row)
    return {"ok": True, "rows": rows}


def _failure(error, line):
    return {"ok": False, "error": error, "line": line}
