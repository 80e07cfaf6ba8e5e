"""Timestamps: every format is reduced to one sortable UTC form, 2024-05-01T12:00:03Z."""

import re

_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|\+00:00)?$")


def normalize_timestamp(text):
    """The UTC form of an ISO-like timestamp, or None when the text is not one."""
    if not isinstance(text, str):
        return None
    match = _ISO.match(text.strip())
    if match is None:
        return None
    return match.group(1) + "T" + match.group(2) + "Z"
