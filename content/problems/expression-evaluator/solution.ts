type ErrorCode = "invalid-character" | "unexpected-token" | "unexpected-end" | "division-by-zero";

export type EvaluationResult =
  { ok: true; value: number } | { ok: false; error: ErrorCode; position: number };

type Token =
  | { kind: "number"; value: number; position: number }
  | { kind: "+" | "-" | "*" | "/" | "(" | ")"; position: number };

class SyntaxFailure extends Error {
  readonly code: "unexpected-token" | "unexpected-end";
  readonly position: number;

  constructor(code: "unexpected-token" | "unexpected-end", position: number) {
    super(`${code} at ${position}`);
    this.code = code;
    this.position = position;
  }
}

/**
 * Evaluates integer arithmetic by recursive descent, one method per grammar rule:
 *
 *   expression := term (("+" | "-") term)*
 *   term       := factor (("*" | "/") factor)*
 *   factor     := "-" factor | number | "(" expression ")"
 *
 * Syntax errors are thrown as SyntaxFailure and caught at the top. A division by zero is only
 * recorded, and parsing goes on, because a syntax error later in the text takes precedence.
 */
export function evaluate(expression: string): EvaluationResult {
  const tokens = tokenize(expression);
  if (!Array.isArray(tokens)) return tokens;
  const parser = new Parser(tokens, expression.length);
  try {
    const value = parser.parse();
    if (parser.divisionByZeroAt !== null)
      return failure("division-by-zero", parser.divisionByZeroAt);
    return { ok: true, value: value === 0 ? 0 : value }; // turns -0 into 0
  } catch (error) {
    if (error instanceof SyntaxFailure) return failure(error.code, error.position);
    throw error;
  }
}

class Parser {
  divisionByZeroAt: number | null = null;
  readonly #tokens: Token[];
  readonly #length: number;
  #next = 0;

  constructor(tokens: Token[], length: number) {
    this.#tokens = tokens;
    this.#length = length;
  }

  parse(): number {
    const value = this.#expression();
    if (this.#peek() !== undefined) throw this.#unexpected();
    return value;
  }

  #expression(): number {
    let value = this.#term();
    for (let op = this.#peek(); op?.kind === "+" || op?.kind === "-"; op = this.#peek()) {
      this.#next++;
      const right = this.#term();
      value = op.kind === "+" ? value + right : value - right;
    }
    return value;
  }

  #term(): number {
    let value = this.#factor();
    for (let op = this.#peek(); op?.kind === "*" || op?.kind === "/"; op = this.#peek()) {
      this.#next++;
      const right = this.#factor();
      if (op.kind === "*") {
        value *= right;
      } else if (right === 0) {
        this.divisionByZeroAt ??= op.position;
        value = 0; // any value will do: this result is never reported
      } else {
        value = Math.trunc(value / right);
      }
    }
    return value;
  }

  #factor(): number {
    const token = this.#peek();
    if (token === undefined) throw this.#unexpected();
    switch (token.kind) {
      case "-":
        this.#next++;
        return -this.#factor();
      case "number":
        this.#next++;
        return token.value;
      case "(": {
        this.#next++;
        const value = this.#expression();
        if (this.#peek()?.kind !== ")") throw this.#unexpected();
        this.#next++;
        return value;
      }
      default:
        throw this.#unexpected();
    }
  }

  #peek(): Token | undefined {
    return this.#tokens[this.#next];
  }

  #unexpected(): SyntaxFailure {
    const token = this.#peek();
    return token === undefined
      ? new SyntaxFailure("unexpected-end", this.#length)
      : new SyntaxFailure("unexpected-token", token.position);
  }
}

/** The tokens of the expression, or an invalid-character failure. */
function tokenize(expression: string): Token[] | EvaluationResult {
  const tokens: Token[] = [];
  const isDigit = (c: string): boolean => c >= "0" && c <= "9";
  let i = 0;
  while (i < expression.length) {
    const c = expression.charAt(i);
    if (c === " ") {
      i++;
    } else if (isDigit(c)) {
      const start = i;
      while (i < expression.length && isDigit(expression.charAt(i))) i++;
      tokens.push({ kind: "number", value: Number(expression.slice(start, i)), position: start });
    } else if (c === "+" || c === "-" || c === "*" || c === "/" || c === "(" || c === ")") {
      tokens.push({ kind: c, position: i });
      i++;
    } else {
      return failure("invalid-character", i);
    }
  }
  return tokens;
}

function failure(error: ErrorCode, position: number): EvaluationResult {
  return { ok: false, error, position };
}
