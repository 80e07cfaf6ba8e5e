/** A field's value and the moment it stops being live; `null` means it never expires. */
interface Entry {
  value: string;
  expiresAt: number | null;
}

/** A saved field: its value and the lifetime it had left when saved (`null`: no expiry). */
interface SavedEntry {
  value: string;
  remaining: number | null;
}

interface Backup {
  time: number;
  records: Map<string, Map<string, SavedEntry>>;
}

/** Plain code-unit order; localeCompare would depend on the machine's locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Records (key -> field -> entry). Expired entries are not removed eagerly: every read asks
 * whether an entry is live at the call's timestamp, so an expired entry behaves exactly like a
 * missing one, and a later write simply replaces it.
 */
export class KeyValueStore {
  private records = new Map<string, Map<string, Entry>>();
  /** Backups in the order taken, so by increasing time. */
  private readonly backups: Backup[] = [];

  // Level 1

  set(timestamp: number, key: string, field: string, value: string): void {
    this.write(key, field, { value, expiresAt: null });
  }

  get(timestamp: number, key: string, field: string): string | null {
    return this.liveEntry(timestamp, key, field)?.value ?? null;
  }

  delete(timestamp: number, key: string, field: string): boolean {
    if (this.liveEntry(timestamp, key, field) === null) return false;
    const record = this.records.get(key)!;
    record.delete(field);
    if (record.size === 0) this.records.delete(key);
    return true;
  }

  // Level 2

  scan(timestamp: number, key: string): string[] {
    return this.scanByPrefix(timestamp, key, "");
  }

  scanByPrefix(timestamp: number, key: string, prefix: string): string[] {
    return this.liveFields(timestamp, key)
      .filter(([field]) => field.startsWith(prefix))
      .sort(([a], [b]) => compareNames(a, b))
      .map(([field, entry]) => `${field}(${entry.value})`);
  }

  // Level 3

  setWithTtl(timestamp: number, key: string, field: string, value: string, ttl: number): void {
    this.write(key, field, { value, expiresAt: timestamp + ttl });
  }

  getTtl(timestamp: number, key: string, field: string): number | null {
    const entry = this.liveEntry(timestamp, key, field);
    if (entry === null) return null;
    return entry.expiresAt === null ? -1 : entry.expiresAt - timestamp;
  }

  // Level 4

  backup(timestamp: number): number {
    const records = new Map<string, Map<string, SavedEntry>>();
    for (const key of this.records.keys()) {
      const saved = new Map<string, SavedEntry>();
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

  restore(timestamp: number, timestampToRestore: number): boolean {
    const backup = this.backups.findLast((candidate) => candidate.time <= timestampToRestore);
    if (backup === undefined) return false;
    // Build fresh maps so later writes never reach into the backup, which may be restored again.
    this.records = new Map();
    for (const [key, saved] of backup.records) {
      const record = new Map<string, Entry>();
      for (const [field, { value, remaining }] of saved) {
        record.set(field, { value, expiresAt: remaining === null ? null : timestamp + remaining });
      }
      this.records.set(key, record);
    }
    return true;
  }

  // Helpers

  private write(key: string, field: string, entry: Entry): void {
    let record = this.records.get(key);
    if (record === undefined) {
      record = new Map();
      this.records.set(key, record);
    }
    record.set(field, entry);
  }

  private liveEntry(timestamp: number, key: string, field: string): Entry | null {
    const entry = this.records.get(key)?.get(field);
    return entry !== undefined && isLive(entry, timestamp) ? entry : null;
  }

  private liveFields(timestamp: number, key: string): Array<[string, Entry]> {
    const record = this.records.get(key);
    if (record === undefined) return [];
    return [...record].filter(([, entry]) => isLive(entry, timestamp));
  }
}

function isLive(entry: Entry, timestamp: number): boolean {
  return entry.expiresAt === null || timestamp < entry.expiresAt;
}
