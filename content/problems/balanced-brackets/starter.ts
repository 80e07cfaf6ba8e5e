export type BracketCheck =
  | { ok: true }
  | {
      ok: false;
      error: "unexpected-closer" | "mismatched-closer" | "unclosed-string" | "unclosed-bracket";
      position: number;
    };

export function checkBrackets(source: string): BracketCheck {
  return { ok: false, error: "unclosed-bracket", position: -1 };
}
