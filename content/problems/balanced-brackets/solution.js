const OPENER_FOR = { ")": "(", "]": "[", "}": "{" };

/**
 * One left-to-right pass with a stack of open brackets, each with its position. String literals
 * and line comments are skipped whole, so the brackets inside them never reach the stack.
 */
export function checkBrackets(source) {
  const open = []; // { bracket, position }
  let i = 0;
  while (i < source.length) {
    const c = source[i];
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
    } else if (c in OPENER_FOR) {
      const innermost = open.pop();
      if (innermost === undefined) return failure("unexpected-closer", i);
      if (innermost.bracket !== OPENER_FOR[c]) return failure("mismatched-closer", i);
      i++;
    } else {
      i++;
    }
  }
  const innermost = open.at(-1);
  return innermost === undefined ? { ok: true } : failure("unclosed-bracket", innermost.position);
}

/** The index of the quote that closes the string opened at `start`, or -1. */
function closingQuote(source, start) {
  const quote = source[start];
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === "\\")
      i++; // skip the escaped character, whatever it is
    else if (source[i] === quote) return i;
  }
  return -1;
}

function failure(error, position) {
  return { ok: false, error, position };
}
