import re

_DIGITS = re.compile(r"[0-9]+")
_HOLE = object()  # marks list slots not filled yet, so a real None is never mistaken for one


def _escape_key(key):
    escaped = key.replace("\\", "\\\\").replace(".", "\\.")
    # A key made only of digits would read back as a list index; the leading \ marks it as a key.
    return "\\" + escaped if _DIGITS.fullmatch(key) else escaped


def _parse_path(path):
    """Split a path into steps: int for a list index, str for an object key."""
    steps = []
    chars = []
    escaped = False

    def finish():
        text = "".join(chars)
        steps.append(int(text) if not escaped and _DIGITS.fullmatch(text) else text)

    i = 0
    while i < len(path):
        ch = path[i]
        if ch == "\\":
            chars.append(path[i + 1])
            escaped = True
            i += 2
            continue
        if ch == ".":
            finish()
            chars, escaped = [], False
        else:
            chars.append(ch)
        i += 1
    finish()
    return steps


def _child(container, step, make):
    """Return container[step], creating it with make() if it does not exist yet."""
    if isinstance(step, int):
        while len(container) <= step:
            container.append(_HOLE)
        if container[step] is _HOLE:
            container[step] = make()
        return container[step]
    if step not in container:
        container[step] = make()
    return container[step]


def _assign(container, step, value):
    if isinstance(step, int):
        while len(container) <= step:
            container.append(_HOLE)
    container[step] = value


class ObjectFlattener:
    def flatten(self, obj):
        flat = {}
        # An explicit stack instead of recursion, so deep input cannot hit the recursion limit.
        stack = [(None, obj)]  # (path so far, or None at the root; value)
        while stack:
            path, value = stack.pop()
            is_container = isinstance(value, (dict, list))
            if is_container and (value or path is None):
                if isinstance(value, dict):
                    steps = ((_escape_key(k), v) for k, v in value.items())
                else:
                    steps = ((str(i), v) for i, v in enumerate(value))
                for step, child in steps:
                    stack.append((step if path is None else f"{path}.{step}", child))
            else:
                # A primitive, or an empty container kept as a leaf so the round trip is lossless.
                flat[path] = type(value)() if is_container else value
        return flat

    def unflatten(self, flat):
        root = {}
        for path, value in flat.items():
            steps = _parse_path(path)
            container = root
            for step, next_step in zip(steps, steps[1:]):
                container = _child(container, step, list if isinstance(next_step, int) else dict)
            leaf = type(value)() if isinstance(value, (dict, list)) else value
            _assign(container, steps[-1], leaf)
        return root
