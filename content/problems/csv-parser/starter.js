export function parseCsv(text) {
  return { ok: true, rows: [] };
}
