"""Parsers for the three log formats our services write; each turns a line into one Entry."""

import json
import re
from typing import NamedTuple, Optional

from levels import normalize_level
from timestamps import normalize_timestamp

_CLASSIC = re.compile(r"^(\S+) (\w+) \[([\w.-]+)\] (.*)$")
_PAIR = re.compile(r'(\w+)=("[^"]*"|\S+)')
_TOOK = re.compile(r"\btook (\d+)ms\b")


class Entry(NamedTuple):
    """One parsed log line, whatever format it came in."""

    ts: str
    level: str
    service: str
    duration_ms: Optional[int]


def parse_line(line):
    """The Entry a line holds, or None when it is in no known format or lacks a level or time."""
    if line.startswith("{"):
        fields = _json_fields(line)
    elif line.startswith("ts="):
        fields = _pair_fields(line)
    else:
        fields = _classic_fields(line)
    if fields is None:
        return None
    ts, level, service, duration = fields
    ts, level = normalize_timestamp(ts), normalize_level(level)
    if ts is None or level is None:
        return None
    return Entry(ts, level, service, duration)


def _json_fields(line):
    # {"ts": ..., "level": ..., "service": ..., "duration_ms": ...}
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    duration = record.get("duration_ms")
    return (
        record.get("ts"),
        record.get("level"),
        str(record.get("service", "unknown")),
        duration if isinstance(duration, int) else None,
    )


def _pair_fields(line):
    # ts=... level=... service=... duration_ms=... msg="..."
    pairs = {key: value.strip('"') for key, value in _PAIR.findall(line)}
    duration = pairs.get("duration_ms", "")
    return (
        pairs.get("ts"),
        pairs.get("level"),
        pairs.get("service", "unknown"),
        int(duration) if duration.isdigit() else None,
    )


def _classic_fields(line):
    # 2024-05-01T12:00:03Z ERROR [payments] charge failed, took 3012ms
    match = _CLASSIC.match(line)
    if match is None:
        return None
    took = _TOOK.search(match.group(4))
    return (match.group(1), match.group(2), match.group(3), int(took.group(1)) if took else None)
