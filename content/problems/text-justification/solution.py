def fullJustify(words, maxWidth):
    """Lays the words out in lines of exactly maxWidth characters; the last line is left-aligned."""
    lines = []
    start = 0
    while start < len(words):
        end = _line_end(words, start, maxWidth)
        line_words = words[start:end]
        if end == len(words) or len(line_words) == 1:
            lines.append(" ".join(line_words).ljust(maxWidth))
        else:
            lines.append(_justify(line_words, maxWidth))
        start = end
    return lines


def _line_end(words, start, max_width):
    """The index just past the last word that fits on a line starting at `start`."""
    width = -1  # the first word on a line has no space before it
    end = start
    while end < len(words) and width + 1 + len(words[end]) <= max_width:
        width += 1 + len(words[end])
        end += 1
    return end


def _justify(line_words, max_width):
    """Spreads the spaces over the gaps; when they do not divide, the leftmost gaps get one more."""
    gaps = len(line_words) - 1
    base, extra = divmod(max_width - sum(map(len, line_words)), gaps)
    parts = []
    for i, word in enumerate(line_words[:-1]):
        parts.append(word + " " * (base + (1 if i < extra else 0)))
    parts.append(line_words[-1])
    return "".join(parts)
