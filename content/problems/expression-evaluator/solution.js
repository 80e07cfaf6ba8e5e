/**
 * Evaluates integer arithmetic by recursive descent, one function per grammar rule:
 *
 *   expression := term (("+" | "-") term)*
 *   term       := factor (("*" | "/") factor)*
 *   factor     := "-" factor | number | "(" expression ")"
 *
 * Syntax errors are thrown as SyntaxFailure and caught at the top. A division by zero is only
 * recorded, and parsing goes on, because a syntax error later in the text takes precedence.
 */
export function evaluate(expression) {
  const tokens = tokenize(expression);
  if (!Array.isArray(tokens)) return tokens;

  let next = 0;
  let divisionByZeroAt = -1;

  const peek = () => tokens[next];
  const unexpected = () => {
    const token = peek();
    return token === undefined
      ? new SyntaxFailure("unexpected-end", expression.length)
      : new SyntaxFailure("unexpected-token", token.position);
  };

  const parseExpression = () => {
    let value = parseTerm();
    while (peek()?.kind === "+" || peek()?.kind === "-") {
      const operator = tokens[next++].kind;
      const right = parseTerm();
      value = operator === "+" ? value + right : value - right;
    }
    return value;
  };

  const parseTerm = () => {
    let value = parseFactor();
    while (peek()?.kind === "*" || peek()?.kind === "/") {
      const operator = tokens[next++];
      const right = parseFactor();
      if (operator.kind === "*") {
        value *= right;
      } else if (right === 0) {
        if (divisionByZeroAt === -1) divisionByZeroAt = operator.position;
        value = 0; // any value will do: this result is never reported
      } else {
        value = Math.trunc(value / right);
      }
    }
    return value;
  };

  const parseFactor = () => {
    const token = peek();
    if (token?.kind === "-") {
      next++;
      return -parseFactor();
    }
    if (token?.kind === "number") {
      next++;
      return token.value;
    }
    if (token?.kind === "(") {
      next++;
      const value = parseExpression();
      if (peek()?.kind !== ")") throw unexpected();
      next++;
      return value;
    }
    throw unexpected();
  };

  try {
    const value = parseExpression();
    if (next < tokens.length) throw unexpected();
    if (divisionByZeroAt !== -1) return failure("division-by-zero", divisionByZeroAt);
    return { ok: true, value: value === 0 ? 0 : value }; // turns -0 into 0
  } catch (error) {
    if (error instanceof SyntaxFailure) return failure(error.code, error.position);
    throw error;
  }
}

/** The tokens of the expression, or an invalid-character failure. */
function tokenize(expression) {
  const tokens = [];
  let i = 0;
  while (i < expression.length) {
    const c = expression[i];
    if (c === " ") {
      i++;
    } else if (c >= "0" && c <= "9") {
      const start = i;
      while (i < expression.length && expression[i] >= "0" && expression[i] <= "9") i++;
      tokens.push({ kind: "number", value: Number(expression.slice(start, i)), position: start });
    } else if ("+-*/()".includes(c)) {
      tokens.push({ kind: c, position: i });
      i++;
    } else {
      return failure("invalid-character", i);
    }
  }
  return tokens;
}

class SyntaxFailure extends Error {
  constructor(code, position) {
    super(`${code} at ${position}`);
    this.code = code;
    this.position = position;
  }
}

function failure(error, position) {
  return { ok: false, error, position };
}
