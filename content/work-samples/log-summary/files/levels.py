"""Log levels, and the many ways services spell them."""

LEVELS = ("DEBUG", "INFO", "WARN", "ERROR")

_ALIASES = {
    "DEBUG": "DEBUG",
    "TRACE": "DEBUG",
    "INFO": "INFO",
    "NOTICE": "INFO",
    "WARN": "WARN",
    "WARNING": "WARN",
    "ERROR": "ERROR",
    "ERR": "ERROR",
    "FATAL": "ERROR",
    "CRITICAL": "ERROR",
}


def normalize_level(text):
    """The canonical level for a spelling ("warning" -> "WARN"), or None if it is not a level."""
    if not isinstance(text, str):
        return None
    return _ALIASES.get(text.strip().upper())
