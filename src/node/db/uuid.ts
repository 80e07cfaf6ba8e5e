const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids arrive from URLs; anything that is not a UUID cannot name a row, and would make PostgreSQL
 * refuse the query with an error instead of finding nothing.
 */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
