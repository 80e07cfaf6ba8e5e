type BracketError =
  "unexpected-closer" | "mismatched-closer" | "unclosed-string" | "unclosed-bracket";

export type BracketCheck = { ok: true } | { ok: false; error: BracketError; position: number };

const OPENER_FOR: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

/**
 * One left-to-right pass with a stack of open brackets, each with its position. String literals
 * and line comments are skipped whole, so the brackets inside them never reach the stack.
 */
export function checkBrackets(source: string): BracketCheck {
  const open: { bracket: string; position: number }[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source.charAt(i);
    const opener = OPENER_FOR[c];
    if (c === '"' || c === "'") {
      const end = closingQuote(source, i);
      if (end === -1) return failure("unclosed-string", i);
      i = end + 1;
    } else if (c === "/" && source[i + 1] === "/") {
      const newline = source.indexOf("\n", i + 2);
      i = newline === -1 ? source.length : newline;
    } else if (c === "(" || c === "[" || c === "{") {
      open.push({ bracket: c, position: i });
      i++;
    } else if (opener !== undefined) {
      const innermost = open.pop();
      if (innermost === undefined) return failure("unexpected-closer", i);
      if (innermost.bracket !== opener) return failure("mismatched-closer", i);
      i++;
    } else {
      i++;
    }
  }
  const innermost = open.at(-1);
  return innermost === undefined ? { ok: true } : failure("unclosed-bracket", innermost.position);
}

/** The index of the quote that closes the string opened at `start`, or -1. */
function closingQuote(source: string, start: number): number {
  const quote = source[start];
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === "\\")
      i++; // skip the escaped character, whatever it is
    else if (source[i] === quote) return i;
  }
  return -1;
}

function failure(error: BracketError, position: number): BracketCheck {
  return { ok: false, error, position };
}
