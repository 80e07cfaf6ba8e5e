import type { FastifyInstance } from "fastify";

/** One registered route: its method and its URL pattern ("/api/stories/:id"). */
export interface RouteEntry {
  method: string;
  url: string;
}

/** Every route the app registered, and which methods a concrete path answers to. */
export interface RouteTable {
  routes(): readonly RouteEntry[];
  /** The methods some route accepts at `path` (no query string); empty when none matches. */
  methodsAt(path: string): string[];
}

declare module "fastify" {
  interface FastifyInstance {
    routeTable: RouteTable;
  }
}

interface CompiledRoute extends RouteEntry {
  pattern: RegExp;
}

/**
 * Records every route as it is registered (an onRoute hook, so routes added later are included
 * without a list to keep up to date). The not-found handler asks it whether a path exists under
 * another method (405 rather than 404), and the fuzz test enumerates the routes from it.
 * Call before any route is registered.
 */
export function installRouteTable(app: FastifyInstance): RouteTable {
  const compiled: CompiledRoute[] = [];
  app.addHook("onRoute", (options) => {
    const methods = Array.isArray(options.method) ? options.method : [options.method];
    for (const method of methods) {
      compiled.push({ method, url: options.url, pattern: patternFor(options.url) });
    }
  });
  const table: RouteTable = {
    routes: () => compiled.map(({ method, url }) => ({ method, url })),
    methodsAt: (path) => [
      ...new Set(compiled.filter((route) => route.pattern.test(path)).map((r) => r.method)),
    ],
  };
  app.decorate("routeTable", table);
  return table;
}

// "/api/stories/:id/versions/:number" → /^\/api\/stories\/[^/]+\/versions\/[^/]+\/?$/;
// a trailing "*" matches the rest of the path.
function patternFor(url: string): RegExp {
  const source = url
    .split("/")
    .map((segment) => {
      if (segment.startsWith(":")) return "[^/]+";
      if (segment === "*") return ".*";
      return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return new RegExp(`^${source}$`);
}
