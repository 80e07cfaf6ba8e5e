// Where Candor serves Excalidraw's fonts: the build copies them there from the package
// (vite.config.ts), so the diagram editor never asks a CDN for them.

/** The URL path Excalidraw loads its assets from; its fonts sit under `fonts/` below it. */
export const EXCALIDRAW_ASSET_PATH = "/excalidraw/";
