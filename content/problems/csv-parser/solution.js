// The parser's states. AFTER_QUOTE means a quote was just seen inside a quoted field: it either
// starts a doubled quote or closes the field.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;

/** Parses CSV in one pass, returning the rows or the first error with its line number. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let state = FIELD_START;
  let line = 1;
  let quoteLine = 0; // where the current quoted field opened, for unterminated-quote

  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i];

    if (state === QUOTED) {
      if (c === '"') state = AFTER_QUOTE;
      else field += c;
      if (c === "\n") line += 1;
      i += 1;
      continue;
    }

    const lineBreak = c === "\n" ? 1 : c === "\r" && text[i + 1] === "\n" ? 2 : 0;
    if (state === AFTER_QUOTE) {
      if (c === '"') {
        field += '"';
        state = QUOTED;
        i += 1;
        continue;
      }
      if (c !== "," && lineBreak === 0) return failure("text-after-quote", line);
    } else if (c === '"') {
      if (state === UNQUOTED) return failure("unexpected-quote", line);
      state = QUOTED;
      quoteLine = line;
      i += 1;
      continue;
    }

    // Outside quotes: a delimiter, a line break or an ordinary character.
    if (c === ",") {
      endField();
      state = FIELD_START;
      i += 1;
    } else if (lineBreak > 0) {
      endRow();
      state = FIELD_START;
      line += 1;
      i += lineBreak;
    } else {
      field += c;
      state = UNQUOTED;
      i += 1;
    }
  }

  if (state === QUOTED) return failure("unterminated-quote", quoteLine);
  // At FIELD_START with an empty row the text ended with a line break (or was empty): no record.
  if (state !== FIELD_START || row.length > 0) endRow();
  return { ok: true, rows };
}

function failure(error, line) {
  return { ok: false, error, line };
}
