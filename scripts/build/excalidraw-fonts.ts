// Serves Excalidraw's fonts from Candor itself: a build copies them from the package into the
// built app, and the dev server answers them from the package, both under the path the editor
// is given (src/web/diagram/excalidraw-assets.ts). Without them Excalidraw fetches its fonts
// from a CDN. They are about 14 MB (most of it one CJK handwriting font, fetched only for the
// characters drawn), too much to keep in git.
import { createReadStream } from "node:fs";
import { cp, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Plugin } from "vite";
import { EXCALIDRAW_ASSET_PATH } from "../../src/web/diagram/excalidraw-assets.ts";

/** The package's font folder, found from its entry point (its exports hide package.json). */
export function excalidrawFontsDir(): string {
  const entry = createRequire(import.meta.url).resolve("@excalidraw/excalidraw");
  return path.join(path.dirname(entry), "fonts");
}

/** The font file a request path names, or undefined when it leaves the font folder. */
export function fontFileFor(fontsDir: string, urlPath: string): string | undefined {
  const relative = decodeURIComponent(urlPath.split("?")[0] ?? "").replace(/^\/+/, "");
  const file = path.resolve(fontsDir, relative);
  return file.startsWith(`${fontsDir}${path.sep}`) && file.endsWith(".woff2") ? file : undefined;
}

/** The Vite plugin that puts Excalidraw's fonts at `${EXCALIDRAW_ASSET_PATH}fonts/`. */
export function excalidrawFonts(): Plugin {
  const fontsDir = excalidrawFontsDir();
  const served = `${EXCALIDRAW_ASSET_PATH}fonts`;
  return {
    name: "candor-excalidraw-fonts",
    async writeBundle(options) {
      if (options.dir === undefined) return;
      await cp(fontsDir, path.join(options.dir, served), { recursive: true });
    },
    configureServer(server) {
      server.middlewares.use(served, (request, response, next) => {
        const file = fontFileFor(fontsDir, request.url ?? "");
        if (file === undefined) {
          next();
          return;
        }
        stat(file).then(
          () => {
            response.setHeader("Content-Type", "font/woff2");
            createReadStream(file).pipe(response);
          },
          () => {
            next();
          },
        );
      });
    },
  };
}
