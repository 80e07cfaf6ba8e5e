class Entry:
    """A field's value and the moment it stops being live; None means it never expires."""

    def __init__(self, value, expires_at):
        self.value = value
        self.expires_at = expires_at

    def is_live(self, timestamp):
        return self.expires_at is None or timestamp < self.expires_at

    def remaining(self, timestamp):
        """The lifetime left at `timestamp`, or None for an entry that never expires."""
        return None if self.expires_at is None else self.expires_at - timestamp


class KeyValueStore:
    """Records (key -> field -> Entry).

    Expired entries are not removed eagerly: every read asks whether an entry is live at the
    call's timestamp, so an expired entry behaves exactly like a missing one, and a later write
    simply replaces it.
    """

    def __init__(self):
        self.records = {}
        # (time, {key: {field: (value, remaining)}}) in the order taken, so by increasing time.
        self.backups = []

    # Level 1

    def set(self, timestamp, key, field, value):
        self.records.setdefault(key, {})[field] = Entry(value, None)

    def get(self, timestamp, key, field):
        entry = self._live_entry(timestamp, key, field)
        return None if entry is None else entry.value

    def delete(self, timestamp, key, field):
        if self._live_entry(timestamp, key, field) is None:
            return False
        record = self.records[key]
        del record[field]
        if not record:
            del self.records[key]
        return True

    # Level 2

    def scan(self, timestamp, key):
        return self.scanByPrefix(timestamp, key, "")

    def scanByPrefix(self, timestamp, key, prefix):
        fields = sorted(
            (field, entry.value)
            for field, entry in self._live_fields(timestamp, key)
            if field.startswith(prefix)
        )
        return [f"{field}({value})" for field, value in fields]

    # Level 3

    def setWithTtl(self, timestamp, key, field, value, ttl):
        self.records.setdefault(key, {})[field] = Entry(value, timestamp + ttl)

    def getTtl(self, timestamp, key, field):
        entry = self._live_entry(timestamp, key, field)
        if entry is None:
            return None
        return -1 if entry.expires_at is None else entry.remaining(timestamp)

    # Level 4

    def backup(self, timestamp):
        records = {}
        for key in self.records:
            # Store the time left, not the deadline: the clock stops while the data sits in a
            # backup.
            saved = {
                field: (entry.value, entry.remaining(timestamp))
                for field, entry in self._live_fields(timestamp, key)
            }
            if saved:
                records[key] = saved
        self.backups.append((timestamp, records))
        return len(records)

    def restore(self, timestamp, timestampToRestore):
        chosen = None
        for time, records in self.backups:
            if time > timestampToRestore:
                break
            chosen = records
        if chosen is None:
            return False
        # Build fresh dicts so later writes never reach into the backup, which may be restored
        # again.
        self.records = {
            key: {
                field: Entry(value, None if remaining is None else timestamp + remaining)
                for field, (value, remaining) in saved.items()
            }
            for key, saved in chosen.items()
        }
        return True

    # Helpers

    def _live_entry(self, timestamp, key, field):
        entry = self.records.get(key, {}).get(field)
        return entry if entry is not None and entry.is_live(timestamp) else None

    def _live_fields(self, timestamp, key):
        return [
            (field, entry)
            for field, entry in self.records.get(key, {}).items()
            if entry.is_live(timestamp)
        ]
