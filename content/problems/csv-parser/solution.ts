type CsvError = "unexpected-quote" | "text-after-quote" | "unterminated-quote";

export type CsvResult =
  { ok: true; rows: string[][] } | { ok: false; error: CsvError; line: number };

/** In "after-quote", a quote was just seen inside a quoted field: it is doubled or it closes it. */
type State = "field-start" | "unquoted" | "quoted" | "after-quote";

/** Parses CSV in one pass, returning the rows or the first error with its line number. */
export function parseCsv(text: string): CsvResult {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let state: State = "field-start";
  let line = 1;
  let quoteLine = 0; // where the current quoted field opened, for unterminated-quote

  const endField = (): void => {
    row.push(field);
    field = "";
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };

  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);

    if (state === "quoted") {
      if (c === '"') state = "after-quote";
      else field += c;
      if (c === "\n") line += 1;
      i += 1;
      continue;
    }

    const lineBreak = c === "\n" ? 1 : c === "\r" && text.charAt(i + 1) === "\n" ? 2 : 0;
    if (state === "after-quote") {
      if (c === '"') {
        field += '"';
        state = "quoted";
        i += 1;
        continue;
      }
      if (c !== "," && lineBreak === 0) return failure("text-after-quote", line);
    } else if (c === '"') {
      if (state === "unquoted") return failure("unexpected-quote", line);
      state = "quoted";
      quoteLine = line;
      i += 1;
      continue;
    }

    // Outside quotes: a delimiter, a line break or an ordinary character.
    if (c === ",") {
      endField();
      state = "field-start";
      i += 1;
    } else if (lineBreak > 0) {
      endRow();
      state = "field-start";
      line += 1;
      i += lineBreak;
    } else {
      field += c;
      state = "unquoted";
      i += 1;
    }
  }

  if (state === "quoted") return failure("unterminated-quote", quoteLine);
  // At field-start with an empty row the text ended with a line break (or was empty): no record.
  if (state !== "field-start" || row.length > 0) endRow();
  return { ok: true, rows };
}

function failure(error: CsvError, line: number): CsvResult {
  return { ok: false, error, line };
}
