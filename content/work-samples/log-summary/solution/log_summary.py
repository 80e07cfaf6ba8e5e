"""Summarizes service logs written in any of the three formats our services use."""

from levels import LEVELS
from log_formats import parse_line


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
        entry = parse_line(line)
        if entry is None:
            summary["skipped"] += 1
        else:
            _count(summary, entry)
    return summary


def _count(summary, entry):
    """Adds one entry to the summary."""
    summary["total"] += 1
    summary["levels"][entry.level] += 1
    if entry.level == "ERROR":
        errors = summary["errors_by_service"]
        errors[entry.service] = errors.get(entry.service, 0) + 1
    if summary["first"] is None or entry.ts < summary["first"]:
        summary["first"] = entry.ts
    if summary["last"] is None or entry.ts > summary["last"]:
        summary["last"] = entry.ts
    slowest = summary["slowest"]
    if entry.duration_ms is not None and (
        slowest is None or entry.duration_ms > slowest["duration_ms"]
    ):
        summary["slowest"] = {
            "service": entry.service,
            "duration_ms": entry.duration_ms,
            "at": entry.ts,
        }
