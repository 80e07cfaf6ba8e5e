import heapq


def _timestamp(line):
    return int(line.split(" ", 1)[0])


def _in_order(source_index, lines, out_of_order):
    """Yield (timestamp, source_index, line_index, line), skipping lines that go backwards."""
    last = None
    for line_index, line in enumerate(lines):
        ts = _timestamp(line)
        if last is not None and ts < last:
            out_of_order.append([source_index, line_index])
            continue
        last = ts
        yield ts, source_index, line_index, line


def mergeLogs(sources):
    out_of_order = []
    streams = [_in_order(i, lines, out_of_order) for i, lines in enumerate(sources)]
    # heapq.merge keeps one pending entry per stream in a heap. The (timestamp, source, line index)
    # prefix is unique, so ties never fall through to comparing the text of the lines.
    merged = [entry[3] for entry in heapq.merge(*streams)]
    out_of_order.sort()
    return {"merged": merged, "outOfOrder": out_of_order}
