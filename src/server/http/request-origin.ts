import { isIP } from "node:net";
import { networkInterfaces } from "node:os";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "./errors.ts";

/** The names a loopback server always answers to. */
export const LOOPBACK_HOST_NAMES: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];

const STATE_CHANGING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The host names this server answers to: the loopback names, the address it listens on (every
 * address of this machine when that is a wildcard such as 0.0.0.0), and the configured public
 * names. An IP literal in the Host header cannot come from DNS rebinding (the page's own origin
 * would then be that address), so the machine's addresses are safe to accept.
 */
export function serverHostNames(listenHost: string, publicHosts: readonly string[]): string[] {
  const names = new Set([...LOOPBACK_HOST_NAMES, ...publicHosts.map((h) => h.toLowerCase())]);
  if (listenHost === "0.0.0.0" || listenHost === "::") {
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) names.add(hostNameOf(address.address));
    }
  } else {
    names.add(hostNameOf(listenHost));
  }
  return [...names];
}

// The form an address takes in a Host header: IPv6 in brackets, names in lower case.
function hostNameOf(address: string): string {
  return isIP(address) === 6 ? `[${address.toLowerCase()}]` : address.toLowerCase();
}

/** Splits a Host header into its name and port; undefined when it is not a valid host. */
export function parseHostHeader(
  header: string,
): { name: string; port: string | undefined } | undefined {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]/@\s]+)(?::(\d{1,5}))?$/.exec(header.trim());
  if (match?.[1] === undefined) return undefined;
  return { name: match[1].toLowerCase(), port: match[2] };
}

/** Why a request is refused for where it comes from, or undefined when it may proceed. */
export function checkRequestSource(
  request: Pick<FastifyRequest, "method" | "headers">,
  allowedHosts: ReadonlySet<string>,
): AppError | undefined {
  const hostHeader = request.headers.host ?? "";
  const host = parseHostHeader(hostHeader);
  if (host === undefined || !allowedHosts.has(host.name)) {
    // The allowed names are not listed: a rebinding page can read this answer, and the machine's
    // own addresses are none of its business.
    return new AppError(
      "host-not-allowed",
      `This server does not answer to the name "${host?.name ?? hostHeader}". Open it at ` +
        `localhost, or add the name to CANDOR_PUBLIC_HOST where Candor is started.`,
    );
  }
  if (!STATE_CHANGING_METHODS.has(request.method)) return undefined;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    return isSameOrigin(origin, host)
      ? undefined
      : new AppError(
          "origin-not-allowed",
          `A page from another origin (${origin}) may not change data here; use Candor from its ` +
            `own address.`,
        );
  }
  // Without Origin (older browsers, some navigations), the browser's Fetch Metadata still says
  // whether another site sent the request. Tools such as curl send neither and are let through.
  if (request.headers["sec-fetch-site"] === "cross-site") {
    return new AppError(
      "origin-not-allowed",
      "A page on another site may not change data here; use Candor from its own address.",
    );
  }
  return undefined;
}

// Same origin as far as the server can tell: the Origin names the host and port the request was
// sent to. The scheme is not compared, because a TLS terminator in front of a cohort deployment
// forwards https requests over http.
function isSameOrigin(origin: string, host: { name: string; port: string | undefined }): boolean {
  if (!URL.canParse(origin)) return false; // includes "null", sent by sandboxed and file: pages
  const url = new URL(origin);
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const defaultPort = url.protocol === "https:" ? "443" : "80";
  const originPort = url.port === "" ? defaultPort : url.port;
  const hostPort = host.port ?? defaultPort;
  return url.hostname.toLowerCase() === host.name && originPort === hostPort;
}

/**
 * Refuses, before anything else runs, requests addressed to a name that is not this server's (the
 * sign of DNS rebinding: a page on another site whose name now points at this machine) and
 * state-changing requests sent by a page on another origin.
 */
export function installRequestSourceChecks(
  app: FastifyInstance,
  allowedHosts: readonly string[],
): void {
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  app.addHook("onRequest", async (request) => {
    const refusal = checkRequestSource(request, allowed);
    if (refusal !== undefined) throw refusal;
  });
}
