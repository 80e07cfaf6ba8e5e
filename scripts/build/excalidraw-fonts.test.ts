import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { excalidrawFontsDir, fontFileFor } from "./excalidraw-fonts.ts";

describe("excalidraw fonts", () => {
  it("finds the package's fonts, the handwriting font among them", () => {
    expect(existsSync(path.join(excalidrawFontsDir(), "Excalifont"))).toBe(true);
  });

  it("answers a font inside the folder and nothing outside it or of another kind", () => {
    const dir = path.resolve("/fonts");
    expect(fontFileFor(dir, "/Excalifont/a.woff2?v=1")).toBe(path.join(dir, "Excalifont/a.woff2"));
    expect(fontFileFor(dir, "/../secret.woff2")).toBeUndefined();
    expect(fontFileFor(dir, "/%2e%2e/secret.woff2")).toBeUndefined();
    expect(fontFileFor(dir, "/Excalifont/readme.txt")).toBeUndefined();
  });
});
