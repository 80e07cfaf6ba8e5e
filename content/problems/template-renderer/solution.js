const PATH = /^[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*$/;
const HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Renders `{{ path }}` (escaped) and `{{{ path }}}` (raw) placeholders in one left-to-right pass,
 * so a value is never scanned for placeholders itself.
 */
export function renderTemplate(template, context, strict) {
  const parts = [];
  let copied = 0; // template[copied..] has not been emitted yet
  let open = template.indexOf("{{");
  while (open !== -1) {
    if (template[open - 1] === "\\") {
      // An escaped "{{": emit the text before the backslash, then the braces themselves.
      parts.push(template.slice(copied, open - 1), "{{");
      copied = open + 2;
      open = template.indexOf("{{", copied);
      continue;
    }
    const raw = template[open + 2] === "{";
    const closing = raw ? "}}}" : "}}";
    const inner = open + closing.length; // the opening braces are as long as the closing ones
    const close = template.indexOf(closing, inner);
    if (close === -1) return failure("unclosed-placeholder", open);
    const path = template.slice(inner, close).replace(/^ +| +$/g, "");
    if (!PATH.test(path)) return failure("invalid-placeholder", open);

    const value = render(lookUp(context, path));
    if (value === undefined && strict) return failure("missing-value", open);
    parts.push(template.slice(copied, open), raw ? (value ?? "") : escapeHtml(value ?? ""));
    copied = close + closing.length;
    open = template.indexOf("{{", copied);
  }
  parts.push(template.slice(copied));
  return { ok: true, text: parts.join("") };
}

function lookUp(context, path) {
  let value = context;
  for (const key of path.split(".")) {
    // Own keys of plain objects only: arrays are not traversed, and inherited names such as
    // "constructor" must not leak out of the prototype chain.
    const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
    if (!isObject || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/** The text for a value, or undefined when it cannot be rendered. */
function render(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

function failure(error, offset) {
  return { ok: false, error, offset };
}
