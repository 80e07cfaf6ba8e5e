// A HOST other than loopback needs accounts (CANDOR_AUTH=accounts), or else CANDOR_SHARED_DATA=1
// to say that serving every visitor as the one local user is meant, which is then said at every
// start.
import { mkdtemp, rm } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spawnCandor, waitForUrl, type SpawnedCandor } from "../support/spawn-candor.ts";

/** A GET with a Host header of our choosing (fetch does not let a caller set Host). */
function getWithHost(port: number, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(
      { host: "127.0.0.1", port, path: "/api/health", headers: { host } },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    sent.on("error", reject);
    sent.end();
  });
}

describe("HOST beyond loopback", () => {
  let dataDir: string;
  const children: SpawnedCandor[] = [];

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "candor-shared-"));
  });

  afterEach(async () => {
    for (const started of children.splice(0)) {
      if (started.child.exitCode === null) started.child.kill("SIGKILL");
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it("refuses to start without CANDOR_SHARED_DATA, naming HOST", async () => {
    const started = spawnCandor(["--port", "0"], dataDir, { HOST: "0.0.0.0" });
    children.push(started);
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain("HOST is 0.0.0.0, which is not a loopback address");
    expect(started.output()).toContain("CANDOR_SHARED_DATA=1");
    expect(started.output()).toContain("CANDOR_AUTH=accounts");
  }, 60_000);

  it("starts with accounts, where the API wants a session and health does not", async () => {
    const started = spawnCandor(["--port", "0"], dataDir, {
      HOST: "0.0.0.0",
      CANDOR_AUTH: "accounts",
      CANDOR_AUTH_SECRET: "an-integration-test-secret-of-40-chars!!",
    });
    children.push(started);
    const port = Number(new URL(await waitForUrl(started)).port);
    expect(started.output()).not.toMatch(/Every visitor is the same local user/);
    expect(started.output()).toMatch(/without the Secure flag/);

    const base = `http://127.0.0.1:${String(port)}`;
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    const stories = await fetch(`${base}/api/stories`);
    expect(stories.status).toBe(401);
    const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        name: "Noor Haddad",
        email: "noor@example.com",
        password: "a long enough password",
      }),
    });
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    expect((await fetch(`${base}/api/stories`, { headers: { cookie } })).status).toBe(200);

    started.child.kill("SIGTERM");
    expect(await started.exited).toBe(0);
  }, 120_000);

  it("refuses accounts without a secret, saying how to make one", async () => {
    const started = spawnCandor(["--port", "0"], dataDir, {
      HOST: "0.0.0.0",
      CANDOR_AUTH: "accounts",
    });
    children.push(started);
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain("CANDOR_AUTH_SECRET is not set");
    expect(started.output()).toContain("openssl rand -base64 32");
  }, 60_000);

  it("starts with CANDOR_SHARED_DATA=1, says every visitor is the same user, and still checks Host", async () => {
    const started = spawnCandor(["--port", "0"], dataDir, {
      HOST: "0.0.0.0",
      CANDOR_SHARED_DATA: "1",
      CANDOR_PUBLIC_HOST: "candor.test",
    });
    children.push(started);
    const port = Number(new URL(await waitForUrl(started)).port);
    expect(started.output()).toMatch(/Every visitor is the same local user/);

    expect((await getWithHost(port, `localhost:${String(port)}`)).status).toBe(200);
    expect((await getWithHost(port, "candor.test")).status).toBe(200);
    const rebound = await getWithHost(port, "rebind.evil.example");
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toMatchObject({ error: { code: "host-not-allowed" } });

    started.child.kill("SIGTERM");
    expect(await started.exited).toBe(0);
  }, 120_000);
});
