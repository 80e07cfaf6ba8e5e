import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorNote } from "./status.tsx";

describe("ErrorNote", () => {
  it("announces its message as an alert", () => {
    expect(renderToStaticMarkup(<ErrorNote>The run could not finish.</ErrorNote>)).toBe(
      '<p class="error-panel" role="alert">The run could not finish.</p>',
    );
  });

  it("renders nothing when there is no message", () => {
    const nothing: string | undefined = undefined;
    expect(renderToStaticMarkup(<ErrorNote>{nothing}</ErrorNote>)).toBe("");
    expect(renderToStaticMarkup(<ErrorNote />)).toBe("");
  });
});
