export type RenderResult =
  | { ok: true; text: string }
  | {
      ok: false;
      error: "unclosed-placeholder" | "invalid-placeholder" | "missing-value";
      offset: number;
    };

export function renderTemplate(
  template: string,
  context: Record<string, unknown>,
  strict: boolean,
): RenderResult {
  return { ok: true, text: "" };
}
