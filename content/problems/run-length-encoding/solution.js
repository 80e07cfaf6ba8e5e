const isDigit = (c) => c >= "0" && c <= "9";

/**
 * Run-length encoding as count + character, where a digit or backslash character is escaped with
 * a backslash. Because the character after a count is never a bare digit, the count always ends
 * at the first non-digit and decoding is unambiguous.
 */
export class RunLengthCodec {
  encode(text) {
    const chars = Array.from(text); // code points
    const parts = [];
    let start = 0;
    while (start < chars.length) {
      let end = start + 1;
      while (end < chars.length && chars[end] === chars[start]) end++;
      const c = chars[start];
      parts.push(String(end - start), isDigit(c) || c === "\\" ? `\\${c}` : c);
      start = end;
    }
    return parts.join("");
  }

  decode(encoded) {
    const chars = Array.from(encoded);
    const parts = [];
    let i = 0;
    while (i < chars.length) {
      const countStart = i;
      while (i < chars.length && isDigit(chars[i])) i++;
      // No count at all, or a count of zero or with a leading zero.
      if (i === countStart || chars[countStart] === "0") return null;
      const count = Number(chars.slice(countStart, i).join(""));

      let c = chars[i++];
      if (c === "\\") {
        c = chars[i++];
        if (c === undefined || !(isDigit(c) || c === "\\")) return null;
      }
      if (c === undefined) return null;
      parts.push(c.repeat(count));
    }
    return parts.join("");
  }
}
