/** Plain code-unit order; localeCompare would depend on the machine's locale. */
function compareNames(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether an entry { value, expiresAt } is live; `expiresAt === null` means it never expires. */
function isLive(entry, timestamp) {
  return entry.expiresAt === null || timestamp < entry.expiresAt;
}

/**
 * Records (key -> field -> entry). Expired entries are not removed eagerly: every read asks
 * whether an entry is live at the call's timestamp, so an expired entry behaves exactly like a
 * missing one, and a later write simply replaces it.
 */
export class KeyValueStore {
  constructor() {
    this.records = new Map();
    /** Backups { time, records: key -> field -> { value, remaining } }, by increasing time. */
    this.backups = [];
  }

  // Level 1

  set(timestamp, key, field, value) {
    this.write(key, field, { value, expiresAt: null });
  }

  get(timestamp, key, field) {
    return this.liveEntry(timestamp, key, field)?.value ?? null;
  }

  delete(timestamp, key, field) {
    if (this.liveEntry(timestamp, key, field) === null) return false;
    const record = this.records.get(key);
    record.delete(field);
    if (record.size === 0) this.records.delete(key);
    return true;
  }

  // Level 2

  scan(timestamp, key) {
    return this.scanByPrefix(timestamp, key, "");
  }

  scanByPrefix(timestamp, key, prefix) {
    return this.liveFields(timestamp, key)
      .filter(([field]) => field.startsWith(prefix))
      .sort(([a], [b]) => compareNames(a, b))
      .map(([field, entry]) => `${field}(${entry.value})`);
  }

  // Level 3

  setWithTtl(timestamp, key, field, value, ttl) {
    this.write(key, field, { value, expiresAt: timestamp + ttl });
  }

  getTtl(timestamp, key, field) {
    const entry = this.liveEntry(timestamp, key, field);
    if (entry === null) return null;
    return entry.expiresAt === null ? -1 : entry.expiresAt - timestamp;
  }

  // Level 4

  backup(timestamp) {
    const records = new Map();
    for (const key of this.records.keys()) {
      const saved = new Map();
      for (const [field, entry] of this.liveFields(timestamp, key)) {
        // Store the time left, not the deadline: the clock stops while the data sits in a backup.
        const remaining = entry.expiresAt === null ? null : entry.expiresAt - timestamp;
        saved.set(field, { value: entry.value, remaining });
      }
      if (saved.size > 0) records.set(key, saved);
    }
    this.backups.push({ time: timestamp, records });
    return records.size;
  }

  restore(timestamp, timestampToRestore) {
    const backup = this.backups.findLast((candidate) => candidate.time <= timestampToRestore);
    if (backup === undefined) return false;
    // Build fresh maps so later writes never reach into the backup, which may be restored again.
    this.records = new Map();
    for (const [key, saved] of backup.records) {
      const record = new Map();
      for (const [field, { value, remaining }] of saved) {
        record.set(field, { value, expiresAt: remaining === null ? null : timestamp + remaining });
      }
      this.records.set(key, record);
    }
    return true;
  }

  // Helpers

  write(key, field, entry) {
    let record = this.records.get(key);
    if (record === undefined) {
      record = new Map();
      this.records.set(key, record);
    }
    record.set(field, entry);
  }

  liveEntry(timestamp, key, field) {
    const entry = this.records.get(key)?.get(field);
    return entry !== undefined && isLive(entry, timestamp) ? entry : null;
  }

  liveFields(timestamp, key) {
    const record = this.records.get(key);
    if (record === undefined) return [];
    return [...record].filter(([, entry]) => isLive(entry, timestamp));
  }
}
