// The diagram editor of the design panel: Excalidraw, loaded only through load-diagram-editor.ts.
import "@excalidraw/excalidraw/index.css";
import { Excalidraw, getNonDeletedElements, hashElementsVersion } from "@excalidraw/excalidraw";
import type { ExcalidrawElement } from "@excalidraw/excalidraw/element/types";
import { useRef, useState, useSyncExternalStore } from "react";

/** A scene's drawn elements, as the editor reports them and takes them back on reload. */
export type DiagramElements = readonly ExcalidrawElement[];

/** The page's theme, which the theme toggle keeps on the root element's `data-theme`. */
function pageTheme(): "light" | "dark" {
  return document.documentElement.dataset["theme"] === "dark" ? "dark" : "light";
}

/** Calls `changed` whenever the theme toggle switches the page's theme. */
function watchPageTheme(changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => {
    observer.disconnect();
  };
}

/**
 * Excalidraw with what Candor does not need taken out: no images (kept as files beside the
 * elements, which the draft does not hold), no AI tools (they call a remote service), no theme or
 * background switch (it follows the page's theme). `onElements` hears of each change to the
 * drawn elements, not of every pointer move or selection.
 */
export default function DiagramEditor(props: {
  initial: DiagramElements;
  onElements: (elements: DiagramElements) => void;
  /** Shown, not edited: a timed design whose time is up or that was handed in. */
  viewOnly?: boolean;
}) {
  const { initial, onElements, viewOnly = false } = props;
  // Excalidraw types its imperative methods through its App class, which reaches here as `any`.
  const api = useRef<{ resetScene: () => void } | null>(null);
  // Read once: Excalidraw takes its initial data at mount, and the draft follows its changes.
  const [start] = useState(() => ({
    data: { elements: initial, scrollToContent: true },
    version: hashElementsVersion(initial),
  }));
  const shown = useRef(start.version);
  const theme = useSyncExternalStore(watchPageTheme, pageTheme);

  return (
    <>
      <div className="design-diagram-canvas">
        <Excalidraw
          initialData={start.data}
          excalidrawAPI={(ready) => {
            api.current = ready;
          }}
          onChange={(elements) => {
            const drawn = getNonDeletedElements(elements);
            const version = hashElementsVersion(drawn);
            if (version === shown.current) return;
            shown.current = version;
            onElements(drawn);
          }}
          theme={theme}
          viewModeEnabled={viewOnly}
          aiEnabled={false}
          UIOptions={{
            tools: { image: false },
            canvasActions: { toggleTheme: false, changeViewBackgroundColor: false, export: false },
          }}
        />
      </div>
      {viewOnly ? null : (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              api.current?.resetScene();
            }}
          >
            Clear diagram
          </button>
        </div>
      )}
    </>
  );
}
