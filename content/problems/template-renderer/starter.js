export function renderTemplate(template, context, strict) {
  return { ok: true, text: "" };
}
