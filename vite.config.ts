import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";
import { excalidrawFonts } from "./scripts/build/excalidraw-fonts.ts";

const root = fileURLToPath(new URL("./src/web", import.meta.url));

/**
 * Where the dev server (`npm run dev`) sends what the Candor server answers: the API and Pyodide's
 * files. The port is the server's own, `PORT` (default 5170), so one variable moves both. The Host
 * header must pass through unchanged: the server refuses a change whose Origin (the page's,
 * localhost:5173) names another host and port than the Host header, and Vite's shorthand (a bare
 * target string) rewrites Host to the target's.
 */
export function candorServerProxy(
  env: Record<string, string | undefined>,
): Record<string, ProxyOptions> {
  const port = (env.PORT ?? "").trim() || "5170";
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    throw new Error(
      `PORT must be a port between 1 and 65535 for the dev server's proxy (got "${port}")`,
    );
  }
  const host = (env.HOST ?? "").trim();
  // A server listening on every interface is reached on loopback.
  const target = host === "" || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  const origin = `http://${target.includes(":") && !target.startsWith("[") ? `[${target}]` : target}:${port}`;
  const pass: ProxyOptions = { target: origin, changeOrigin: false };
  return { "/api": pass, "/pyodide": pass };
}

export default defineConfig(({ command }) => ({
  root,
  plugins: [react(), excalidrawFonts()],
  // The code runner's workers (src/web/runner) are modules: the Python worker imports Pyodide's
  // loader from /pyodide/ at run time. Their files are named runner-worker-*, which the server
  // serves with the one CSP that lets a worker import a solution from a blob: URL.
  worker: {
    format: "es",
    rolldownOptions: { output: { entryFileNames: "assets/runner-worker-[name]-[hash].js" } },
  },
  build: {
    outDir: fileURLToPath(new URL("./dist/web", import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  // Read only when serving, so a stray PORT never breaks `vite build`.
  server: command === "serve" ? { port: 5173, proxy: candorServerProxy(process.env) } : {},
}));
