import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL("./src/web", import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
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
  server: {
    port: 5173,
    proxy: { "/api": "http://127.0.0.1:5170" },
  },
});
