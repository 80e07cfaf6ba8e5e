"""Summarizes service logs written in any of the three formats our services use."""

import json
import re

from levels import LEVELS, normalize_level
from timestamps import normalize_timestamp

_CLASSIC = re.compile(r"^(\S+) (\w+) \[([\w.-]+)\] (.*)$")
_PAIR = re.compile(r'(\w+)=("[^"]*"|\S+)')
_TOOK = re.compile(r"\btook (\d+)ms\b")


def summarize(lines):
    """Counts levels, errors per service, the time span and the slowest request of a log."""
    summary = {
        "total": 0,
        "skipped": 0,
        "levels": {level: 0 for level in LEVELS},
        "errors_by_service": {},
        "first": None,
        "last": None,
        "slowest": None,
    }
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if line.startswith("{"):
            # JSON lines: {"ts": ..., "level": ..., "service": ..., "duration_ms": ...}
            try:
                record = json.loads(line)
            except ValueError:
                summary["skipped"] += 1
                continue
            level = normalize_level(record.get("level"))
            ts = normalize_timestamp(record.get("ts"))
            if level is None or ts is None:
                summary["skipped"] += 1
                continue
            service = str(record.get("service", "unknown"))
            duration = record.get("duration_ms")
            summary["total"] += 1
            summary["levels"][level] += 1
            if level == "ERROR":
                counts = summary["errors_by_service"]
                counts[service] = counts.get(service, 0) + 1
            if summary["first"] is None or ts < summary["first"]:
                summary["first"] = ts
            if summary["last"] is None or ts > summary["last"]:
                summary["last"] = ts
            if isinstance(duration, int) and (
                summary["slowest"] is None or duration > summary["slowest"]["duration_ms"]
            ):
                summary["slowest"] = {"service": service, "duration_ms": duration, "at": ts}
        elif line.startswith("ts="):
            # key=value lines: ts=... level=... service=... duration_ms=... msg="..."
            pairs = {key: value.strip('"') for key, value in _PAIR.findall(line)}
            level = normalize_level(pairs.get("level"))
            ts = normalize_timestamp(pairs.get("ts"))
            if level is None or ts is None:
                summary["skipped"] += 1
                continue
            service = pairs.get("service", "unknown")
            duration = int(pairs["duration_ms"]) if pairs.get("duration_ms", "").isdigit() else None
            summary["total"] += 1
            summary["levels"][level] += 1
            if level == "ERROR":
                counts = summary["errors_by_service"]
                counts[service] = counts.get(service, 0) + 1
            if summary["first"] is None or ts < summary["first"]:
                summary["first"] = ts
            if summary["last"] is None or ts > summary["last"]:
                summary["last"] = ts
            if isinstance(duration, int) and (
                summary["slowest"] is None or duration > summary["slowest"]["duration_ms"]
            ):
                summary["slowest"] = {"service": service, "duration_ms": duration, "at": ts}
        else:
            # Classic lines: 2024-05-01T12:00:03Z ERROR [payments] charge failed, took 3012ms
            match = _CLASSIC.match(line)
            if match is None:
                summary["skipped"] += 1
                continue
            level = normalize_level(match.group(2))
            ts = normalize_timestamp(match.group(1))
            if level is None or ts is None:
                summary["skipped"] += 1
                continue
            service = match.group(3)
            took = _TOOK.search(match.group(4))
            duration = int(took.group(1)) if took else None
            summary["total"] += 1
            summary["levels"][level] += 1
            if level == "ERROR":
                counts = summary["errors_by_service"]
                counts[service] = counts.get(service, 0) + 1
            if summary["first"] is None or ts < summary["first"]:
                summary["first"] = ts
            if summary["last"] is None or ts > summary["last"]:
                summary["last"] = ts
            if isinstance(duration, int) and (
                summary["slowest"] is None or duration > summary["slowest"]["duration_ms"]
            ):
                summary["slowest"] = {"service": service, "duration_ms": duration, "at": ts}
    return summary
