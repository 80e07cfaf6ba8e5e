import type { FastifyInstance, FastifyRequest } from "fastify";
import { formatPath } from "../../core/content/content-problem.ts";
import { invalidRequest } from "./errors.ts";

// PostgreSQL cannot store U+0000 in text or jsonb, and a lone UTF-16 surrogate is not Unicode at
// all: jsonb refuses its escape and UTF-8 cannot encode it.
// eslint-disable-next-line no-control-regex -- finding U+0000 is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where a request carries text that cannot be stored, and what is wrong with it. */
export interface UnstorableText {
  field: string;
  message: string;
}

/** Describes why `text` cannot be stored, or undefined when it can. */
export function describeUnstorableText(text: string): string | undefined {
  const match = UNSTORABLE.exec(text);
  if (match === null) return undefined;
  const at = `at character ${String(match.index + 1)}`;
  if (match[0] === "\u0000") {
    return `contains a NUL character (U+0000) ${at}, which text cannot hold; remove it`;
  }
  const unit = match[0].charCodeAt(0).toString(16).toUpperCase();
  return `contains an unpaired surrogate (U+${unit}) ${at}, which is not valid Unicode text; remove it`;
}

/**
 * Finds the first string (or object key) anywhere in `value` that cannot be stored, naming its
 * field from `root` ("body.files[\"a.ts\"]" style paths follow formatPath). The walk uses its own
 * stack, so a body nested a hundred thousand levels deep cannot overflow the call stack.
 */
export function findUnstorableText(value: unknown, root: string): UnstorableText | undefined {
  // Each entry links to its parent, so the path is built only for the one field reported.
  interface Pending {
    value: unknown;
    key: PropertyKey;
    parent: Pending | undefined;
  }
  const pathOf = (entry: Pending): string => {
    const path: PropertyKey[] = [];
    for (let at: Pending | undefined = entry; at !== undefined; at = at.parent) path.push(at.key);
    return formatPath(path.reverse());
  };
  const pending: Pending[] = [{ value, key: root, parent: undefined }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const current = next.value;
    if (typeof current === "string") {
      const message = describeUnstorableText(current);
      if (message !== undefined) return { field: pathOf(next), message };
    } else if (ArrayBuffer.isView(current)) {
      // Raw bytes (an audio body) hold no text, and walking them byte by byte would be slow.
      continue;
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) {
        pending.push({ value: current[index], key: index, parent: next });
      }
    } else if (typeof current === "object" && current !== null) {
      for (const [key, child] of Object.entries(current).reverse()) {
        const keyProblem = describeUnstorableText(key);
        if (keyProblem !== undefined) {
          return { field: pathOf(next), message: `has a key that ${keyProblem}` };
        }
        pending.push({ value: child, key, parent: next });
      }
    }
  }
  return undefined;
}

/**
 * One rule for every route, present and future: a request whose parameters, query string or body
 * hold text PostgreSQL cannot store is refused with a 400 naming the field, before validation and
 * before any handler. Nothing is silently altered: an answer is saved as typed or not at all.
 */
export function installStorableTextRule(app: FastifyInstance): void {
  app.addHook("preValidation", async (request: FastifyRequest) => {
    const problem =
      findUnstorableText(request.params, "params") ??
      findUnstorableText(request.query, "querystring") ??
      findUnstorableText(request.body, "body");
    if (problem !== undefined) throw invalidRequest(problem.field, problem.message);
  });
}
