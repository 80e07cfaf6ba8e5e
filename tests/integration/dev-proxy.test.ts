// `npm run dev` serves the web app from Vite's dev server and passes /api and /pyodide to the
// Candor server (vite.config.ts). These tests start that dev server against a stand-in for the
// Candor server and check what arrives there: the configured port, and the Host and Origin the
// server's same-origin rule compares.
import { once } from "node:events";
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { createServer as createViteServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candorServerProxy } from "../../vite.config.ts";

const CONFIG_FILE = fileURLToPath(new URL("../../vite.config.ts", import.meta.url));

describe("candorServerProxy", () => {
  it("sends /api and /pyodide to the Candor server's default port, keeping the Host header", () => {
    const proxy = candorServerProxy({});
    for (const prefix of ["/api", "/pyodide"]) {
      expect(proxy[prefix]).toEqual({ target: "http://127.0.0.1:5170", changeOrigin: false });
    }
  });

  it("follows PORT and HOST as the server reads them", () => {
    expect(candorServerProxy({ PORT: "5180" })["/api"]?.target).toBe("http://127.0.0.1:5180");
    expect(candorServerProxy({ HOST: "0.0.0.0" })["/api"]?.target).toBe("http://127.0.0.1:5170");
    expect(candorServerProxy({ HOST: "::1" })["/api"]?.target).toBe("http://[::1]:5170");
    expect(candorServerProxy({ HOST: "[::1]" })["/api"]?.target).toBe("http://[::1]:5170");
  });

  it("refuses a port the proxy cannot reach, naming PORT", () => {
    for (const port of ["0", "abc", "70000"]) {
      expect(() => candorServerProxy({ PORT: port })).toThrow(/^PORT must be a port/);
    }
  });
});

describe("the dev server's proxy", () => {
  const seen: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];
  let candor: Server;
  let vite: ViteDevServer;
  let viteUrl: string;

  beforeAll(async () => {
    candor = createHttpServer((request, response) => {
      seen.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers });
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ status: "ok" }));
    });
    candor.listen(0, "127.0.0.1");
    await once(candor, "listening");
    const previousPort = process.env.PORT;
    process.env.PORT = String((candor.address() as AddressInfo).port);
    try {
      vite = await createViteServer({
        configFile: CONFIG_FILE,
        logLevel: "silent",
        // Only the proxy is under test: no file watching, no dependency scan.
        server: { port: 0, host: "127.0.0.1", watch: null, hmr: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
    } finally {
      if (previousPort === undefined) delete process.env.PORT;
      else process.env.PORT = previousPort;
    }
    await vite.listen();
    viteUrl = `http://localhost:${String((vite.httpServer?.address() as AddressInfo).port)}`;
  });

  afterAll(async () => {
    await vite.close();
    candor.close();
  });

  it("passes GET /api/health to the port PORT names", async () => {
    const response = await fetch(`${viteUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(seen.at(-1)).toMatchObject({ method: "GET", url: "/api/health" });
  });

  it("keeps a change's Host and Origin alike, as the server's same-origin rule requires", async () => {
    const response = await fetch(`${viteUrl}/api/analyze`, {
      method: "POST",
      headers: { origin: viteUrl, "content-type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(200);
    const request = seen.at(-1);
    expect(request?.url).toBe("/api/analyze");
    expect(`http://${request?.headers.host ?? ""}`).toBe(viteUrl);
    expect(request?.headers.origin).toBe(viteUrl);
  });

  it("passes Pyodide's files, which the server serves, and nothing else", async () => {
    await fetch(`${viteUrl}/pyodide/pyodide.mjs`);
    expect(seen.at(-1)?.url).toBe("/pyodide/pyodide.mjs");
    const count = seen.length;
    await fetch(`${viteUrl}/`);
    expect(seen.length).toBe(count);
  });
});
