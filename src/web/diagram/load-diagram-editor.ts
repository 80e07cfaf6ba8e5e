import { EXCALIDRAW_ASSET_PATH } from "./excalidraw-assets.ts";

declare global {
  interface Window {
    /** Read by Excalidraw when it builds its font URLs; a CDN is used when it is unset. */
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

/**
 * Loads the diagram editor, and with it Excalidraw, only when a design panel opens, so no other
 * page downloads it. The asset path is set first: Excalidraw reads it as its fonts are set up.
 */
export function loadDiagramEditor() {
  window.EXCALIDRAW_ASSET_PATH = EXCALIDRAW_ASSET_PATH;
  return import("./diagram-editor.tsx");
}
