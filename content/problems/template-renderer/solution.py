import re

PATH = re.compile(r"[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*")
# html.escape would write ' as &#x27;; the format asks for &#39;.
HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})


def renderTemplate(template, context, strict):
    """Renders {{ path }} (escaped) and {{{ path }}} (raw) placeholders in one left-to-right pass,
    so a value is never scanned for placeholders itself."""
    parts = []
    copied = 0  # template[copied:] has not been emitted yet
    open_at = template.find("{{")
    while open_at != -1:
        if open_at > 0 and template[open_at - 1] == "\\":
            # An escaped "{{": emit the text before the backslash, then the braces themselves.
            parts += [template[copied : open_at - 1], "{{"]
            copied = open_at + 2
            open_at = template.find("{{", copied)
            continue
        raw = template.startswith("{", open_at + 2)
        closing = "}}}" if raw else "}}"
        inner = open_at + len(closing)  # the opening braces are as long as the closing ones
        close = template.find(closing, inner)
        if close == -1:
            return _failure("unclosed-placeholder", open_at)
        path = template[inner:close].strip(" ")
        if not PATH.fullmatch(path):
            return _failure("invalid-placeholder", open_at)

        value = _render(_look_up(context, path))
        if value is None and strict:
            return _failure("missing-value", open_at)
        value = value or ""
        parts += [template[copied:open_at], value if raw else value.translate(HTML_ESCAPES)]
        copied = close + len(closing)
        open_at = template.find("{{", copied)
    parts.append(template[copied:])
    return {"ok": True, "text": "".join(parts)}


def _look_up(context, path):
    value = context
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def _render(value):
    """The text for a value, or None when it cannot be rendered."""
    # bool first: True is also an int, and str(True) would give "True".
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        return str(value)
    return None


def _failure(error, offset):
    return {"ok": False, "error": error, "offset": offset}
