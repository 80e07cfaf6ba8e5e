/**
 * Masks a source file for structural checks: every comment becomes spaces, every string, template
 * literal and regular expression becomes one placeholder (`"…"`, padded to its length when it
 * spans lines so that newlines stay put), and numbers stay. Brackets and keywords can then be
 * matched without a parser. Lines and their breaks never move.
 */
export function maskJavaScript(code: string): string {
  let out = "";
  let index = 0;
  // Each open `${` of a template literal pushes the brace depth it started at.
  const templates: number[] = [];
  let depth = 0;
  const literal = (start: number, end: number): string => {
    const text = code.slice(start, end);
    return text.includes("\n") ? text.replace(/[^\n]/g, " ").replace(/^ /, '"') : '"…"';
  };
  const scanTemplate = (start: number): number => {
    // From just after a backtick (or a closing `}` of an expression) to the closing backtick or `${`.
    let at = start;
    while (at < code.length) {
      const char = code[at];
      if (char === "\\") at += 2;
      else if (char === "`") return at + 1;
      else if (char === "$" && code[at + 1] === "{") return at + 2;
      else at += 1;
    }
    return at;
  };
  while (index < code.length) {
    const char = code[index] ?? "";
    const next = code[index + 1] ?? "";
    if (char === "/" && next === "/") {
      const end = code.indexOf("\n", index);
      const stop = end === -1 ? code.length : end;
      out += " ".repeat(stop - index);
      index = stop;
    } else if (char === "/" && next === "*") {
      const end = code.indexOf("*/", index + 2);
      const stop = end === -1 ? code.length : end + 2;
      out += code.slice(index, stop).replace(/[^\n]/g, " ");
      index = stop;
    } else if (char === '"' || char === "'") {
      let at = index + 1;
      while (at < code.length && code[at] !== char && code[at] !== "\n") {
        at += code[at] === "\\" ? 2 : 1;
      }
      const stop = Math.min(code.length, at + 1);
      out += literal(index, stop);
      index = stop;
    } else if (char === "`" || (char === "}" && templates.at(-1) === depth)) {
      if (char === "}") templates.pop();
      const stop = scanTemplate(index + 1);
      if (code[stop - 1] === "{" && code[stop - 2] === "$") templates.push(depth);
      out += literal(index, stop);
      index = stop;
    } else if (char === "/" && startsRegex(out)) {
      let at = index + 1;
      let inClass = false;
      while (at < code.length && code[at] !== "\n") {
        const c = code[at];
        if (c === "\\") at += 1;
        else if (c === "[") inClass = true;
        else if (c === "]") inClass = false;
        else if (c === "/" && !inClass) break;
        at += 1;
      }
      while (/[a-z]/i.test(code[at + 1] ?? "")) at += 1;
      const stop = Math.min(code.length, at + 1);
      out += literal(index, stop);
      index = stop;
    } else {
      if (char === "{") depth += 1;
      if (char === "}") depth -= 1;
      out += char;
      index += 1;
    }
  }
  return out;
}

/** A `/` starts a regular expression after an operator, an opening bracket or a keyword. */
function startsRegex(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed === "") return true;
  if (/[(,=:[!&|?{};+\-*%<>~^]$/.test(trimmed)) return true;
  return /\b(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/.test(trimmed);
}

/** Masks Python source the same way: comments become spaces, strings one placeholder. */
export function maskPython(code: string): string {
  let out = "";
  let index = 0;
  while (index < code.length) {
    const char = code[index] ?? "";
    if (char === "#") {
      const end = code.indexOf("\n", index);
      const stop = end === -1 ? code.length : end;
      out += " ".repeat(stop - index);
      index = stop;
    } else if (char === '"' || char === "'") {
      // A prefix such as f, r, b or rb belongs to the string; it is already in `out`, which is fine.
      const triple = code.startsWith(char.repeat(3), index);
      const quote = triple ? char.repeat(3) : char;
      let at = index + quote.length;
      while (at < code.length && !code.startsWith(quote, at) && (triple || code[at] !== "\n")) {
        at += code[at] === "\\" ? 2 : 1;
      }
      const stop = Math.min(code.length, at + quote.length);
      const text = code.slice(index, stop);
      out += text.includes("\n") ? text.replace(/[^\n]/g, " ").replace(/^ /, '"') : '"…"';
      index = stop;
    } else {
      out += char;
      index += 1;
    }
  }
  return out;
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line += 1;
  }
  return line;
}
