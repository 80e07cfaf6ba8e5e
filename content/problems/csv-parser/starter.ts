export type CsvResult =
  | { ok: true; rows: string[][] }
  | {
      ok: false;
      error: "unexpected-quote" | "text-after-quote" | "unterminated-quote";
      line: number;
    };

export function parseCsv(text: string): CsvResult {
  return { ok: true, rows: [] };
}
